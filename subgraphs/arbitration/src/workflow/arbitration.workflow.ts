import { defineActions, defineWorkflow, dueDate, type Problem } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum ArbitrationKind {
  LABOUR = "LABOUR",
  COMMERCIAL = "COMMERCIAL",
}
registerEnumType(ArbitrationKind, {
  name: "ArbitrationKind",
  description: "Which kind of arbitration the case is.",
  valuesConfig: {
    LABOUR: { description: "劳动人事争议仲裁: 劳动争议调解仲裁法; 1-year limitation, acceptance in 5 days, award in 45 (+15) days" },
    COMMERCIAL: { description: "商事仲裁: 仲裁法; acceptance in 5 days, award time limit set by the commission's own rules" },
  },
});

export enum ArbitrationStatus {
  APPLIED = "APPLIED",
  PRE_MEDIATION = "PRE_MEDIATION",
  ACCEPTED = "ACCEPTED",
  NOT_ACCEPTED = "NOT_ACCEPTED",
  HEARING = "HEARING",
  CLOSED = "CLOSED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ArbitrationStatus, {
  name: "ArbitrationStatus",
  description: "Where an arbitration case stands.",
  valuesConfig: {
    APPLIED: { description: "已申请: the commission decides within 5 days whether to accept" },
    PRE_MEDIATION: { description: "先行调解: the commission mediates before deciding on acceptance (labour: 15 days)" },
    ACCEPTED: { description: "已受理: the tribunal is formed; labour cases end within 45 days (+15 once)" },
    NOT_ACCEPTED: { description: "不予受理: the applicant may sue in court" },
    HEARING: { description: "开庭审理中" },
    CLOSED: { description: "已结案: with a mediation statement (仲裁调解书) or an award (裁决书)" },
    WITHDRAWN: { description: "撤回仲裁申请" },
  },
});

export enum ArbitrationOutcome {
  MEDIATION_STATEMENT = "MEDIATION_STATEMENT",
  AWARD = "AWARD",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ArbitrationOutcome, {
  name: "ArbitrationOutcome",
  description: "How an arbitration case ended.",
  valuesConfig: {
    MEDIATION_STATEMENT: { description: "仲裁调解书: the parties settled before the tribunal; binding once signed" },
    AWARD: { description: "裁决: the tribunal's award (裁决书)" },
    WITHDRAWN: { description: "撤回: the applicant withdrew the application" },
  },
});

export const ArbitrationCaseAction = defineActions("ArbitrationCaseAction", "A step of an arbitration case's workflow, as the console offers it.", {
  startPreMediation: "先行调解: the commission mediates before deciding on acceptance (labour: 15 days)",
  accept: "受理: the commission accepts and numbers the case; the award period starts",
  decline: "不予受理: the commission does not accept the application; the applicant may sue in court",
  startHearing: "开庭审理: the tribunal opens the hearing",
  extendAward: "延长审理期限: 15 more days for a complex labour case (Art 43, once)",
  closeWithMediationStatement: "调解结案: the parties settle before the tribunal (仲裁调解书)",
  closeWithAward: "裁决结案: the tribunal makes its award (裁决书) after the hearing",
  withdraw: "撤回申请: the applicant withdraws the application before the case ends",
});
export type ArbitrationCaseAction = keyof typeof ArbitrationCaseAction;

export const arbitrationWorkflow = defineWorkflow<ArbitrationStatus, ArbitrationCaseAction>({
  caseType: "ArbitrationCase",
  initial: ArbitrationStatus.APPLIED,
  transitions: {
    startPreMediation: { from: [ArbitrationStatus.APPLIED], to: ArbitrationStatus.PRE_MEDIATION },
    accept: { from: [ArbitrationStatus.APPLIED, ArbitrationStatus.PRE_MEDIATION], to: ArbitrationStatus.ACCEPTED },
    decline: { from: [ArbitrationStatus.APPLIED, ArbitrationStatus.PRE_MEDIATION], to: ArbitrationStatus.NOT_ACCEPTED },
    startHearing: { from: [ArbitrationStatus.ACCEPTED], to: ArbitrationStatus.HEARING },
    // The award period may be extended once at any point after acceptance; the status does not change.
    extendAward: { from: [ArbitrationStatus.ACCEPTED, ArbitrationStatus.HEARING] },
    // The tribunal mediates before it awards (Art 42): a 调解书 may come before or during the hearing; an award only after it.
    closeWithMediationStatement: { from: [ArbitrationStatus.ACCEPTED, ArbitrationStatus.HEARING], to: ArbitrationStatus.CLOSED },
    closeWithAward: { from: [ArbitrationStatus.HEARING], to: ArbitrationStatus.CLOSED },
    withdraw: {
      from: [ArbitrationStatus.APPLIED, ArbitrationStatus.PRE_MEDIATION, ArbitrationStatus.ACCEPTED, ArbitrationStatus.HEARING],
      to: ArbitrationStatus.WITHDRAWN,
    },
  },
});

