import {
  addMoney, applyTransition, badInput, CaseParty, checkedId, completeHandoffsOf, conflict, DisputeReference, groupByKey, HandoffOutcome, HandoffRecord,
  type HubContext, loadById, loadHandoffsOf, loadParties, loadTimeline, MoneyScalar, normaliseMoney, requireText, StatusChange, writeInTransaction,
  Access, availableActions, findForWriter, readList, requireReadable, requireWriteScope, scopedWhere, requireLister, AFTER_ARG, connectionType, FIRST_ARG, keysetPage,
  type ListOrder, type ListPage,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { ArbitrationCase } from "../entities/arbitration-case.entity.ts";
import { ArbitrationClaim } from "../entities/arbitration-claim.entity.ts";
import { applyForArbitrationCase } from "../workflow/arbitration.steps.ts";
import {
  ArbitrationCaseAction, ArbitrationOutcome, arbitrationStepRefusal, arbitrationWorkflow, awardDueAt, OPEN_ARBITRATION_STATUSES,
  preMediationDueAt,
} from "../workflow/arbitration.workflow.ts";
import { ArbitrationApplicationInput, ArbitrationFilter } from "./types/arbitration.inputs.ts";

const CASE_TYPE = arbitrationWorkflow.caseType;

const ORDER: ListOrder = { list: "arbitrationCases", keys: [{ field: "appliedAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const ArbitrationCaseConnection = connectionType(ArbitrationCase, { name: "ArbitrationCase", item: "arbitration case (仲裁案件)", order: "newest application first" });

/** Money strings are canonical two-decimal yuan, so fen as a BigInt compares them exactly. */
function fen(money: string): bigint {
  return BigInt(normaliseMoney(money).replace(".", ""));
}

/** The claims of a case in application order, batched across every case in the response. */
export function loadClaims(ctx: HubContext, caseId: string): Promise<ArbitrationClaim[]> {
  return ctx
    .loader<string, ArbitrationClaim[]>("claims:ArbitrationCase", async (ids) => {
      const rows = await ctx.em.find(ArbitrationClaim, { arbitrationCase: { $in: [...ids] } }, { orderBy: { position: "asc" } });
      return groupByKey(ids, rows, (row) => row.arbitrationCase.id);
    })
    .load(caseId);
}

function sumClaims(claims: ArbitrationClaim[]): string {
  return claims.reduce((total, claim) => (claim.amount == null ? total : addMoney(total, claim.amount)), "0.00");
}

@Resolver(() => ArbitrationCase)
export class ArbitrationCaseResolver {
  @Authorized(Access.READ)
  @Query(() => ArbitrationCase, { nullable: true, description: "One arbitration case by id." })
  async arbitrationCase(@Arg("id", () => ID, { description: "Id of the case." }) id: string, @Ctx() ctx: HubContext): Promise<ArbitrationCase | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, ArbitrationCase, checkedId(CASE_TYPE, id)));
  }

  @Authorized(Access.READ)
  @Query(() => ArbitrationCaseConnection, { description: "Arbitration cases (仲裁案件), newest application first, with filters, a page at a time." })
  async arbitrationCases(
    @Arg("filter", () => ArbitrationFilter, { nullable: true, description: "Which cases to list; all when omitted." }) filter: ArbitrationFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<ArbitrationCase>> {
    requireLister(ctx, "Arbitration cases");
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.divisionPrefix) where.divisionCode = { $like: `${filter.divisionPrefix}%` };
    if (filter?.overdueOnly) {
      where.status = filter.status ? { $in: OPEN_ARBITRATION_STATUSES.filter((s) => s === filter.status) } : { $in: OPEN_ARBITRATION_STATUSES };
      where.dueAt = { $lt: new Date() };
    }
    return keysetPage(ctx, ArbitrationCase, scopedWhere(ctx, "Arbitration cases", where), ORDER, { first, after, filter }, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "A party applies for arbitration (申请仲裁); the commission must decide on acceptance within 5 days." })
  async applyForArbitration(
    @Arg("input", () => ArbitrationApplicationInput, { description: "The application." }) input: ArbitrationApplicationInput,
    @Ctx() ctx: HubContext,
  ): Promise<ArbitrationCase> {
    requireWriteScope(ctx, `An arbitration case of division ${input.divisionCode}`, input.divisionCode);
    return writeInTransaction(ctx, async (tx) => applyForArbitrationCase(tx, input));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "The commission mediates first (先行调解) before deciding on acceptance; labour: 15 days." })
  async startArbitrationPreMediation(@Arg("id", () => ID, { description: "Id of the case." }) id: string, @Ctx() ctx: HubContext): Promise<ArbitrationCase> {
    return writeInTransaction(ctx, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      applyTransition(tx, arbitrationWorkflow, arbitration, "startPreMediation");
      arbitration.preMediationStartedAt = new Date();
      arbitration.dueAt = preMediationDueAt(arbitration.kind, arbitration.preMediationStartedAt, arbitration.dueAt);
      return arbitration;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "The commission accepts the case (受理) and numbers it; the award period starts." })
  async acceptArbitration(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("caseNumber", () => String, { description: "Case number given by the commission, up to 64 characters, e.g. 玉劳人仲案字〔2026〕第15号." }) caseNumber: string,
    @Ctx() ctx: HubContext,
  ): Promise<ArbitrationCase> {
    const number = requireText("caseNumber", caseNumber, 64);
    return writeInTransaction(ctx, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      applyTransition(tx, arbitrationWorkflow, arbitration, "accept", number);
      arbitration.caseNumber = number;
      arbitration.acceptedAt = new Date();
      arbitration.dueAt = awardDueAt(arbitration.kind, arbitration.acceptedAt, false);
      return arbitration;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "The commission does not accept the application (不予受理); the applicant may sue in court." })
  async declineArbitration(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("reason", () => String, { description: "Why the application is not accepted, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ArbitrationCase> {
    const text = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      applyTransition(tx, arbitrationWorkflow, arbitration, "decline", text);
      arbitration.notAcceptedReason = text;
      arbitration.closedAt = new Date();
      arbitration.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, arbitration.id, HandoffOutcome.FAILED, text);
      return arbitration;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "The tribunal opens the hearing (开庭审理)." })
  async startArbitrationHearing(@Arg("id", () => ID, { description: "Id of the case." }) id: string, @Ctx() ctx: HubContext): Promise<ArbitrationCase> {
    return writeInTransaction(ctx, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      applyTransition(tx, arbitrationWorkflow, arbitration, "startHearing");
      return arbitration;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "The commission's chairman approves 15 more days for a complex labour case (Art 43, once)." })
  async extendArbitrationAward(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("reason", () => String, { description: "Why more time is needed, up to 500 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ArbitrationCase> {
    const text = requireText("reason", reason, 500);
    return writeInTransaction(ctx, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      const refusal = arbitrationStepRefusal("extendAward", arbitration);
      if (refusal) throw conflict(`${CASE_TYPE} ${arbitration.id}: ${refusal.en}`, refusal.zh, { caseType: CASE_TYPE, caseId: arbitration.id, status: arbitration.status, action: "extendAward" });
      applyTransition(tx, arbitrationWorkflow, arbitration, "extendAward", text);
      arbitration.awardExtended = true;
      arbitration.dueAt = awardDueAt(arbitration.kind, arbitration.acceptedAt!, true);
      return arbitration;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "The parties settle before the tribunal: the case closes with a mediation statement (仲裁调解书)." })
  async closeArbitrationWithMediationStatement(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("summary", () => String, { description: "Terms of the mediation statement, up to 2000 characters." }) summary: string,
    @Arg("amount", () => MoneyScalar, { nullable: true, description: "Amount the respondent agreed to pay, yuan." }) amount: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ArbitrationCase> {
    const text = requireText("summary", summary, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      applyTransition(tx, arbitrationWorkflow, arbitration, "closeWithMediationStatement", text);
      arbitration.outcome = ArbitrationOutcome.MEDIATION_STATEMENT;
      arbitration.outcomeSummary = text;
      arbitration.awardedAmount = amount ?? null;
      arbitration.closedAt = new Date();
      arbitration.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, arbitration.id, HandoffOutcome.SUCCEEDED, text);
      return arbitration;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "The tribunal makes its award (裁决) after the hearing; the case closes." })
  async closeArbitrationWithAward(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("summary", () => String, { description: "What the award decides, up to 2000 characters." }) summary: string,
    @Arg("awardedAmount", () => MoneyScalar, { nullable: true, description: "Amount awarded, yuan; at most the total claimed (no award beyond the claims)." }) awardedAmount: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ArbitrationCase> {
    const text = requireText("summary", summary, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      applyTransition(tx, arbitrationWorkflow, arbitration, "closeWithAward", text);
      if (awardedAmount != null) {
        const claimed = sumClaims(await tx.em.find(ArbitrationClaim, { arbitrationCase: arbitration }));
        if (fen(awardedAmount) > fen(claimed)) {
          throw badInput("awardedAmount", `${awardedAmount} is more than the ${claimed} claimed; an award may not go beyond the claims`, `裁决金额 ${awardedAmount} 元超过仲裁请求金额 ${claimed} 元，裁决不得超出仲裁请求`);
        }
      }
      arbitration.outcome = ArbitrationOutcome.AWARD;
      arbitration.outcomeSummary = text;
      arbitration.awardedAmount = awardedAmount ?? null;
      arbitration.closedAt = new Date();
      arbitration.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, arbitration.id, HandoffOutcome.SUCCEEDED, text);
      return arbitration;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ArbitrationCase, { description: "The applicant withdraws the application (撤回仲裁申请) at any time before the case ends." })
  async withdrawArbitration(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("reason", () => String, { description: "Why it is withdrawn, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ArbitrationCase> {
    const text = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const arbitration = await findForWriter(tx, ArbitrationCase, id);
      applyTransition(tx, arbitrationWorkflow, arbitration, "withdraw", text);
      arbitration.outcome = ArbitrationOutcome.WITHDRAWN;
      arbitration.outcomeSummary = text;
      arbitration.closedAt = new Date();
      arbitration.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, arbitration.id, HandoffOutcome.FAILED, text);
      return arbitration;
    });
  }

  @FieldResolver(() => [ArbitrationClaim], { description: "The claims (仲裁请求), in application order." })
  claims(@Root() arbitration: ArbitrationCase, @Ctx() ctx: HubContext): Promise<ArbitrationClaim[]> {
    return loadClaims(ctx, arbitration.id);
  }

  @FieldResolver(() => MoneyScalar, { description: "Sum of the claims' amounts, yuan, in exact decimal arithmetic; claims not for money count nothing." })
  async totalClaimed(@Root() arbitration: ArbitrationCase, @Ctx() ctx: HubContext): Promise<string> {
    return sumClaims(await loadClaims(ctx, arbitration.id));
  }

  @FieldResolver(() => [ArbitrationCaseAction], {
    description:
      "The workflow steps the signed-in agency may take on this case now: only the arbitration commission, in its division scope, from the current status, leaving out what the record already rules out (extending a commercial case's award period, or a labour case's a second time); empty for everyone else.",
  })
  availableActions(@Root() arbitration: ArbitrationCase, @Ctx() ctx: HubContext): ArbitrationCaseAction[] {
    return availableActions(ctx, arbitrationWorkflow, arbitration, (action) => arbitrationStepRefusal(action, arbitration) !== null);
  }

  @FieldResolver(() => [CaseParty], { description: "The parties, identifiers masked." })
  parties(@Root() arbitration: ArbitrationCase, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    return loadParties(ctx, CASE_TYPE, arbitration.id);
  }

  @FieldResolver(() => [StatusChange], { description: "Every state change, oldest first, with who acted." })
  timeline(@Root() arbitration: ArbitrationCase, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, arbitration.id);
  }

  @FieldResolver(() => [HandoffRecord], { description: "The handoff from the mediation centre that brought this case (a failed labour mediation, 劳动仲裁), if any, with where it stands." })
  handoffs(@Root() arbitration: ArbitrationCase, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, CASE_TYPE, arbitration.id);
  }

  @FieldResolver(() => DisputeReference, { nullable: true, description: "The dispute across all agencies, when it has a unified number." })
  dispute(@Root() arbitration: ArbitrationCase): DisputeReference | null {
    return arbitration.unifiedNumber ? { unifiedNumber: arbitration.unifiedNumber } : null;
  }
}
