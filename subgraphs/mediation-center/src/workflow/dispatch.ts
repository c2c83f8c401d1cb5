import { badInput, conflict, enumLabelZh, findForWriter, forbidden, type HubContext, type Problem, requireText, workingDaysDue } from "@hub/kit";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Dispatch } from "../entities/dispatch.entity.ts";
import type { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { MediationCommitteeKind } from "./committee.workflow.ts";
import { DispatchLevel, DispatchStatus, LEVEL_ABOVE } from "./dispatch.workflow.ts";
import { INDUSTRY_FIELDS, ROUTING_RULES, type RoutingRule, SIGN_FOR_WORKING_DAYS, TYPE_ROUTES } from "./dispatch.rules.ts";
import type { DisputeSource } from "./dispute.workflow.ts";
import { MediationCaseStatus } from "./mediation-case.workflow.ts";

// 派单 / 签收 / 退回 / 逾期上提. The rules live in dispatch.rules.ts; this file applies them.

interface Route {
  committee: MediationCommittee | null;
  level: DispatchLevel;
  rule: RoutingRule;
}

const county = (divisionCode: string) => divisionCode.slice(0, 6);
const township = (divisionCode: string) => (divisionCode.length >= 9 ? divisionCode.slice(0, 9) : null);

function levelOf(committee: MediationCommittee | null): DispatchLevel {
  if (!committee) return DispatchLevel.COUNTY;
  if (committee.kind === MediationCommitteeKind.INDUSTRY) return DispatchLevel.INDUSTRY;
  if (committee.kind === MediationCommitteeKind.VILLAGE) return DispatchLevel.VILLAGE;
  return committee.divisionCode.length <= 6 ? DispatchLevel.COUNTY : DispatchLevel.TOWNSHIP;
}

/** The committee of a level for a division, if one exists and was not tried yet. */
async function committeeAt(tx: HubContext, level: DispatchLevel, divisionCode: string, tried: Set<string>): Promise<MediationCommittee | null> {
  let where: Record<string, unknown>;
  if (level === DispatchLevel.VILLAGE) {
    if (divisionCode.length < 12) return null;
    where = { kind: MediationCommitteeKind.VILLAGE, divisionCode };
  } else if (level === DispatchLevel.TOWNSHIP) {
    const code = township(divisionCode);
    if (!code) return null;
    where = { kind: MediationCommitteeKind.TOWNSHIP_STREET, divisionCode: code };
  } else {
    where = { kind: { $ne: MediationCommitteeKind.INDUSTRY }, divisionCode: county(divisionCode) };
  }
  const found = await tx.em.find(MediationCommittee, where, { orderBy: { createdAt: "asc", id: "asc" } });
  return found.find((c) => !tried.has(c.id)) ?? null;
}

/** The route the table gives, skipping committees already tried for this dispute. */
async function chooseRoute(tx: HubContext, dispute: Dispute, tried: Set<string>): Promise<Route> {
  const route = TYPE_ROUTES[dispute.disputeType];
  if (route !== "TERRITORY") {
    const industry = (await tx.em.find(MediationCommittee, { kind: MediationCommitteeKind.INDUSTRY, industry: INDUSTRY_FIELDS[route], divisionCode: { $like: `${county(dispute.divisionCode)}%` } }, { orderBy: { createdAt: "asc", id: "asc" } }))
      .find((c) => !tried.has(c.id));
    if (industry) return { committee: industry, level: DispatchLevel.INDUSTRY, rule: "INDUSTRY" };
  }
  for (const [level, rule] of [[DispatchLevel.VILLAGE, "VILLAGE"], [DispatchLevel.TOWNSHIP, "TOWNSHIP"], [DispatchLevel.COUNTY, "COUNTY"]] as const) {
    const committee = await committeeAt(tx, level, dispute.divisionCode, tried);
    if (committee) return { committee, level, rule };
  }
  return { committee: null, level: DispatchLevel.COUNTY, rule: "COUNTY" };
}

async function dispatchesOf(tx: HubContext, disputeId: string): Promise<Dispatch[]> {
  return tx.em.find(Dispatch, { disputeId }, { orderBy: { attempt: "asc" } });
}

function createDispatch(tx: HubContext, dispute: Dispute, mediationCase: { id: string }, source: DisputeSource, route: Route, ruleOverride: RoutingRule | null, attempt: number, now: Date): Dispatch {
  const rule = ruleOverride ?? route.rule;
  return tx.em.create(Dispatch, {
    disputeId: dispute.id,
    mediationCaseId: mediationCase.id,
    unifiedNumber: dispute.unifiedNumber,
    divisionCode: dispute.divisionCode,
    source,
    committeeId: route.committee?.id ?? null,
    level: route.level,
    rule,
    ruleText: ruleOverride ? `${ROUTING_RULES[ruleOverride]} (${ROUTING_RULES[route.rule]})` : ROUTING_RULES[rule],
    attempt,
    dueAt: workingDaysDue(now, SIGN_FOR_WORKING_DAYS[source]),
  });
}

/**
 * Whether a committee may take disputes of a division: a village or township committee only its own
 * division and below, an industry committee or a county centre its county.
 */
export function servesTerritory(committee: MediationCommittee, divisionCode: string): boolean {
  if (committee.kind === MediationCommitteeKind.INDUSTRY) return divisionCode.startsWith(county(committee.divisionCode));
  return divisionCode.startsWith(committee.divisionCode);
}

/**
 * Routes a dispute entering the centre (派单) by the table in dispatch.rules.ts and records the rule,
 * in the caller's transaction. With `committee` (a person chose it at the desk) the committee must
 * serve the dispute's territory, else BAD_USER_INPUT on `field`. Exposed for every door: desk,
 * handoffs, online applications, grid reports.
 */
export async function routeDispute(
  tx: HubContext,
  dispute: Dispute,
  source: DisputeSource,
  mediationCase: Pick<MediationCase, "id">,
  options: { committee?: MediationCommittee | null; field?: string; now?: Date } = {},
): Promise<Dispatch> {
  const now = options.now ?? new Date();
  const previous = await dispatchesOf(tx, dispute.id);
  if (options.committee) {
    if (!servesTerritory(options.committee, dispute.divisionCode)) {
      throw badInput(
        options.field ?? "committeeId",
        `调委会 ${options.committee.name} (${options.committee.divisionCode}) 不负责纠纷所在地 ${dispute.divisionCode}; choose a committee whose territory holds the dispute`,
        `${options.committee.name}不负责纠纷所在地 ${dispute.divisionCode}，请选择辖区包含纠纷所在地的人民调解委员会`,
      );
    }
    const route = { committee: options.committee, level: levelOf(options.committee), rule: "DESK" as const };
    return createDispatch(tx, dispute, mediationCase, source, route, null, previous.length + 1, now);
  }
  const tried = new Set(previous.map((d) => d.committeeId).filter((id): id is string => id != null));
  return createDispatch(tx, dispute, mediationCase, source, await chooseRoute(tx, dispute, tried), null, previous.length + 1, now);
}

const COMMITTEE_AGENCY = /^committee-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * The committee the caller works for: a committee's staff sign in with agency id `committee-<id>`;
 * the centre's own staff (any other mediation-centre agency id) act for the county centre (null).
 */
export function callerCommitteeId(tx: HubContext): string | null {
  return COMMITTEE_AGENCY.exec(tx.caller.agencyId)?.[1]?.toLowerCase() ?? null;
}

// What a person is told when the routing they act on is no longer waiting.
const SETTLED: Record<Exclude<DispatchStatus, DispatchStatus.ASSIGNED>, Problem> = {
  SIGNED: { en: "it was already signed for (已签收); nothing more to do", zh: "已签收，无需再办理" },
  RETURNED: { en: "it was returned (已退回) and routed again; the dispute's newest routing is the one to act on", zh: "已退回并重新派单，请办理该纠纷最新的派单" },
  ESCALATED: { en: "its sign-for clock ran out (逾期未签收) and the dispute went a level up; the committee there signs for it now", zh: "逾期未签收，纠纷已上提一级，由上级调解组织签收" },
};

/** The dispatch, writable by the caller's scope, still waiting, and addressed to the caller's committee. */
async function ownWaitingDispatch(tx: HubContext, id: string, what: string): Promise<Dispatch> {
  // Locked: a double click on 签收 queues here instead of both passing the status check.
  const dispatch = await findForWriter(tx, Dispatch, id, { lock: true });
  const mine = callerCommitteeId(tx);
  if ((dispatch.committeeId ?? null) !== mine) {
    throw forbidden(
      `派单 ${id} is assigned to ${dispatch.committeeId ? `committee ${dispatch.committeeId}` : "the county centre"}; only its staff may ${what} it; you act for ${mine ? `committee ${mine}` : "the county centre"}`,
      `该派单已派给${dispatch.committeeId ? "其他人民调解委员会" : "县级矛调中心"}，只有其工作人员可以${what === "sign for" ? "签收" : "退回"}`,
    );
  }
  if (dispatch.status !== DispatchStatus.ASSIGNED) throw conflict(
      `派单 ${id} is ${dispatch.status}, not ASSIGNED, so you cannot ${what} it: ${SETTLED[dispatch.status].en}`,
      `该派单${SETTLED[dispatch.status].zh}，不能再${what === "sign for" ? "签收" : "退回"}`,
      { dispatchId: id, status: dispatch.status },
    );
  return dispatch;
}

/**
 * A committee letting a dispute go (退回, 逾期上提, 人工改派) lets its mediation case go too: a case
 * the desk opened for that committee would otherwise stay with it, and only its mediators could
 * accept the case wherever the dispute went next.
 */
export async function releaseCase(tx: HubContext, dispatch: Dispatch): Promise<void> {
  if (!dispatch.committeeId) return;
  const theCase = await tx.em.findOne(MediationCase, { id: dispatch.mediationCaseId });
  // A case the committee already accepted stays with its mediator.
  if (theCase && theCase.committeeId === dispatch.committeeId && theCase.status === MediationCaseStatus.REGISTERED) theCase.committeeId = null;
}

/** 签收: the assigned committee takes the dispute on; the mediation case joins the committee. */
export async function signForDispatch(tx: HubContext, id: string, mediationCase: (id: string) => Promise<MediationCase>, now = new Date()): Promise<Dispatch> {
  const dispatch = await ownWaitingDispatch(tx, id, "sign for");
  dispatch.status = DispatchStatus.SIGNED;
  dispatch.signedAt = now;
  const theCase = await mediationCase(dispatch.mediationCaseId);
  if (dispatch.committeeId) theCase.committeeId = dispatch.committeeId;
  return dispatch;
}

/**
 * 受理 settles the case's waiting routing: a committee that accepts the case has signed for it
 * (签收), and a case accepted by another committee's mediator (a person decided) takes the routing
 * off the committee it was waiting for, like 人工改派. Either way its clock no longer runs.
 */
export async function settleDispatchOnAcceptance(tx: HubContext, mediationCaseId: string, committee: MediationCommittee, now = new Date()): Promise<void> {
  for (const waiting of await tx.em.find(Dispatch, { mediationCaseId, status: DispatchStatus.ASSIGNED })) {
    if (waiting.committeeId === committee.id) {
      waiting.status = DispatchStatus.SIGNED;
      waiting.signedAt = now;
    } else {
      waiting.status = DispatchStatus.RETURNED;
      waiting.returnedAt = now;
      waiting.returnReason = `人工改派: 由 ${committee.name} 受理`;
    }
  }
}

/**
 * 退回: the committee returns the dispute with a reason and it is routed again, never to a committee
 * that already had it. When the table has nobody left, it goes to the county centre (矛调中心), whose
 * staff decide in person; the centre itself cannot return it (CONFLICT).
 */
export async function returnDispatch(tx: HubContext, id: string, reason: string | null | undefined, dispute: (id: string) => Promise<Dispute>, now = new Date()): Promise<Dispatch> {
  const text = requireText("reason", reason ?? "", 1000);
  const dispatch = await ownWaitingDispatch(tx, id, "return");
  if (!dispatch.committeeId) throw conflict(
      `派单 ${id} is held by the county centre, the last level (兜底); the centre's staff decide it in person, it cannot be returned`,
      "该派单已在县级矛调中心兜底办理，由中心工作人员当面处理，不能退回",
      { dispatchId: id },
    );
  dispatch.status = DispatchStatus.RETURNED;
  dispatch.returnedAt = now;
  dispatch.returnReason = text;
  await releaseCase(tx, dispatch);
  const theDispute = await dispute(dispatch.disputeId);
  const tried = new Set((await dispatchesOf(tx, dispatch.disputeId)).map((d) => d.committeeId).filter((c): c is string => c != null));
  const route = await chooseRoute(tx, theDispute, tried);
  return createDispatch(tx, theDispute, { id: dispatch.mediationCaseId }, dispatch.source, route, "RETURN", dispatch.attempt + 1, now);
}

/** 逾期上提: a missed sign-for clock sends the dispute to the level above; null at the county centre. */
export async function escalateDispatch(tx: HubContext, dispatch: Dispatch, dispute: Dispute, now: Date): Promise<Dispatch | null> {
  let level = LEVEL_ABOVE[dispatch.level];
  if (!level) return null;
  // Every committee that already had the dispute, not just this one: a township that returned it to
  // the village must not get it back because the village then let its clock run out.
  const tried = new Set((await dispatchesOf(tx, dispatch.disputeId)).map((d) => d.committeeId).filter((c): c is string => c != null));
  let committee: MediationCommittee | null = null;
  while (level) {
    committee = await committeeAt(tx, level, dispute.divisionCode, tried);
    if (committee || level === DispatchLevel.COUNTY) break;
    level = LEVEL_ABOVE[level];
  }
  dispatch.status = DispatchStatus.ESCALATED;
  dispatch.escalatedAt = now;
  await releaseCase(tx, dispatch);
  const route = { committee, level: level ?? DispatchLevel.COUNTY, rule: (level === DispatchLevel.TOWNSHIP ? "TOWNSHIP" : "COUNTY") as RoutingRule };
  return createDispatch(tx, dispute, { id: dispatch.mediationCaseId }, dispatch.source, route, "ESCALATION", dispatch.attempt + 1, now);
}