export const OPEN_ARBITRATION_STATUSES = [
  ArbitrationStatus.APPLIED,
  ArbitrationStatus.PRE_MEDIATION,
  ArbitrationStatus.ACCEPTED,
  ArbitrationStatus.HEARING,
];

/** Dispute types a labour-arbitration commission handles. */
export const LABOUR_DISPUTE_TYPES = ["LABOUR", "MIGRANT_WORKER_WAGES"] as const;

export const MAX_CLAIMS = 20;

/** Acceptance decision due 5 days after the application (劳动争议调解仲裁法 Art 29; 仲裁法 Art 24 has the same 5 days). */
export function acceptanceDueAt(appliedAt: Date): Date {
  return dueDate("ARBITRATION_ACCEPTANCE", appliedAt);
}

/**
 * While the commission mediates first (先行调解), a labour case is due when the 15-day mediation
 * period ends; commercial arbitration law sets no such period, so the acceptance clock keeps running.
 */
export function preMediationDueAt(kind: ArbitrationKind, startedAt: Date, current: Date | null | undefined): Date | null {
  return kind === ArbitrationKind.LABOUR ? dueDate("LABOUR_MEDIATION", startedAt) : (current ?? null);
}

/**
 * Labour cases end within 45 days of acceptance, 60 with the one extension (Art 43). Commercial
 * arbitration has no statutory award period (each commission's rules set one), so none is enforced.
 */
export function awardDueAt(kind: ArbitrationKind, acceptedAt: Date, extended: boolean): Date | null {
  return kind === ArbitrationKind.LABOUR ? dueDate("ARBITRATION_AWARD", acceptedAt, extended) : null;
}

/**
 * The last moment a labour claim may be applied for: one year from the day the party knew or
 * should have known of the infringement (劳动争议调解仲裁法 Art 27), counted like every period.
 */
export function labourLimitationEnd(disputeAroseAt: Date): Date {
  return dueDate("LABOUR_ARBITRATION_LIMITATION", disputeAroseAt);
}


/**
 * The last moment to sue in court against a labour award: 15 days from receiving it (Art 48);
 * after that the award is legally effective (Art 50). The hub records no separate service date,
 * so the period runs from the day the award was made. Commercial awards are final (一裁终局): none.
 */
export function suitDueAt(kind: ArbitrationKind, outcome: ArbitrationOutcome | null | undefined, closedAt: Date | null | undefined): Date | null {
  return kind === ArbitrationKind.LABOUR && outcome === ArbitrationOutcome.AWARD && closedAt ? dueDate("LABOUR_AWARD_SUIT", closedAt) : null;
}

/**
 * Why the case's record rules out a step its status allows (the award period of a commercial case
 * is the commission's own, a labour case extends once), or null. The mutation refuses with this
 * message, and `availableActions` leaves such a step out.
 */
export function arbitrationStepRefusal(action: ArbitrationCaseAction, arbitration: { kind: ArbitrationKind; awardExtended: boolean }): Problem | null {
  if (action !== "extendAward") return null;
  if (arbitration.kind !== ArbitrationKind.LABOUR) {
    return { en: "it is a commercial arbitration; its award period is set by the commission's rules, not extended here", zh: "商事仲裁的裁决期限依仲裁委员会仲裁规则确定，不在此延长" };
  }
  if (arbitration.awardExtended) return { en: "the award period was already extended once; the law allows one extension of 15 days", zh: "裁决期限已经延长过一次，依法只能延长一次（不超过 15 日）" };
  return null;
}
