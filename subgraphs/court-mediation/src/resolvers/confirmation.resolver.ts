import {
  applyTransition, badInput, CaseNumberScalar, CaseParty, checkedId, completeHandoffsOf, DisputeReference, dueDate, HandoffOutcome, HandoffRecord,
  type HubContext, loadById, loadHandoffsOf, loadParties, loadTimeline, optionalText, parseCaseNumber, requireText, StatusChange, writeInTransaction,
  Access, findForWriter, readList, requireReadable, requireWriteScope, scopedWhere, requireLister, AFTER_ARG, connectionType, FIRST_ARG, keysetPage,
  type ListOrder, type ListPage, availableActions,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { JudicialConfirmation } from "../entities/confirmation.entity.ts";
import { applyForConfirmation } from "../workflow/confirmation.steps.ts";
import {
  CONFIRMATION_CASE_TYPES, ConfirmationStatus, confirmationWorkflow, decisionExtensionRefused, JudicialConfirmationAction,
} from "../workflow/confirmation.workflow.ts";
import { ConfirmationFilter, JudicialConfirmationInput } from "./types/confirmation.inputs.ts";

const CASE_TYPE = confirmationWorkflow.caseType;

const ORDER: ListOrder = { list: "judicialConfirmations", keys: [{ field: "appliedAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const JudicialConfirmationConnection = connectionType(JudicialConfirmation, {
  name: "JudicialConfirmation",
  item: "judicial-confirmation application (司法确认申请)",
  order: "newest application first",
});

@Resolver(() => JudicialConfirmation)
export class JudicialConfirmationResolver {
  @Authorized(Access.READ)
  @Query(() => JudicialConfirmation, { nullable: true, description: "One judicial-confirmation application by id." })
  async judicialConfirmation(@Arg("id", () => ID) id: string, @Ctx() ctx: HubContext): Promise<JudicialConfirmation | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, JudicialConfirmation, checkedId(CASE_TYPE, id)));
  }

  @Authorized(Access.READ)
  @Query(() => JudicialConfirmationConnection, { description: "Judicial-confirmation applications (司法确认申请), newest first, a page at a time." })
  async judicialConfirmations(
    @Arg("filter", () => ConfirmationFilter, { nullable: true, description: "Which applications to list; all when omitted." }) filter: ConfirmationFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<JudicialConfirmation>> {
    requireLister(ctx, "Judicial-confirmation applications");
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.overdueOnly) {
      where.status = { $in: [ConfirmationStatus.APPLIED, ConfirmationStatus.ACCEPTED] };
      where.dueAt = { $lt: new Date() };
    }
    return keysetPage(ctx, JudicialConfirmation, scopedWhere(ctx, "Judicial-confirmation applications", where), ORDER, { first, after, filter }, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => JudicialConfirmation, { description: "The parties jointly apply to confirm a mediation agreement, within 30 days of it taking effect." })
  async applyForJudicialConfirmation(
    @Arg("input", () => JudicialConfirmationInput) input: JudicialConfirmationInput,
    @Ctx() ctx: HubContext,
  ): Promise<JudicialConfirmation> {
    requireWriteScope(ctx, `A judicial-confirmation application to a court of division ${input.divisionCode}`, input.divisionCode);
    return writeInTransaction(ctx, async (tx) => applyForConfirmation(tx, input));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => JudicialConfirmation, { description: "The court accepts the application (受理) and gives it a 民特 or 诉前调确 case number." })
  async acceptJudicialConfirmation(
    @Arg("id", () => ID) id: string,
    @Arg("caseNumber", () => CaseNumberScalar, { description: "Case number, e.g. （2026）云0402民特15号." }) caseNumber: string,
    @Ctx() ctx: HubContext,
  ): Promise<JudicialConfirmation> {
    const parsed = parseCaseNumber(caseNumber);
    if (typeof parsed === "string" || !CONFIRMATION_CASE_TYPES.includes(parsed.caseType)) {
      throw badInput("caseNumber", `a judicial-confirmation case number has case type ${CONFIRMATION_CASE_TYPES.join(" or ")}`, `司法确认案号的案件类型代字应为“${CONFIRMATION_CASE_TYPES.join("”或“")}”`);
    }
    return writeInTransaction(ctx, async (tx) => {
      const application = await findForWriter(tx, JudicialConfirmation, id);
      applyTransition(tx, confirmationWorkflow, application, "accept", caseNumber);
      application.caseNumber = caseNumber;
      application.acceptedAt = new Date();
      application.dueAt = dueDate("JUDICIAL_CONFIRMATION_DECISION", application.acceptedAt);
      return application;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => JudicialConfirmation, { description: "The court does not accept the application (不予受理)." })
  async refuseJudicialConfirmation(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { description: "Why the application is not accepted." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<JudicialConfirmation> {
    return writeInTransaction(ctx, async (tx) => {
      const application = await findForWriter(tx, JudicialConfirmation, id);
      application.decisionReason = requireText("reason", reason, 2000);
      applyTransition(tx, confirmationWorkflow, application, "refuse", application.decisionReason);
      application.decidedAt = new Date();
      application.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, application.id, HandoffOutcome.FAILED, `不予受理: ${application.decisionReason}`);
      return application;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => JudicialConfirmation, { description: "The court's president approves 10 more days for the ruling (once)." })
  async extendJudicialConfirmationDecision(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { description: "Why more time is needed." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<JudicialConfirmation> {
    return writeInTransaction(ctx, async (tx) => {
      const application = await findForWriter(tx, JudicialConfirmation, id);
      const refused = decisionExtensionRefused(application);
      if (refused) throw badInput("id", refused.en, refused.zh);
      applyTransition(tx, confirmationWorkflow, application, "extendDecision", requireText("reason", reason, 500));
      application.decisionExtended = true;
      application.dueAt = dueDate("JUDICIAL_CONFIRMATION_DECISION", application.acceptedAt!, true);
      return application;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => JudicialConfirmation, { description: "The court rules: the agreement is confirmed valid (确认有效) or the application rejected (驳回)." })
  async ruleOnJudicialConfirmation(
    @Arg("id", () => ID) id: string,
    @Arg("confirmed", () => Boolean, { description: "true: confirmed valid; false: rejected." }) confirmed: boolean,
    @Arg("reason", () => String, { nullable: true, description: "Reasons; required when rejecting." }) reason: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<JudicialConfirmation> {
    const reasons = confirmed ? optionalText("reason", reason, 2000) : requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const application = await findForWriter(tx, JudicialConfirmation, id);
      applyTransition(tx, confirmationWorkflow, application, confirmed ? "confirm" : "reject", reasons);
      application.decisionReason = reasons;
      application.decidedAt = new Date();
      application.dueAt = null;
      const ruling = confirmed ? `裁定确认调解协议有效 ${application.caseNumber ?? ""}`.trim() : `裁定驳回申请 ${application.caseNumber ?? ""}`.trim();
      await completeHandoffsOf(
        tx,
        CASE_TYPE,
        application.id,
        confirmed ? HandoffOutcome.SUCCEEDED : HandoffOutcome.FAILED,
        reasons ? `${ruling}: ${reasons}` : ruling,
      );
      return application;
    });
  }

  @FieldResolver(() => [JudicialConfirmationAction], {
    description:
      "The workflow actions the signed-in agency may take on this application now: only the court it was made to, in its division scope, from the current status; empty for everyone else. extendDecision is left out after the one extension the law allows.",
  })
  availableActions(@Root() application: JudicialConfirmation, @Ctx() ctx: HubContext): `${JudicialConfirmationAction}`[] {
    return availableActions(ctx, confirmationWorkflow, application, (action) => action === JudicialConfirmationAction.extendDecision && decisionExtensionRefused(application) !== null);
  }

  @FieldResolver(() => [CaseParty], { description: "The applicants, identifiers masked." })
  parties(@Root() application: JudicialConfirmation, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    return loadParties(ctx, CASE_TYPE, application.id);
  }

  @FieldResolver(() => [StatusChange], { description: "Every state change, oldest first." })
  timeline(@Root() application: JudicialConfirmation, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, application.id);
  }

  @FieldResolver(() => [HandoffRecord], { description: "The handoff from the mediation centre that brought this application, if any, with where it stands." })
  handoffs(@Root() application: JudicialConfirmation, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, CASE_TYPE, application.id);
  }

  @FieldResolver(() => DisputeReference, { nullable: true, description: "The dispute across all agencies, when it has a unified number." })
  dispute(@Root() application: JudicialConfirmation): DisputeReference | null {
    return application.unifiedNumber ? { unifiedNumber: application.unifiedNumber } : null;
  }
}
