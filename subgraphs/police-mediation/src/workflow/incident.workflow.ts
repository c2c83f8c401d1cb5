import { defineWorkflow, dueDate } from "@hub/kit";
import { registerEnumType } from "type-graphql";

/**
 * What the police recorded the 110 call as. The first group are the minor acts arising from civil
 * disputes that 治安管理处罚法 Art 9 lets the police mediate; the second group is excluded from
 * police mediation (see exclusions.ts), whatever the parties want.
 */
export enum IncidentCategory {
  NEIGHBOUR_QUARREL = "NEIGHBOUR_QUARREL",
  FAMILY_DISPUTE = "FAMILY_DISPUTE",
  MINOR_ASSAULT = "MINOR_ASSAULT",
  PROPERTY_DAMAGE = "PROPERTY_DAMAGE",
  TRAFFIC_DISPUTE = "TRAFFIC_DISPUTE",
  CONSUMER_DISPUTE = "CONSUMER_DISPUTE",
  LABOUR_WAGE = "LABOUR_WAGE",
  HIRED_VIOLENCE = "HIRED_VIOLENCE",
  GANG_FIGHT = "GANG_FIGHT",
  PROVOCATION = "PROVOCATION",
  OTHER = "OTHER",
}
registerEnumType(IncidentCategory, {
  name: "IncidentCategory",
  description: "Category of a 110 incident (警情类别). HIRED_VIOLENCE, GANG_FIGHT and PROVOCATION are excluded from police mediation by 公通字〔2007〕81号.",
  valuesConfig: {
    NEIGHBOUR_QUARREL: { description: "邻里纠纷" },
    FAMILY_DISPUTE: { description: "家庭纠纷" },
    MINOR_ASSAULT: { description: "轻微伤害: minor injury arising from a civil dispute" },
    PROPERTY_DAMAGE: { description: "损毁财物" },
    TRAFFIC_DISPUTE: { description: "交通纠纷" },
    CONSUMER_DISPUTE: { description: "消费纠纷" },
    LABOUR_WAGE: { description: "劳资纠纷" },
    HIRED_VIOLENCE: { description: "雇凶伤害: excluded from police mediation" },
    GANG_FIGHT: { description: "结伙斗殴: excluded from police mediation" },
    PROVOCATION: { description: "寻衅滋事: excluded from police mediation" },
    OTHER: { description: "其他" },
  },
});

export enum PoliceIncidentStatus {
  REPORTED = "REPORTED",
  MEDIATION_SCHEDULED = "MEDIATION_SCHEDULED",
  SECOND_SESSION_SCHEDULED = "SECOND_SESSION_SCHEDULED",
  AGREEMENT_REACHED = "AGREEMENT_REACHED",
  PERFORMED = "PERFORMED",
  FAILED = "FAILED",
  PENALISED = "PENALISED",
  REFERRED_TO_MEDIATION_CENTER = "REFERRED_TO_MEDIATION_CENTER",
}
registerEnumType(PoliceIncidentStatus, {
  name: "PoliceIncidentStatus",
  description: "Where a 110 incident stands in police mediation (治安调解).",
  valuesConfig: {
    REPORTED: { description: "已接警: recorded from the 110 call, not yet in mediation" },
    MEDIATION_SCHEDULED: { description: "已安排调解: the first session is due within 3 working days of the report" },
    SECOND_SESSION_SCHEDULED: { description: "再次调解: the first session failed; a second is due within 7 working days of it" },
    AGREEMENT_REACHED: { description: "达成协议: waiting for the parties to perform it" },
    PERFORMED: { description: "协议已履行: no penalty is imposed (不予处罚)" },
    FAILED: { description: "调解不成或协议未履行: the police decide on a penalty or refer the case" },
    PENALISED: { description: "依法处罚: penalised, and the parties told they may sue over the civil dispute (告知可向法院起诉)" },
    REFERRED_TO_MEDIATION_CENTER: { description: "移交调解中心: handed to people's mediation (公调对接)" },
  },
});

export type PoliceIncidentAction =
  | "scheduleMediation"
  | "recordAgreement"
  | "scheduleSecondSession"
  | "recordMediationFailure"
  | "recordPerformance"
  | "recordNonPerformance"
  | "penalise"
  | "referToMediationCenter";

export const incidentWorkflow = defineWorkflow<PoliceIncidentStatus, PoliceIncidentAction>({
  caseType: "PoliceIncident",
  initial: PoliceIncidentStatus.REPORTED,
  transitions: {
    scheduleMediation: { from: [PoliceIncidentStatus.REPORTED], to: PoliceIncidentStatus.MEDIATION_SCHEDULED },
    // A session held with agreement: the first one, or the second after the first failed.
    recordAgreement: { from: [PoliceIncidentStatus.MEDIATION_SCHEDULED, PoliceIncidentStatus.SECOND_SESSION_SCHEDULED], to: PoliceIncidentStatus.AGREEMENT_REACHED },
    // Police mediation is one session, at most one more when needed (公通字〔2007〕81号).
    scheduleSecondSession: { from: [PoliceIncidentStatus.MEDIATION_SCHEDULED], to: PoliceIncidentStatus.SECOND_SESSION_SCHEDULED },
    recordMediationFailure: { from: [PoliceIncidentStatus.SECOND_SESSION_SCHEDULED], to: PoliceIncidentStatus.FAILED },
    recordPerformance: { from: [PoliceIncidentStatus.AGREEMENT_REACHED], to: PoliceIncidentStatus.PERFORMED },
    recordNonPerformance: { from: [PoliceIncidentStatus.AGREEMENT_REACHED], to: PoliceIncidentStatus.FAILED },
    penalise: { from: [PoliceIncidentStatus.FAILED], to: PoliceIncidentStatus.PENALISED },
    referToMediationCenter: { from: [PoliceIncidentStatus.REPORTED, PoliceIncidentStatus.FAILED], to: PoliceIncidentStatus.REFERRED_TO_MEDIATION_CENTER },
  },
});

/** Statuses in which a legal clock runs (a session is due); only these can be overdue. */
export const OPEN_INCIDENT_STATUSES = [
  PoliceIncidentStatus.REPORTED,
  PoliceIncidentStatus.MEDIATION_SCHEDULED,
  PoliceIncidentStatus.SECOND_SESSION_SCHEDULED,
];

/** The first session is due within 3 working days of the report (受案后三个工作日内). */
export function firstSessionDueAt(reportedAt: Date): Date {
  return dueDate("POLICE_FIRST_SESSION", reportedAt);
}

/** A second session is due within 7 working days of the first (第一次调解后七个工作日内). */
export function secondSessionDueAt(firstSessionHeldAt: Date): Date {
  return dueDate("POLICE_SECOND_SESSION", firstSessionHeldAt);
}
