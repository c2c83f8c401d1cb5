import { defineWorkflow, dueDate } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum MediationCaseStatus {
  REGISTERED = "REGISTERED",
  ACCEPTED = "ACCEPTED",
  MEDIATING = "MEDIATING",
  AGREEMENT_REACHED = "AGREEMENT_REACHED",
  FAILED = "FAILED",
  TERMINATED = "TERMINATED",
}
registerEnumType(MediationCaseStatus, {
  name: "MediationCaseStatus",
  description: "Where a people's mediation case (人民调解案件) stands.",
  valuesConfig: {
    REGISTERED: { description: "已登记: registered at intake, waiting for a committee to accept it" },
    ACCEPTED: { description: "已受理: a mediator is assigned; mediation is generally concluded within one month" },
    MEDIATING: { description: "调解中" },
    AGREEMENT_REACHED: { description: "调解成功: a mediation agreement (人民调解协议书) was signed" },
    FAILED: { description: "调解不成: the parties may turn to arbitration, administrative or judicial channels" },
    TERMINATED: { description: "终止调解: a party refused or withdrew from mediation (当事人拒绝调解)" },
  },
});

export type MediationCaseAction = "accept" | "startMediation" | "recordAgreement" | "recordFailure" | "terminate";

export const mediationCaseWorkflow = defineWorkflow<MediationCaseStatus, MediationCaseAction>({
  caseType: "MediationCase",
  initial: MediationCaseStatus.REGISTERED,
  transitions: {
    accept: { from: [MediationCaseStatus.REGISTERED], to: MediationCaseStatus.ACCEPTED },
    startMediation: { from: [MediationCaseStatus.ACCEPTED], to: MediationCaseStatus.MEDIATING },
    recordAgreement: { from: [MediationCaseStatus.MEDIATING], to: MediationCaseStatus.AGREEMENT_REACHED },
    recordFailure: { from: [MediationCaseStatus.MEDIATING], to: MediationCaseStatus.FAILED },
    // 人民调解法 Art 17: mediation needs both parties' consent; a party may refuse it before acceptance or withdraw later.
    terminate: { from: [MediationCaseStatus.REGISTERED, MediationCaseStatus.ACCEPTED, MediationCaseStatus.MEDIATING], to: MediationCaseStatus.TERMINATED },
  },
});

/** Statuses in which the one-month clock runs. */
export const OPEN_MEDIATION_CASE_STATUSES = [MediationCaseStatus.ACCEPTED, MediationCaseStatus.MEDIATING];

/** Where a case has ended (办结), whatever the outcome. */
export const CONCLUDED_MEDIATION_CASE_STATUSES = [MediationCaseStatus.AGREEMENT_REACHED, MediationCaseStatus.FAILED, MediationCaseStatus.TERMINATED];

/** People's mediation is generally concluded within one month of acceptance. */
export function mediationDueAt(acceptedAt: Date): Date {
  return dueDate("PEOPLES_MEDIATION", acceptedAt);
}
