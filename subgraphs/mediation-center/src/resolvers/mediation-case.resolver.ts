import {
  chinaDateTimeString,
  applyTransition, badInput, CaseParty, checkedId, completeHandoffsOf, HandoffOutcome, findOrFail, type HubContext, loadById, loadParties, loadTimeline,
  pastDate, recordCreation, requireText, StatusChange, writeInTransaction, Access, findForWriter, readList, readable, requireReadable, scopedWhere,
  requireLister, noteDivision, availableActions, AFTER_ARG, connectionType, FIRST_ARG, keysetPage, type ListOrder, type ListPage,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { MediationAgreement } from "../entities/agreement.entity.ts";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { Mediator } from "../entities/mediator.entity.ts";
import { agreementWorkflow } from "../workflow/agreement.workflow.ts";
import { type MediationCaseAction, mediationCaseWorkflow, mediationDueAt, OPEN_MEDIATION_CASE_STATUSES } from "../workflow/mediation-case.workflow.ts";
import { disputePartners, loadAgreementOfCase, loadDisputeByNumber } from "./loaders.ts";
import { disputeWorkflow } from "../workflow/dispute.workflow.ts";
import { settleDispatchOnAcceptance } from "../workflow/dispatch.ts";
import { MediationAgreementInput, MediationCaseFilter } from "./types/mediation-case.inputs.ts";

const CASE_TYPE = mediationCaseWorkflow.caseType;

const ORDER: ListOrder = { list: "mediationCases", keys: [{ field: "registeredAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const MediationCaseConnection = connectionType(MediationCase, { name: "MediationCase", item: "people's mediation case (人民调解案件)", order: "newest registration first" });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => MediationCase)
export class MediationCaseResolver {
  @Authorized(Access.READ)
  @Query(() => MediationCase, { nullable: true, description: "One people's mediation case by id." })
  async mediationCase(@Arg("id", () => ID, { description: "Id of the case." }) id: string, @Ctx() ctx: HubContext): Promise<MediationCase | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, MediationCase, checkedId(CASE_TYPE, id)));
  }

  @Authorized(Access.READ)
  @Query(() => MediationCaseConnection, { description: "People's mediation cases (人民调解案件), newest first, with filters, a page at a time." })
  async mediationCases(
    @Arg("filter", () => MediationCaseFilter, { nullable: true, description: "Status, committee and overdue filters." }) filter: MediationCaseFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<MediationCase>> {
    requireLister(ctx, "Mediation cases");
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.committeeId) {
      if (!UUID.test(filter.committeeId)) throw badInput("filter.committeeId", "is not a committee id", "所选人民调解委员会编号无效");
      where.committeeId = filter.committeeId;
    }
    if (filter?.overdueOnly) {
      // An explicit closed status together with overdueOnly matches nothing, as it should.
      where.status = filter.status ? { $in: OPEN_MEDIATION_CASE_STATUSES.filter((s) => s === filter.status) } : { $in: OPEN_MEDIATION_CASE_STATUSES };
      where.dueAt = { $lt: new Date() };
    }
    return keysetPage(ctx, MediationCase, scopedWhere(ctx, "Mediation cases", where), ORDER, { first, after, filter }, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => MediationCase, {
    description: "A committee accepts the case (受理) and puts a mediator in charge; mediation should end within one month. The mediator must serve on the case's committee; a case without one joins the mediator's committee. Accepting signs for the case's waiting routing (签收) when the mediator's committee is the assigned one, and takes it off the assigned committee otherwise.",
  })
  async acceptMediationCase(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("mediatorId", () => ID, { description: "Mediator in charge (承办调解员)." }) mediatorId: string,
    @Ctx() ctx: HubContext,
  ): Promise<MediationCase> {
    return writeInTransaction(ctx, async (tx) => {
      const mediationCase = await findForWriter(tx, MediationCase, id);
      const mediator = await findOrFail(tx, Mediator, mediatorId);
      if (mediationCase.committeeId && mediator.committeeId !== mediationCase.committeeId) {
        throw badInput(
          "mediatorId",
          `mediator ${mediator.id} serves on committee ${mediator.committeeId}, not on the case's committee ${mediationCase.committeeId}`,
          `调解员 ${mediator.name} 不属于承办本案的人民调解委员会，请选择本委员会的调解员`,
        );
      }
      applyTransition(tx, mediationCaseWorkflow, mediationCase, "accept", `调解员 ${mediator.name}`);
      mediationCase.committeeId = mediator.committeeId;
      mediationCase.mediatorId = mediator.id;
      mediationCase.acceptedAt = new Date();
      mediationCase.dueAt = mediationDueAt(mediationCase.acceptedAt);
      await settleDispatchOnAcceptance(tx, mediationCase.id, await findOrFail(tx, MediationCommittee, mediator.committeeId), mediationCase.acceptedAt);
      return mediationCase;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => MediationCase, { description: "Mediation begins (开始调解)." })
  async startMediation(@Arg("id", () => ID, { description: "Id of the case." }) id: string, @Ctx() ctx: HubContext): Promise<MediationCase> {
    return writeInTransaction(ctx, async (tx) => {
      const mediationCase = await findForWriter(tx, MediationCase, id);
      applyTransition(tx, mediationCaseWorkflow, mediationCase, "startMediation");
      mediationCase.startedAt = new Date();
      return mediationCase;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => MediationAgreement, {
    description: "The parties reached agreement: records the signed and stamped agreement (人民调解协议书) and closes the case as AGREEMENT_REACHED.",
  })
  async recordMediationAgreement(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("input", () => MediationAgreementInput, { description: "The agreement." }) input: MediationAgreementInput,
    @Ctx() ctx: HubContext,
  ): Promise<MediationAgreement> {
    const terms = requireText("input.terms", input.terms, 4000);
    if (input.hasPaymentObligation && input.amount == null) {
      throw badInput("input.amount", "an agreement with a payment obligation must state the amount owed", "协议有给付内容的，请填写给付金额");
    }
    const signedAt = pastDate("input.signedAt", input.signedAt);
    return writeInTransaction(ctx, async (tx) => {
      const mediationCase = await findForWriter(tx, MediationCase, id);
      applyTransition(tx, mediationCaseWorkflow, mediationCase, "recordAgreement", "人民调解协议书 signed");
      if (mediationCase.acceptedAt && signedAt < mediationCase.acceptedAt) {
        throw badInput("input.signedAt", `must not be before the case was accepted (${mediationCase.acceptedAt.toISOString()})`, `签订时间不能早于受理时间（${chinaDateTimeString(mediationCase.acceptedAt)}）`);
      }
      mediationCase.closedAt = new Date();
      const agreement = tx.em.create(MediationAgreement, {
        caseId: mediationCase.id,
        unifiedNumber: mediationCase.unifiedNumber,
        divisionCode: mediationCase.divisionCode,
        terms,
        amount: input.amount ?? null,
        hasPaymentObligation: input.hasPaymentObligation,
        signedAt,
      });
      recordCreation(tx, agreementWorkflow, agreement, input.hasPaymentObligation ? `协议生效, payment obligation ${input.amount} 元` : "协议生效");
      // The agency that handed the dispute over learns the result (a court, the police, the petition bureau).
      const amount = agreement.amount != null ? `; 金额 ${agreement.amount} 元${input.hasPaymentObligation ? " (给付义务)" : ""}` : "";
      await completeHandoffsOf(tx, CASE_TYPE, mediationCase.id, HandoffOutcome.SUCCEEDED, `调解成功, 人民调解协议书 ${agreement.id}: ${terms}${amount}`);
      return agreement;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => MediationCase, { description: "Mediation failed (调解不成); the parties may turn to arbitration, administrative or judicial channels." })
  async recordMediationFailure(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("reason", () => String, { description: "Why mediation failed, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<MediationCase> {
    const text = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const mediationCase = await findForWriter(tx, MediationCase, id);
      applyTransition(tx, mediationCaseWorkflow, mediationCase, "recordFailure", text);
      mediationCase.closingReason = text;
      mediationCase.closedAt = new Date();
      await completeHandoffsOf(tx, CASE_TYPE, mediationCase.id, HandoffOutcome.FAILED, `调解不成: ${text}`);
      return mediationCase;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => MediationCase, { description: "Ends mediation because a party refuses or withdraws (当事人拒绝调解 / 终止调解); allowed until the case is closed." })
  async terminateMediation(
    @Arg("id", () => ID, { description: "Id of the case." }) id: string,
    @Arg("reason", () => String, { description: "Why mediation ends, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<MediationCase> {
    const text = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const mediationCase = await findForWriter(tx, MediationCase, id);
      applyTransition(tx, mediationCaseWorkflow, mediationCase, "terminate", text);
      mediationCase.closingReason = text;
      mediationCase.closedAt = new Date();
      await completeHandoffsOf(tx, CASE_TYPE, mediationCase.id, HandoffOutcome.FAILED, `终止调解: ${text}`);
      return mediationCase;
    });
  }

  @FieldResolver(() => Dispute, { description: "The dispute mediated." })
  async dispute(@Root() mediationCase: MediationCase, @Ctx() ctx: HubContext): Promise<Dispute> {
    return (await requireReadable(ctx, disputeWorkflow.caseType, await loadDisputeByNumber(ctx, mediationCase.unifiedNumber), disputePartners))!;
  }

  @FieldResolver(() => MediationCommittee, { nullable: true, description: "Committee handling the case; null until assigned." })
  committee(@Root() mediationCase: MediationCase, @Ctx() ctx: HubContext): Promise<MediationCommittee | null> {
    return mediationCase.committeeId ? loadById(ctx, MediationCommittee, mediationCase.committeeId) : Promise.resolve(null);
  }

  @FieldResolver(() => Mediator, { nullable: true, description: "Mediator in charge; null until accepted." })
  mediator(@Root() mediationCase: MediationCase, @Ctx() ctx: HubContext): Promise<Mediator | null> {
    return mediationCase.mediatorId ? loadById(ctx, Mediator, mediationCase.mediatorId) : Promise.resolve(null);
  }

  @FieldResolver(() => MediationAgreement, { nullable: true, description: "The agreement reached, if any." })
  async agreement(@Root() mediationCase: MediationCase, @Ctx() ctx: HubContext): Promise<MediationAgreement | null> {
    return readable(ctx, agreementWorkflow.caseType, await loadAgreementOfCase(ctx, mediationCase.id));
  }

  @FieldResolver(() => [String], {
    description: "The workflow actions the signed-in agency may take on this case now (accept, startMediation, recordAgreement, recordFailure, terminate): only the mediation centre, in its division scope, from the current status; empty for everyone else.",
  })
  availableActions(@Root() mediationCase: MediationCase, @Ctx() ctx: HubContext): MediationCaseAction[] {
    return availableActions(ctx, mediationCaseWorkflow, mediationCase);
  }

  @FieldResolver(() => [CaseParty], { description: "The parties of the dispute, identifiers masked." })
  parties(@Root() mediationCase: MediationCase, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    // The parties are the dispute's; an unmasked read of one is audited under the case's division.
    noteDivision(ctx, disputeWorkflow.caseType, mediationCase.disputeId, mediationCase.divisionCode);
    return loadParties(ctx, disputeWorkflow.caseType, mediationCase.disputeId);
  }

  @FieldResolver(() => [StatusChange], { description: "Every state change of the case, oldest first." })
  timeline(@Root() mediationCase: MediationCase, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, mediationCase.id);
  }
}
