import {
  chinaDateTimeString,
  addParties, applyTransition, badInput, CaseParty, checkedId, conflict, DisputeReference, earlierOffer, groupByKey, HandoffKind, HandoffRecord,
  type HubContext, idempotently, loadById, loadHandoffsOf, loadParties, loadTimeline, optionalText, optionalUnifiedNumber, pastDate, recordCreation,
  requireText, StatusChange, writeInTransaction, Access, findForWriter, readList, requireReadable, requireWriteScope, scopedWhere, requireLister,
  AFTER_ARG, availableActions, connectionType, emptyPage, FIRST_ARG, keysetPage, type ListOrder, type ListPage,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { PoliceIncident } from "../entities/incident.entity.ts";
import { PoliceMediationSession } from "../entities/session.entity.ts";
import { offerPoliceReferral } from "../handoffs/police-referral.ts";
import { mediationEligibility, POLICE_MEDIATION_SOURCE } from "../workflow/exclusions.ts";
import {
  firstSessionDueAt, incidentWorkflow, OPEN_INCIDENT_STATUSES, PoliceIncidentStatus, secondSessionDueAt, type PoliceIncidentAction,
} from "../workflow/incident.workflow.ts";
import { PoliceIncidentFilter, RecordIncidentSessionInput, ReportPoliceIncidentInput } from "./types/incident.inputs.ts";

const CASE_TYPE = incidentWorkflow.caseType;

const ORDER: ListOrder = { list: "policeIncidents", keys: [{ field: "reportedAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const PoliceIncidentConnection = connectionType(PoliceIncident, { name: "PoliceIncident", item: "110 incident (警情)", order: "newest report first" });

/** 110 incident numbers come from each province's police system; only their alphabet is common. */
const INCIDENT_NUMBER = /^[A-Za-z0-9-]{1,40}$/;

function checkIncidentNumber(field: string, value: string): string {
  if (!INCIDENT_NUMBER.test(value)) throw badInput(field, "must be 1 to 40 letters, digits or hyphens, as the police system gives it", "警情编号应为 1 至 40 位字母、数字或连字符，按公安系统中的编号填写");
  return value;
}

/** The sessions of each incident, first to last, in one query per batch of incidents. */
function loadSessions(ctx: HubContext, incidentId: string): Promise<PoliceMediationSession[]> {
  return ctx
    .loader<string, PoliceMediationSession[]>("sessions:PoliceIncident", async (ids) => {
      const rows = await ctx.em.find(PoliceMediationSession, { incident: { $in: [...ids] } } as never, { orderBy: { sequence: "asc" } });
      return groupByKey(ids, rows, (row) => row.incident.id);
    })
    .load(incidentId);
}

@Resolver(() => PoliceIncident)
export class PoliceIncidentResolver {
  @Authorized(Access.READ)
  @Query(() => PoliceIncident, { nullable: true, description: "One 110 incident by id." })
  async policeIncident(
    @Arg("id", () => ID, { description: "Id of the incident." }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<PoliceIncident | null> {
    return requireReadable(ctx, CASE_TYPE, await loadById(ctx, PoliceIncident, checkedId(CASE_TYPE, id)));
  }

  @Authorized(Access.READ)
  @Query(() => PoliceIncident, { nullable: true, description: "One 110 incident by the police system's incident number (警情编号)." })
  async policeIncidentByNumber(
    @Arg("incidentNumber", () => String, { description: "The 110 incident number, 1 to 40 letters, digits or hyphens." }) incidentNumber: string,
    @Ctx() ctx: HubContext,
  ): Promise<PoliceIncident | null> {
    return requireReadable(ctx, CASE_TYPE, await ctx.em.findOne(PoliceIncident, { incidentNumber: checkIncidentNumber("incidentNumber", incidentNumber) }));
  }

  @Authorized(Access.READ)
  @Query(() => PoliceIncidentConnection, { description: "110 incidents (警情), newest report first, with filters, a page at a time." })
  async policeIncidents(
    @Arg("filter", () => PoliceIncidentFilter, { nullable: true, description: "Filters; all given ones must hold." }) filter: PoliceIncidentFilter | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<PoliceIncident>> {
    requireLister(ctx, "Police incidents");
    const args = { first, after, filter };
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    const station = optionalText("filter.station", filter?.station, 200);
    if (station) where.station = station;
    if (filter?.divisionPrefix) where.divisionCode = { $like: `${filter.divisionPrefix}%` };
    if (filter?.overdueOnly) {
      // Only open incidents have a running clock; a closed status asked for can hold nothing overdue.
      if (filter.status && !OPEN_INCIDENT_STATUSES.includes(filter.status)) return emptyPage(ORDER, args);
      where.status = filter.status ?? { $in: OPEN_INCIDENT_STATUSES };
      where.dueAt = { $lt: new Date() };
    }
    return keysetPage(ctx, PoliceIncident, scopedWhere(ctx, "Police incidents", where), ORDER, args, (rows) => readList(ctx, CASE_TYPE, rows));
  }

  @Authorized(Access.WRITE)
  @Mutation(() => PoliceIncident, { description: "The police record a 110 incident arising from a civil dispute (接警登记). The first-session clock starts when it is eligible for police mediation." })
  async reportIncident(
    @Arg("input", () => ReportPoliceIncidentInput, { description: "The incident and its parties." }) input: ReportPoliceIncidentInput,
    @Ctx() ctx: HubContext,
  ): Promise<PoliceIncident> {
    requireWriteScope(ctx, `An incident of division ${input.divisionCode}`, input.divisionCode);
    const incidentNumber = checkIncidentNumber("input.incidentNumber", input.incidentNumber);
    const reportedAt = pastDate("input.reportedAt", input.reportedAt);
    const repeatOffender = input.repeatOffender ?? false;
    const eligibility = mediationEligibility(input.category, repeatOffender);
    return writeInTransaction(ctx, async (tx) => {
      const existing = await tx.em.findOne(PoliceIncident, { incidentNumber });
      if (existing) throw conflict(`110 incident ${incidentNumber} is already registered (PoliceIncident ${existing.id})`, `110 警情 ${incidentNumber} 已经登记，请勿重复登记`, { incidentId: existing.id });
      const incident = tx.em.create(PoliceIncident, {
        incidentNumber,
        station: requireText("input.station", input.station, 200),
        divisionCode: input.divisionCode,
        category: input.category,
        repeatOffender,
        disputeType: input.disputeType,
        narrative: requireText("input.narrative", input.narrative, 4000),
        reportedAt,
        unifiedNumber: optionalUnifiedNumber("input.unifiedNumber", input.unifiedNumber),
        dueAt: eligibility.eligible ? firstSessionDueAt(reportedAt) : null,
      });
      addParties(tx, CASE_TYPE, incident.id, input.parties, "input.parties");
      recordCreation(tx, incidentWorkflow, incident, eligibility.eligible ? undefined : `excluded from police mediation: ${eligibility.reasons.join("; ")}`);
      return incident;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => PoliceIncident, { description: "Police mediation is arranged (治安调解); refused with CONFLICT naming the reasons when the incident is excluded (公通字〔2007〕81号). The first session is due within 3 working days of the report." })
  async scheduleIncidentMediation(
    @Arg("id", () => ID, { description: "Id of the incident." }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<PoliceIncident> {
    return writeInTransaction(ctx, async (tx) => {
      const incident = await findForWriter(tx, PoliceIncident, id);
      const eligibility = mediationEligibility(incident.category, incident.repeatOffender);
      if (incident.status === PoliceIncidentStatus.REPORTED && !eligibility.eligible) {
        throw conflict(`PoliceIncident ${incident.id} cannot be mediated by the police: ${eligibility.reasons.join("; ")}`, `该警情不适用治安调解：${eligibility.reasonsZh.join("；")}（${POLICE_MEDIATION_SOURCE}）`, {
          caseType: CASE_TYPE,
          caseId: incident.id,
          reasons: eligibility.reasons,
        });
      }
      applyTransition(tx, incidentWorkflow, incident, "scheduleMediation");
      incident.mediationScheduledAt = new Date();
      incident.dueAt = firstSessionDueAt(incident.reportedAt);
      return incident;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => PoliceIncident, { description: "A mediation session was held. With agreement the incident moves to AGREEMENT_REACHED; without, a first session leads to a second (due within 7 working days) and a second session to FAILED." })
  async recordIncidentSession(
    @Arg("input", () => RecordIncidentSessionInput, { description: "The session held." }) input: RecordIncidentSessionInput,
    @Ctx() ctx: HubContext,
  ): Promise<PoliceIncident> {
    const heldAt = pastDate("input.heldAt", input.heldAt);
    const officer = requireText("input.officer", input.officer, 100);
    const notes = requireText("input.notes", input.notes, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const incident = await findForWriter(tx, PoliceIncident, input.incidentId);
      const secondSession = incident.status === PoliceIncidentStatus.SECOND_SESSION_SCHEDULED;
      const action: PoliceIncidentAction = input.agreementReached ? "recordAgreement" : secondSession ? "recordMediationFailure" : "scheduleSecondSession";
      const sequence = secondSession ? 2 : 1;
      applyTransition(tx, incidentWorkflow, incident, action, `session ${sequence} (${officer}): ${notes}`);
      if (heldAt < incident.reportedAt) {
        throw badInput("input.heldAt", `is before the incident was reported (${incident.reportedAt.toISOString()})`, `调解时间不能早于接警时间（${chinaDateTimeString(incident.reportedAt)}）`);
      }
      const previous = await tx.em.findOne(PoliceMediationSession, { incident: incident.id } as never, { orderBy: { sequence: "desc" } });
      if (previous && heldAt < previous.heldAt) {
        throw badInput("input.heldAt", `is before the previous session (${previous.heldAt.toISOString()})`, `调解时间不能早于上一次调解（${chinaDateTimeString(previous.heldAt)}）`);
      }
      tx.em.create(PoliceMediationSession, { incident, sequence, heldAt, officer, agreementReached: input.agreementReached, notes });
      incident.dueAt = action === "scheduleSecondSession" ? secondSessionDueAt(heldAt) : null;
      return incident;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => PoliceIncident, { description: "Whether the parties performed the agreement: performed → no penalty (不予处罚); not performed → FAILED, open to penalty or referral." })
  async recordIncidentAgreementPerformance(
    @Arg("id", () => ID, { description: "Id of the incident." }) id: string,
    @Arg("performed", () => Boolean, { description: "true when the agreement was performed (履行)." }) performed: boolean,
    @Arg("note", () => String, { nullable: true, description: "How it was performed, or why not (required when not performed); up to 2000 characters." }) note: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<PoliceIncident> {
    const text = performed ? optionalText("note", note, 2000) : requireText("note", note, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const incident = await findForWriter(tx, PoliceIncident, id);
      applyTransition(tx, incidentWorkflow, incident, performed ? "recordPerformance" : "recordNonPerformance", text);
      incident.performanceNote = text;
      incident.dueAt = null;
      if (performed) incident.closedAt = new Date();
      return incident;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => PoliceIncident, { description: "Mediation failed or the agreement was not performed: the police penalise according to law (依法处罚) and tell the parties they may sue over the civil dispute (告知可向人民法院起诉)." })
  async penaliseIncident(
    @Arg("id", () => ID, { description: "Id of the incident." }) id: string,
    @Arg("penalty", () => String, { description: "The penalty decided (处罚决定), up to 2000 characters." }) penalty: string,
    @Arg("adviceToSue", () => String, { description: "What the parties were told about suing over the civil dispute, up to 2000 characters." }) adviceToSue: string,
    @Ctx() ctx: HubContext,
  ): Promise<PoliceIncident> {
    const penaltyText = requireText("penalty", penalty, 2000);
    const advice = requireText("adviceToSue", adviceToSue, 2000);
    return writeInTransaction(ctx, async (tx) => {
      const incident = await findForWriter(tx, PoliceIncident, id);
      applyTransition(tx, incidentWorkflow, incident, "penalise", `${penaltyText}; 告知起诉: ${advice}`);
      incident.penalty = penaltyText;
      incident.adviceToSue = advice;
      incident.dueAt = null;
      incident.closedAt = new Date();
      return incident;
    });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => PoliceIncident, {
    description:
      "The police hand the dispute to the mediation centre (警调对接), before or instead of police mediation, or after it failed: in the same transaction a POLICE_REFERRAL handoff carries the incident's parties, dispute type and narrative to the centre. When the centre accepts, its unified number comes back onto the incident; when its case ends, the result does (mediationOutcome, mediationResult). The same idempotencyKey returns the same result and never hands the incident off twice.",
  })
  async referIncidentToMediationCenter(
    @Arg("id", () => ID, { description: "Id of the incident." }) id: string,
    @Arg("mediationOrganisation", () => String, { description: "Mediation centre or committee receiving the dispute, up to 200 characters." }) mediationOrganisation: string,
    @Arg("unifiedNumber", () => String, { nullable: true, description: "Unified dispute number, when the centre has already registered the dispute." }) unifiedNumber: string | null,
    @Arg("idempotencyKey", () => String, { description: "A key the caller generates once per intended referral (a UUID; 8 to 200 characters). Repeating the call with it returns the same result." }) idempotencyKey: string,
    @Ctx() ctx: HubContext,
  ): Promise<PoliceIncident> {
    const organisation = requireText("mediationOrganisation", mediationOrganisation, 200);
    const number = optionalUnifiedNumber("unifiedNumber", unifiedNumber);
    return idempotently(() =>
      writeInTransaction(ctx, async (tx) => {
        const incident = await findForWriter(tx, PoliceIncident, id, { lock: true });
        if (await earlierOffer(tx, HandoffKind.POLICE_REFERRAL, incident.id, idempotencyKey)) return incident;
        applyTransition(tx, incidentWorkflow, incident, "referToMediationCenter", organisation);
        if (number && incident.unifiedNumber && number !== incident.unifiedNumber) {
          throw badInput("unifiedNumber", `the incident already carries unified number ${incident.unifiedNumber}`, `该警情已有统一纠纷编号 ${incident.unifiedNumber}，不能改填其他编号`);
        }
        incident.mediationOrganisation = organisation;
        incident.unifiedNumber = number ?? incident.unifiedNumber ?? null;
        incident.dueAt = null;
        incident.closedAt = new Date();
        await offerPoliceReferral(tx, incident, idempotencyKey);
        return incident;
      }),
    );
  }

  @FieldResolver(() => [PoliceMediationSession], { description: "Mediation sessions held, first to last." })
  async sessions(@Root() incident: PoliceIncident, @Ctx() ctx: HubContext): Promise<PoliceMediationSession[]> {
    const sessions = await loadSessions(ctx, incident.id);
    // The notes are content, checked against the incident's division (see PoliceMediationSession.divisionCode).
    for (const session of sessions) session.divisionCode = incident.divisionCode;
    return sessions;
  }

  @FieldResolver(() => [String], {
    description: "The workflow actions the signed-in agency may take on this incident now (e.g. scheduleMediation, recordAgreement, penalise): only the police station owning it, in its scope, from the current status; empty for everyone else. scheduleMediation is left out when the incident is excluded from police mediation.",
  })
  availableActions(@Root() incident: PoliceIncident, @Ctx() ctx: HubContext): PoliceIncidentAction[] {
    const excluded = !mediationEligibility(incident.category, incident.repeatOffender).eligible;
    return availableActions(ctx, incidentWorkflow, incident, (action) => action === "scheduleMediation" && excluded);
  }

  @FieldResolver(() => [CaseParty], { description: "The parties, identifiers masked." })
  parties(@Root() incident: PoliceIncident, @Ctx() ctx: HubContext): Promise<CaseParty[]> {
    return loadParties(ctx, CASE_TYPE, incident.id);
  }

  @FieldResolver(() => [StatusChange], { description: "Every state change, oldest first." })
  timeline(@Root() incident: PoliceIncident, @Ctx() ctx: HubContext): Promise<StatusChange[]> {
    return loadTimeline(ctx, CASE_TYPE, incident.id);
  }

  @FieldResolver(() => [HandoffRecord], { description: "Handoffs of this incident to the mediation centre (警调对接), oldest first, with where each stands." })
  handoffs(@Root() incident: PoliceIncident, @Ctx() ctx: HubContext): Promise<HandoffRecord[]> {
    return loadHandoffsOf(ctx, CASE_TYPE, incident.id);
  }

  @FieldResolver(() => DisputeReference, { nullable: true, description: "The dispute across all agencies, when it has a unified number." })
  dispute(@Root() incident: PoliceIncident): DisputeReference | null {
    return incident.unifiedNumber ? { unifiedNumber: incident.unifiedNumber } : null;
  }
}

@Resolver(() => PoliceMediationSession)
export class PoliceMediationSessionResolver {
  @FieldResolver(() => PoliceIncident, { description: "The incident mediated." })
  async incident(@Root() session: PoliceMediationSession, @Ctx() ctx: HubContext): Promise<PoliceIncident> {
    const incident = await loadById(ctx, PoliceIncident, session.incident.id);
    if (!incident) throw new Error(`PoliceIncident ${session.incident.id} of session ${session.id} is missing`);
    return incident;
  }
}
