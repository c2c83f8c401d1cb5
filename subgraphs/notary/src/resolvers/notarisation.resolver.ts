import {
  chinaDateTimeString,
  applyTransition, badInput, CaseParty, checkedId, completeHandoffsOf, conflict, DisputeReference, HandoffOutcome, HandoffRecord, type HubContext,
  loadById, loadHandoffsOf, loadParties, loadTimeline, requireText, StatusChange, writeInTransaction, Access, findForWriter, readList, requireReadable,
  requireWriteScope, availableActions, scopedWhere, requireLister, AFTER_ARG, connectionType, FIRST_ARG, keysetPage, type ListOrder, type ListPage,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { NotarisationApplication } from "../entities/notarisation.entity.ts";
import { applyForNotarisation } from "../workflow/notarisation.steps.ts";
import {
  NotarisationApplicationAction, NotarisationStatus, notarisationStepRefusal, notarisationWorkflow, OPEN_NOTARISATION_STATUSES, parseNotarialNumber, reviewDueAt,
} from "../workflow/notarisation.workflow.ts";
import { NotarisationApplicationInput, NotarisationFilter } from "./types/notarisation.inputs.ts";

const CASE_TYPE = notarisationWorkflow.caseType;

const ORDER: ListOrder = { list: "notarisationApplications", keys: [{ field: "appliedAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const NotarisationApplicationConnection = connectionType(NotarisationApplication, { name: "NotarisationApplication", item: "notarisation application (赋强公证申请)", order: "newest application first" });

function notarialNumber(field: string, raw: string): string {
  const text = requireText(field, raw, 64);
  const parsed = parseNotarialNumber(text);
  if (typeof parsed === "string") throw badInput(field, parsed, "公证书编号格式应如（2026）云玉红证字第123号：（年份）公证机构简称和证书字号、第、序号、号");
  return parsed.canonical;
}

@Resolver(() => NotarisationApplication)
export class NotarisationApplicationResolver {
  @Authorized(Access.READ)
  @Query(() => NotarisationApplication, { nullable: true, description: "One notarisation application by id." })
  async notarisationApplication(
    @Arg("id", () => ID, { description: "Id of the application." }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<NotarisationApplication | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, NotarisationApplication, checkedId(CASE_TYPE, id)));
  }

  @Authorized(Access.READ)
  @Query(() => NotarisationApplicationConnection, { description: "Notarisation applications (公证申请), newest first, with filters, a page at a time." })
  async notarisationApplications(
    @Arg("filter", () => NotarisationFilter, { nullable: true, description: "Which applications to list; all when omitted." }) filter: NotarisationFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<NotarisationApplication>> {
    requireLister(ctx, "Notarisation applications");
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.divisionPrefix) where.divisionCode = { $like: `${filter.divisionPrefix}%` };
    if (filter?.overdueOnly) {
      where.status = { $in: OPEN_NOTARISATION_STATUSES.filter((s) => !filter.status || s === filter.status) };
      where.dueAt = { $lt: new Date() };
    }
    return keysetPage(ctx, NotarisationApplication, scopedWhere(ctx, "Notarisation applications", where), ORDER, { first, after, filter }, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => NotarisationApplication, {
    description: "Creditor and debtor apply to notarise a debt instrument with compulsory enforcement effect (赋强公证); the debtor must consent in writing.",
  })
  async applyForEnforceableNotarisation(
    @Arg("input", () => NotarisationApplicationInput, { description: "The application." }) input: NotarisationApplicationInput,
    @Ctx() ctx: HubContext,
  ): Promise<NotarisationApplication> {
    requireWriteScope(ctx, `A notarisation application of division ${input.divisionCode}`, input.divisionCode);
    return writeInTransaction(ctx, async (tx) => applyForNotarisation(tx, input));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => NotarisationApplication, { description: "The notary office accepts the application (受理) and reviews it; the certificate is due in 15 working days." })
  async startNotarisationReview(
    @Arg("id", () => ID, { description: "Id of the application." }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<NotarisationApplication> {
    return writeInTransaction(ctx, async (tx) => {
      const application = await findForWriter(tx, NotarisationApplication, id);
      applyTransition(tx, notarisationWorkflow, application, "startReview");
      application.reviewStartedAt = new Date();
      application.dueAt = reviewDueAt(application.reviewStartedAt);
      return application;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => NotarisationApplication, { description: "The notary issues the notarial certificate (出具公证书): the debt instrument becomes enforceable." })
  async issueNotarialCertificate(
    @Arg("id", () => ID, { description: "Id of the application." }) id: string,
    @Arg("certificateNumber", () => String, { description: "Certificate number, e.g. （2026）云玉红证字第123号; half-width brackets are accepted and stored full-width. Unique." })
    certificateNumber: string,
    @Ctx() ctx: HubContext,
  ): Promise<NotarisationApplication> {
    const number = notarialNumber("certificateNumber", certificateNumber);
    return writeInTransaction(ctx, async (tx) => {
      const application = await findForWriter(tx, NotarisationApplication, id);
      applyTransition(tx, notarisationWorkflow, application, "issue", number);
      application.certificateNumber = number;
      application.issuedAt = new Date();
      application.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, application.id, HandoffOutcome.SUCCEEDED, `公证书 ${number}`);
      return application;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => NotarisationApplication, { description: "The notary office refuses the notarisation (不予办理), before or during the review." })
  async refuseNotarisation(
    @Arg("id", () => ID, { description: "Id of the application." }) id: string,
    @Arg("reason", () => String, { description: "Why it is refused, up to 2000 characters." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<NotarisationApplication> {
    const text = requireText("reason", reason, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const application = await findForWriter(tx, NotarisationApplication, id);
      applyTransition(tx, notarisationWorkflow, application, "refuse", text);
      application.refusalReason = text;
      application.refusedAt = new Date();
      application.dueAt = null;
      await completeHandoffsOf(tx, CASE_TYPE, application.id, HandoffOutcome.FAILED, text);
      return application;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => NotarisationApplication, {
    description: "The debtor defaulted after the payment fell due: the notary verifies it and issues an enforcement certificate (执行证书), with which the creditor applies to court for enforcement.",
  })
  async issueEnforcementCertificate(
    @Arg("id", () => ID, { description: "Id of the application." }) id: string,
    @Arg("enforcementCertificateNumber", () => String, { description: "Enforcement certificate number, e.g. （2026）云玉红执证字第5号. Unique." })
    enforcementCertificateNumber: string,
    @Arg("defaultNote", () => String, { description: "How the debtor defaulted and how the notary verified it, up to 2000 characters." }) defaultNote: string,
    @Ctx() ctx: HubContext,
  ): Promise<NotarisationApplication> {
    const number = notarialNumber("enforcementCertificateNumber", enforcementCertificateNumber);
    const note = requireText("defaultNote", defaultNote, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const application = await findForWriter(tx, NotarisationApplication, id);
      const now = new Date();
      // Only an issued certificate can be in default; other statuses get applyTransition's CONFLICT below.
      const refusal = application.status === NotarisationStatus.ISSUED ? notarisationStepRefusal("issueEnforcementCertificate", application, now) : null;
      if (refusal) {
        throw conflict(`${CASE_TYPE} ${application.id}: ${refusal.en}`, refusal.zh, {
          caseType: CASE_TYPE, caseId: application.id, status: application.status, action: "issueEnforcementCertificate", paymentDueAt: application.paymentDueAt.toISOString(),
        });
      }
      applyTransition(tx, notarisationWorkflow, application, "issueEnforcementCertificate", note);
      application.enforcementCertificateNumber = number;
      application.enforcementCertificateIssuedAt = now;
      application.defaultNote = note;
      return application;
    });
  }

  @FieldResolver(() => [NotarisationApplicationAction], {
    description:
      "The workflow steps the signed-in agency may take on this application now: only the notary office, in its division scope, from the current status, leaving out what the record already rules out (an enforcement certificate before the payment falls due); empty for everyone else.",
  })
  availableActions(@Root() application: NotarisationApplication, @Ctx() ctx: HubContext): NotarisationApplicationAction[] {
    const now = new Date();
    return availableActions(ctx, notarisationWorkflow, application, (action) => notarisationStepRefusal(action, application, now) !== null);
  }

  @FieldResolver(() => [CaseParty], { description: "Creditor and debtor (and any third party), identifiers masked." })
  parties(@Root() application: NotarisationApplication, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    return loadParties(ctx, CASE_TYPE, application.id);
  }

  @FieldResolver(() => [StatusChange], { description: "Every state change, oldest first, with who acted." })
  timeline(@Root() application: NotarisationApplication, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, application.id);
  }

  @FieldResolver(() => [HandoffRecord], { description: "The handoff from the mediation centre that brought this application (赋强公证 of a mediation agreement), if any, with where it stands." })
  handoffs(@Root() application: NotarisationApplication, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, CASE_TYPE, application.id);
  }

  @FieldResolver(() => DisputeReference, { nullable: true, description: "The dispute across all agencies, when it has a unified number." })
  dispute(@Root() application: NotarisationApplication): DisputeReference | null {
    return application.unifiedNumber ? { unifiedNumber: application.unifiedNumber } : null;
  }
}
