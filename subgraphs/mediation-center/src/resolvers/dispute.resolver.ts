import {
  CaseParty, type HubContext, loadManyBy, loadParties, loadTimeline, optionalUnifiedNumber, StatusChange, badInput, writeInTransaction, Access,
  readList, readableAll, requireReadable, requireWriteScope, scopedWhere, requireLister, AFTER_ARG, connectionType, FIRST_ARG, keysetPage,
  type ListOrder, type ListPage,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { MediationAgreement } from "../entities/agreement.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { agreementWorkflow } from "../workflow/agreement.workflow.ts";
import { disputeWorkflow } from "../workflow/dispute.workflow.ts";
import { mediationCaseWorkflow } from "../workflow/mediation-case.workflow.ts";
import { registerDisputeIntake } from "./intake.ts";
import { disputePartners, loadCasesOfDispute, loadDisputeByNumber } from "./loaders.ts";
import { DisputeFilter, RegisterDisputeInput } from "./types/dispute.inputs.ts";

const CASE_TYPE = disputeWorkflow.caseType;

const ORDER: ListOrder = { list: "disputes", keys: [{ field: "registeredAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const DisputeConnection = connectionType(Dispute, { name: "Dispute", item: "registered dispute (统一受理纠纷)", order: "newest registration first" });

@Resolver(() => Dispute)
export class DisputeResolver {
  @Authorized(Access.READ)
  @Query(() => Dispute, { nullable: true, description: "One dispute by its unified dispute number, e.g. 530402-2026-000123." })
  async dispute(
    @Arg("unifiedNumber", () => String, { description: "Unified dispute number: division-year-serial." }) unifiedNumber: string,
    @Ctx() ctx: HubContext,
  ): Promise<Dispute | null> {
    const number = optionalUnifiedNumber("unifiedNumber", unifiedNumber);
    if (!number) throw badInput("unifiedNumber", "must not be empty", "请填写统一纠纷编号");
    return requireReadable(ctx, CASE_TYPE, await loadDisputeByNumber(ctx, number), disputePartners);
  }

  @Authorized(Access.READ)
  @Query(() => DisputeConnection, { description: "Registered disputes (统一受理纠纷), newest first, with filters, a page at a time." })
  async disputes(
    @Arg("filter", () => DisputeFilter, { nullable: true, description: "Division and type filters." }) filter: DisputeFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<Dispute>> {
    requireLister(ctx, "Disputes");
    const where: Record<string, unknown> = {};
    if (filter?.divisionPrefix) where.divisionCode = { $like: `${filter.divisionPrefix}%` };
    if (filter?.disputeType) where.disputeType = filter.disputeType;
    return keysetPage(ctx, Dispute, scopedWhere(ctx, "Disputes", where), ORDER, { first, after, filter }, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Dispute, {
    description: "Registers a dispute at the mediation centre (统一受理): mints its unified number and opens its people's mediation case (REGISTERED), optionally assigned to a committee, in one transaction.",
  })
  async registerDispute(
    @Arg("input", () => RegisterDisputeInput, { description: "The dispute, its parties and where it came from." }) input: RegisterDisputeInput,
    @Ctx() ctx: HubContext,
  ): Promise<Dispute> {
    requireWriteScope(ctx, `A dispute of division ${input.divisionCode}`, input.divisionCode);
    return writeInTransaction(ctx, async (tx) => (await registerDisputeIntake(tx, { ...input, unifiedNumber: null })).dispute);
  }

  @FieldResolver(() => [CaseParty], { description: "The parties, identifiers masked." })
  parties(@Root() dispute: Dispute, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    return loadParties(ctx, CASE_TYPE, dispute.id);
  }

  @FieldResolver(() => [StatusChange], {
    description: "Every step of the dispute at the mediation centre, oldest first: its registration, then the state changes of its mediation cases and agreements.",
  })
  async timeline(@Root() dispute: Dispute, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    const [own, cases, agreements] = await Promise.all([
      loadTimeline(ctx, CASE_TYPE, dispute.id),
      loadCasesOfDispute(ctx, dispute.unifiedNumber),
      loadManyBy(ctx, MediationAgreement, "unifiedNumber", dispute.unifiedNumber),
    ]);
    const rest = await Promise.all([
      ...cases.map((c) => loadTimeline(ctx, mediationCaseWorkflow.caseType, c.id)),
      ...agreements.map((a) => loadTimeline(ctx, agreementWorkflow.caseType, a.id)),
    ]);
    // A stable sort keeps the dispute's registration ahead of its case's, recorded in the same instant.
    return [...own, ...rest.flat()].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  @FieldResolver(() => [MediationCase], { description: "People's mediation cases opened for this dispute, oldest first." })
  async mediationCases(@Root() dispute: Dispute, @Ctx() ctx: HubContext): Promise<MediationCase[]> {
    return readableAll(ctx, mediationCaseWorkflow.caseType, await loadCasesOfDispute(ctx, dispute.unifiedNumber));
  }
}
