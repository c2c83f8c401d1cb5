import {
  applyTransition, badInput, CaseNumberScalar, CaseParty, checkedId, completeHandoffsOf, DisputeReference, HandoffOutcome, HandoffRecord,
  type HubContext, loadById, loadHandoffsOf, loadParties, loadTimeline, parseCaseNumber, requireText, StatusChange, writeInTransaction, Access,
  findForWriter, readList, requireReadable, scopedWhere, requireLister, AFTER_ARG, connectionType, emptyPage, FIRST_ARG, keysetPage, type ListOrder,
  type ListPage, availableActions,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { CourtFiling } from "../entities/filing.entity.ts";
import { CourtFilingAction, CourtFilingStatus, FILING_CASE_TYPES, filingWorkflow } from "../workflow/filing.workflow.ts";
import { CourtFilingFilter } from "./types/filing.inputs.ts";

const CASE_TYPE = filingWorkflow.caseType;

const ORDER: ListOrder = { list: "courtFilings", keys: [{ field: "receivedAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const CourtFilingConnection = connectionType(CourtFiling, { name: "CourtFiling", item: "filing request (立案申请)", order: "newest first" });

@Resolver(() => CourtFiling)
export class CourtFilingResolver {
  @Authorized(Access.READ)
  @Query(() => CourtFiling, { nullable: true, description: "One filing request (立案申请) by id." })
  async courtFiling(@Arg("id", () => ID, { description: "Id of the filing request." }) id: string, @Ctx() ctx: HubContext): Promise<CourtFiling | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, CourtFiling, checkedId(CASE_TYPE, id)));
  }

  @Authorized(Access.READ)
  @Query(() => CourtFilingConnection, { description: "Filing requests (立案申请) received from other agencies, newest first, a page at a time." })
  async courtFilings(
    @Arg("filter", () => CourtFilingFilter, { nullable: true, description: "Status and overdue filters." }) filter: CourtFilingFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<CourtFiling>> {
    requireLister(ctx, "Filing requests");
    const args = { first, after, filter };
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.overdueOnly) {
      if (filter.status && filter.status !== CourtFilingStatus.RECEIVED) return emptyPage(ORDER, args);
      where.status = CourtFilingStatus.RECEIVED;
      where.dueAt = { $lt: new Date() };
    }
    return keysetPage(ctx, CourtFiling, scopedWhere(ctx, "Filing requests", where), ORDER, args, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtFiling, { description: "The court files the case (立案) and numbers it (民初 or 民特); the handoff that brought it completes as SUCCEEDED." })
  async fileCourtFiling(
    @Arg("id", () => ID, { description: "Id of the filing request." }) id: string,
    @Arg("caseNumber", () => CaseNumberScalar, { description: "Case number, e.g. （2026）云0402民初15号." }) caseNumber: string,
    @Ctx() ctx: HubContext,
  ): Promise<CourtFiling> {
    const parsed = parseCaseNumber(caseNumber);
    if (typeof parsed === "string" || !FILING_CASE_TYPES.includes(parsed.caseType)) {
      throw badInput("caseNumber", `a filed case number has case type ${FILING_CASE_TYPES.join(" or ")}`, `立案案号的案件类型代字应为“${FILING_CASE_TYPES.join("”或“")}”`);
    }
    return writeInTransaction(ctx, async (tx) => {
      const filing = await findForWriter(tx, CourtFiling, id);
      applyTransition(tx, filingWorkflow, filing, "file", parsed.canonical);
      filing.caseNumber = parsed.canonical;
      filing.decidedAt = new Date();
      filing.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, filing.id, HandoffOutcome.SUCCEEDED, `已立案 ${parsed.canonical}`);
      return filing;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => CourtFiling, { description: "The court refuses to file the case (不予立案); the handoff that brought it completes as FAILED with the reason." })
  async refuseCourtFiling(
    @Arg("id", () => ID, { description: "Id of the filing request." }) id: string,
    @Arg("reason", () => String, { description: "Why the case is not filed, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<CourtFiling> {
    const why = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const filing = await findForWriter(tx, CourtFiling, id);
      applyTransition(tx, filingWorkflow, filing, "refuse", why);
      filing.refusalReason = why;
      filing.decidedAt = new Date();
      filing.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, filing.id, HandoffOutcome.FAILED, `不予立案: ${why}`);
      return filing;
    });
  }

  @FieldResolver(() => [CourtFilingAction], {
    description: "The workflow actions the signed-in agency may take on this filing request now: only the court it was sent to, in its division scope, from the current status; empty for everyone else.",
  })
  availableActions(@Root() filing: CourtFiling, @Ctx() ctx: HubContext): `${CourtFilingAction}`[] {
    return availableActions(ctx, filingWorkflow, filing);
  }

  @FieldResolver(() => [CaseParty], { description: "The parties, identifiers masked." })
  parties(@Root() filing: CourtFiling, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    return loadParties(ctx, CASE_TYPE, filing.id);
  }

  @FieldResolver(() => [StatusChange], { description: "Every state change, oldest first." })
  timeline(@Root() filing: CourtFiling, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, filing.id);
  }

  @FieldResolver(() => [HandoffRecord], { description: "The handoff that brought this request (COURT_FILING or AWARD_CHALLENGE), with where it stands." })
  handoffs(@Root() filing: CourtFiling, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, CASE_TYPE, filing.id);
  }

  @FieldResolver(() => DisputeReference, { nullable: true, description: "The dispute across all agencies, when it has a unified number." })
  dispute(@Root() filing: CourtFiling): DisputeReference | null {
    return filing.unifiedNumber ? { unifiedNumber: filing.unifiedNumber } : null;
  }
}
