import {
  applyTransition, badInput, CaseParty, checkedId, type HubContext, loadById, loadParties, loadTimeline, optionalText, requireText, StatusChange,
  writeInTransaction, Access, findForWriter, requireReadable, noteDivision,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { MediationAgreement } from "../entities/agreement.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { AgreementPerformance, agreementWorkflow } from "../workflow/agreement.workflow.ts";
import { disputePartners, loadDisputeByNumber } from "./loaders.ts";
import { disputeWorkflow } from "../workflow/dispute.workflow.ts";
import { mediationCaseWorkflow } from "../workflow/mediation-case.workflow.ts";

const CASE_TYPE = agreementWorkflow.caseType;

@Resolver(() => MediationAgreement)
export class MediationAgreementResolver {
  @Authorized(Access.READ)
  @Query(() => MediationAgreement, { nullable: true, description: "One people's mediation agreement by id." })
  async mediationAgreement(@Arg("id", () => ID, { description: "Id of the agreement." }) id: string, @Ctx() ctx: HubContext): Promise<MediationAgreement | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, MediationAgreement, checkedId(CASE_TYPE, id)));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => MediationAgreement, {
    description: "Records whether the agreement was carried out (履行回访): PERFORMED, or DEFAULTED with a note saying what was not done. A defaulted agreement may still be performed later.",
  })
  async recordAgreementPerformance(
    @Arg("id", () => ID, { description: "Id of the agreement." }) id: string,
    @Arg("performance", () => AgreementPerformance, { description: "PERFORMED or DEFAULTED." }) performance: AgreementPerformance,
    @Arg("note", () => String, { nullable: true, description: "Remark, up to 2000 characters; required for DEFAULTED." }) note: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<MediationAgreement> {
    if (performance === AgreementPerformance.PENDING) throw badInput("performance", "record PERFORMED or DEFAULTED; PENDING is only the state of a new agreement", "请选择“已履行”或“未履行”；“待履行”只是新协议的状态");
    const text = performance === AgreementPerformance.DEFAULTED ? requireText("note", note, 2000) : optionalText("note", note, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const agreement = await findForWriter(tx, MediationAgreement, id);
      applyTransition(tx, agreementWorkflow, agreement, performance === AgreementPerformance.PERFORMED ? "recordPerformed" : "recordDefault", text);
      agreement.performanceNote = text;
      agreement.performanceRecordedAt = new Date();
      return agreement;
    });
  }

  @FieldResolver(() => MediationCase, { description: "The mediation case that produced the agreement." })
  async case(@Root() agreement: MediationAgreement, @Ctx() ctx: HubContext): Promise<MediationCase> {
    return (await requireReadable(ctx, mediationCaseWorkflow.caseType, await loadById(ctx, MediationCase, agreement.caseId)))!;
  }

  @FieldResolver(() => Dispute, { description: "The dispute the agreement settles." })
  async dispute(@Root() agreement: MediationAgreement, @Ctx() ctx: HubContext): Promise<Dispute> {
    return (await requireReadable(ctx, disputeWorkflow.caseType, await loadDisputeByNumber(ctx, agreement.unifiedNumber), disputePartners))!;
  }

  @FieldResolver(() => [CaseParty], { description: "The parties bound by the agreement (the dispute's parties), identifiers masked." })
  async parties(@Root() agreement: MediationAgreement, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    const dispute = await loadDisputeByNumber(ctx, agreement.unifiedNumber);
    if (!dispute) return [];
    // The parties are the dispute's; an unmasked read of one is audited under the agreement's division.
    noteDivision(ctx, disputeWorkflow.caseType, dispute.id, agreement.divisionCode);
    return loadParties(ctx, disputeWorkflow.caseType, dispute.id);
  }

  @FieldResolver(() => [StatusChange], { description: "Signing and every performance update, oldest first." })
  timeline(@Root() agreement: MediationAgreement, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, agreement.id);
  }
}
