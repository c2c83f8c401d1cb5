import {
  badInput, checkCreditCode, CreditCodeScalar, type HubContext, loadCasesOfParty, Party, partyKeyOf, ResidentIdScalar, Access, readableAll,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { disputeWorkflow } from "../workflow/dispute.workflow.ts";
import { disputePartners, loadCasesOfDispute } from "./loaders.ts";
import { mediationCaseWorkflow } from "../workflow/mediation-case.workflow.ts";

function loadDisputesOfParty(ctx: HubContext, partyKey: string): Promise<Dispute[]> {
  return loadCasesOfParty(ctx, Dispute, disputeWorkflow.caseType, partyKey);
}

/**
 * The entry point of a party's cross-agency history: the mediation centre turns an ID number or
 * credit code into the party key, and the gateway asks every channel for its part of that Party.
 */
@Resolver(() => Party)
export class PartyMediationResolver {
  @Authorized(Access.READ)
  @Query(() => Party, {
    nullable: true,
    description: "A party across all agencies, looked up by exactly one of resident ID number or credit code. The number is only hashed into the party key; it is neither stored nor returned.",
  })
  party(
    @Arg("idNumber", () => ResidentIdScalar, { nullable: true, description: "Resident ID number of a person." }) idNumber: string | null,
    @Arg("creditCode", () => CreditCodeScalar, { nullable: true, description: "Unified social credit code of an organisation." }) creditCode: string | null,
    @Ctx() ctx: HubContext,
  ): Party {
    if (idNumber && creditCode) throw badInput("idNumber", "give either idNumber or creditCode, not both", "居民身份证号码和统一社会信用代码只填其一");
    if (idNumber) return { partyKey: partyKeyOf("RESIDENT_ID", idNumber) };
    if (creditCode) {
      const { warning } = checkCreditCode(creditCode);
      if (warning) ctx.warnings.push(`creditCode: ${warning}`);
      return { partyKey: partyKeyOf("CREDIT_CODE", creditCode) };
    }
    throw badInput("idNumber", "give idNumber (a person) or creditCode (an organisation)", "请填写居民身份证号码（自然人）或统一社会信用代码（单位）");
  }

  @FieldResolver(() => [Dispute], { description: "Disputes registered at the mediation centre in which this party appears, newest first (统一受理)." })
  async disputes(@Root() party: Party, @Ctx() ctx: HubContext): Promise<Dispute[]> {
    const disputes = await readableAll(ctx, disputeWorkflow.caseType, await loadDisputesOfParty(ctx, party.partyKey), disputePartners);
    return [...disputes].sort((a, b) => b.registeredAt.getTime() - a.registeredAt.getTime() || b.unifiedNumber.localeCompare(a.unifiedNumber));
  }

  @FieldResolver(() => [MediationCase], { description: "People's mediation cases of the disputes in which this party appears, newest first (人民调解)." })
  async mediationCases(@Root() party: Party, @Ctx() ctx: HubContext): Promise<MediationCase[]> {
    const disputes = await loadDisputesOfParty(ctx, party.partyKey);
    const cases = await readableAll(ctx, mediationCaseWorkflow.caseType, (await Promise.all(disputes.map((d) => loadCasesOfDispute(ctx, d.unifiedNumber)))).flat());
    return cases.sort((a, b) => b.registeredAt.getTime() - a.registeredAt.getTime() || b.id.localeCompare(a.id));
  }
}
