import {
  chinaDateTimeString,
  addParties, applyTransition, badInput, CaseParty, checkedId, conflict, DisputeReference, earlierOffer, HandoffKind, HandoffRecord, type HubContext,
  idempotently, loadById, loadHandoffsOf, loadParties, loadTimeline, optionalUnifiedNumber, pastDate, recordCreation, requireText, StatusChange,
  writeInTransaction, Access, findForWriter, readList, requireReadable, requireWriteScope, scopedWhere, requireLister, AFTER_ARG, connectionType,
  FIRST_ARG, keysetPage, type ListOrder, type ListPage, availableActions, isOpenOffer,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { CourtReferral } from "../entities/referral.entity.ts";
import { MEDIATION_CENTRE, offerCourtReferral } from "../handoffs/court-referral.ts";
import * as steps from "../workflow/referral.steps.ts";
import {
  CourtReferralAction, mediationTimeLimitOver, OPEN_REFERRAL_STATUSES, ReferralKind, referralDueAt, referralWorkflow,
} from "../workflow/referral.workflow.ts";
import { ReferCaseInput, ReferralFilter, ReferralResultInput } from "./types/referral.inputs.ts";

const CASE_TYPE = referralWorkflow.caseType;

const ORDER: ListOrder = { list: "courtReferrals", keys: [{ field: "referredAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const CourtReferralConnection = connectionType(CourtReferral, { name: "CourtReferral", item: "court referral (委派/委托调解)", order: "newest referral first" });

@Resolver(() => CourtReferral)
export class CourtReferralResolver {
  @Authorized(Access.READ)
  @Query(() => CourtReferral, { nullable: true, description: "One court referral by id." })
  async courtReferral(@Arg("id", () => ID) id: string, @Ctx() ctx: HubContext): Promise<CourtReferral | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, CourtReferral, checkedId("CourtReferral", id)));
  }

  @Authorized(Access.READ)
  @Query(() => CourtReferralConnection, { description: "Court referrals (诉调对接台账), newest first, with filters, a page at a time." })
  async courtReferrals(
    @Arg("filter", () => ReferralFilter, { nullable: true, description: "Which referrals to list; all when omitted." }) filter: ReferralFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<CourtReferral>> {
    requireLister(ctx, "Court referrals");
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.overdueOnly) {
      where.status = { $in: OPEN_REFERRAL_STATUSES };
      where.dueAt = { $lt: new Date() };
    }
    if (filter?.divisionPrefix) where.divisionCode = { $like: `${filter.divisionPrefix}%` };
    return keysetPage(ctx, CourtReferral, scopedWhere(ctx, "Court referrals", where), ORDER, { first, after, filter }, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtReferral, { description: "A court refers a case to mediation (委派 before filing, 委托 after)." })
  async referCaseToMediation(@Arg("input", () => ReferCaseInput) input: ReferCaseInput, @Ctx() ctx: HubContext): Promise<CourtReferral> {
    if (input.kind === ReferralKind.ENTRUSTED) {
      if (!input.procedure) throw badInput("input.procedure", "an entrusted (委托) referral needs the trial procedure: ORDINARY or SIMPLIFIED", "委托调解请选择审理程序：普通程序或简易程序");
      if (!input.caseNumber) throw badInput("input.caseNumber", "an entrusted (委托) referral is of a filed case and needs its case number", "委托调解的案件已经立案，请填写案号");
    } else if (input.procedure) {
      throw badInput("input.procedure", "a delegated (委派) referral is before filing and has no trial procedure", "委派调解在立案前进行，不选择审理程序");
    }
    requireWriteScope(ctx, `A referral of a court of division ${input.divisionCode}`, input.divisionCode);
    const referredAt = pastDate("input.referredAt", input.referredAt);
    return writeInTransaction(ctx, async (tx) => {
      const referral = tx.em.create(CourtReferral, {
        kind: input.kind,
        procedure: input.procedure ?? null,
        court: requireText("input.court", input.court, 200),
        divisionCode: input.divisionCode,
        caseNumber: input.caseNumber ?? null,
        judge: requireText("input.judge", input.judge, 100),
        unifiedNumber: optionalUnifiedNumber("input.unifiedNumber", input.unifiedNumber),
        disputeType: input.disputeType,
        amount: input.amount ?? null,
        summary: requireText("input.summary", input.summary, 2000),
        referredAt,
        dueAt: referralDueAt(input.kind, input.procedure, referredAt),
      });
      addParties(tx, CASE_TYPE, referral.id, input.parties, "input.parties");
      recordCreation(tx, referralWorkflow, referral);
      return referral;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtReferral, {
    description:
      "The court hands a REFERRED referral to the mediation centre (诉调对接移交): a COURT_REFERRAL handoff carrying the parties, due when the referral's 委派/委托 time limit ends. When the centre accepts, the referral goes IN_MEDIATION; when the centre's case ends, its result is recorded as success or failure. A rejected handoff leaves the referral REFERRED (hand it off again, or withdraw it). The same idempotencyKey returns the same result and never hands the referral off twice.",
  })
  async handOffReferralToMediationCenter(
    @Arg("id", () => ID, { description: "Id of the referral." }) id: string,
    @Arg("idempotencyKey", () => String, { description: "A key the caller generates once per intended handoff (a UUID; 8 to 200 characters). Repeating the call with it returns the same result." }) idempotencyKey: string,
    @Ctx() ctx: HubContext,
  ): Promise<CourtReferral> {
    return idempotently(() =>
      writeInTransaction(ctx, async (tx) => {
        const referral = await findForWriter(tx, CourtReferral, id, { lock: true });
        if (await earlierOffer(tx, HandoffKind.COURT_REFERRAL, referral.id, idempotencyKey)) return referral;
        applyTransition(tx, referralWorkflow, referral, "handOff", MEDIATION_CENTRE);
        if (mediationTimeLimitOver(referral)) {
          throw conflict(`CourtReferral ${referral.id}: its mediation time limit ended at ${referral.dueAt.toISOString()}; it cannot be handed off any more`, `该案件的调解期限已于 ${chinaDateTimeString(referral.dueAt)} 届满，不能再移交调解`, {
            caseType: CASE_TYPE,
            caseId: referral.id,
            dueAt: referral.dueAt.toISOString(),
          });
        }
        await offerCourtReferral(tx, referral, idempotencyKey);
        return referral;
      }),
    );
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtReferral, { description: "A mediation organisation takes the referral up (开始调解)." })
  async startReferralMediation(
    @Arg("id", () => ID) id: string,
    @Arg("mediationOrganisation", () => String, { description: "Name of the committee or organisation mediating." }) organisation: string,
    @Ctx() ctx: HubContext,
  ): Promise<CourtReferral> {
    return writeInTransaction(ctx, async (tx) => steps.startReferralMediation(tx, await findForWriter(tx, CourtReferral, id), organisation));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtReferral, { description: "The parties agree to extend mediation (经当事人同意延长): 1 to 30 more days." })
  async extendReferralByConsent(
    @Arg("id", () => ID) id: string,
    @Arg("days", () => Int, { description: "Days to add, 1 to 30." }) days: number,
    @Arg("reason", () => String, { description: "Why, and how the parties consented." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<CourtReferral> {
    if (!Number.isInteger(days) || days < 1 || days > 30) throw badInput("days", `must be between 1 and 30 (got ${days})`, `延长天数应为 1 至 30 天（现为 ${days} 天）`);
    return writeInTransaction(ctx, async (tx) => {
      const referral = await findForWriter(tx, CourtReferral, id);
      applyTransition(tx, referralWorkflow, referral, "extendByConsent", `+${days} days: ${requireText("reason", reason, 500)}`);
      referral.extensionDays += days;
      referral.dueAt = new Date(referral.dueAt.getTime() + days * 24 * 60 * 60 * 1000);
      return referral;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtReferral, { description: "Mediation succeeded: the agreement's terms go back to the court." })
  async recordReferralSuccess(
    @Arg("id", () => ID) id: string,
    @Arg("result", () => ReferralResultInput) result: ReferralResultInput,
    @Ctx() ctx: HubContext,
  ): Promise<CourtReferral> {
    return writeInTransaction(ctx, async (tx) =>
      steps.recordReferralSuccess(tx, await findForWriter(tx, CourtReferral, id), result.resultSummary, result.agreedAmount),
    );
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtReferral, { description: "Mediation failed: the court files the case or resumes the trial." })
  async recordReferralFailure(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { description: "Why mediation failed." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<CourtReferral> {
    return writeInTransaction(ctx, async (tx) => steps.recordReferralFailure(tx, await findForWriter(tx, CourtReferral, id), reason));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtReferral, { description: "The referral is withdrawn (撤回)." })
  async withdrawReferral(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { description: "Why it is withdrawn." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<CourtReferral> {
    return writeInTransaction(ctx, async (tx) => {
      const referral = await findForWriter(tx, CourtReferral, id);
      applyTransition(tx, referralWorkflow, referral, "withdraw", requireText("reason", reason, 2000));
      return referral;
    });
  }

  @FieldResolver(() => [CourtReferralAction], {
    description:
      "The workflow actions the signed-in agency may take on this referral now: only the court owning it, in its division scope, from the current status; empty for everyone else. handOff is left out while an earlier handoff of it to the mediation centre is still open, and once its mediation time limit has run out.",
  })
  async availableActions(@Root() referral: CourtReferral, @Ctx() ctx: HubContext): Promise<`${CourtReferralAction}`[]> {
    const actions = availableActions(ctx, referralWorkflow, referral);
    if (!actions.includes(CourtReferralAction.handOff)) return actions;
    const handedOff = (await loadHandoffsOf(ctx, CASE_TYPE, referral.id)).some((h) => isOpenOffer(h, HandoffKind.COURT_REFERRAL));
    const blocked = handedOff || mediationTimeLimitOver(referral);
    return actions.filter((action) => action !== CourtReferralAction.handOff || !blocked);
  }

  @FieldResolver(() => [CaseParty], { description: "The parties, identifiers masked." })
  parties(@Root() referral: CourtReferral, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    return loadParties(ctx, CASE_TYPE, referral.id);
  }

  @FieldResolver(() => [StatusChange], { description: "Every state change, oldest first." })
  timeline(@Root() referral: CourtReferral, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, referral.id);
  }

  @FieldResolver(() => [HandoffRecord], { description: "Handoffs of this referral to the mediation centre, oldest first, with where each stands." })
  handoffs(@Root() referral: CourtReferral, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, CASE_TYPE, referral.id);
  }

  @FieldResolver(() => DisputeReference, { nullable: true, description: "The dispute across all agencies, when it has a unified number." })
  dispute(@Root() referral: CourtReferral): DisputeReference | null {
    return referral.unifiedNumber ? { unifiedNumber: referral.unifiedNumber } : null;
  }
}

