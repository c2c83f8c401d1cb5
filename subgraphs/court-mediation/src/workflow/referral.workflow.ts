import { defineWorkflow, dueDate, type TimeLimitName } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum ReferralKind {
  DELEGATED = "DELEGATED",
  ENTRUSTED = "ENTRUSTED",
}
registerEnumType(ReferralKind, {
  name: "ReferralKind",
  description: "How the court hands the case to mediation.",
  valuesConfig: {
    DELEGATED: { description: "委派调解: before the case is filed (诉前), 30 days" },
    ENTRUSTED: { description: "委托调解: after filing (诉中), 15 days ordinary / 7 days simplified procedure" },
  },
});

export enum CourtProcedure {
  ORDINARY = "ORDINARY",
  SIMPLIFIED = "SIMPLIFIED",
}
registerEnumType(CourtProcedure, {
  name: "CourtProcedure",
  description: "Trial procedure of a filed case; decides the entrusted-mediation time limit.",
  valuesConfig: { ORDINARY: { description: "普通程序" }, SIMPLIFIED: { description: "简易程序" } },
});

export enum ReferralStatus {
  REFERRED = "REFERRED",
  IN_MEDIATION = "IN_MEDIATION",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ReferralStatus, {
  name: "ReferralStatus",
  description: "Where a court referral stands.",
  valuesConfig: {
    REFERRED: { description: "已委派/委托, waiting for a mediation organisation to take it up" },
    IN_MEDIATION: { description: "调解中" },
    SUCCEEDED: { description: "调解成功: agreement reached, result returned to the court" },
    FAILED: { description: "调解不成: the court files the case or continues the trial" },
    WITHDRAWN: { description: "撤回: the court or the parties withdrew the referral" },
  },
});

export enum CourtReferralAction {
  handOff = "handOff",
  startMediation = "startMediation",
  extendByConsent = "extendByConsent",
  recordSuccess = "recordSuccess",
  recordFailure = "recordFailure",
  withdraw = "withdraw",
}
registerEnumType(CourtReferralAction, {
  name: "CourtReferralAction",
  description: "A step of a court referral's workflow (the transitions of its table); CourtReferral.availableActions lists those the caller may take now.",
  valuesConfig: {
    handOff: { description: "移交调解中心: hand the referral to the mediation centre (handOffReferralToMediationCenter)" },
    startMediation: { description: "开始调解: a mediation organisation takes it up (startReferralMediation)" },
    extendByConsent: { description: "经同意延长: the parties agree to more time (extendReferralByConsent)" },
    recordSuccess: { description: "调解成功: record the agreement for the court (recordReferralSuccess)" },
    recordFailure: { description: "调解不成: record why mediation failed (recordReferralFailure)" },
    withdraw: { description: "撤回: withdraw the referral (withdrawReferral)" },
  },
});

// The actions by their names (`${…}`): the steps name them as strings, GraphQL lists them as the enum.
export const referralWorkflow = defineWorkflow<ReferralStatus, `${CourtReferralAction}`>({
  caseType: "CourtReferral",
  initial: ReferralStatus.REFERRED,
  transitions: {
    // The court sends the referral to the mediation centre (移交); it stays REFERRED until accepted.
    handOff: { from: [ReferralStatus.REFERRED], to: ReferralStatus.REFERRED },
    startMediation: { from: [ReferralStatus.REFERRED], to: ReferralStatus.IN_MEDIATION },
    extendByConsent: { from: [ReferralStatus.IN_MEDIATION], to: ReferralStatus.IN_MEDIATION },
    recordSuccess: { from: [ReferralStatus.IN_MEDIATION], to: ReferralStatus.SUCCEEDED },
    recordFailure: { from: [ReferralStatus.IN_MEDIATION], to: ReferralStatus.FAILED },
    withdraw: { from: [ReferralStatus.REFERRED, ReferralStatus.IN_MEDIATION], to: ReferralStatus.WITHDRAWN },
  },
});

export const OPEN_REFERRAL_STATUSES = [ReferralStatus.REFERRED, ReferralStatus.IN_MEDIATION];

/**
 * A referral whose mediation time limit has run out can no longer be handed off: the centre could
 * not answer before the court must file the case or resume the trial.
 */
export function mediationTimeLimitOver(referral: { dueAt: Date }, now = new Date()): boolean {
  return referral.dueAt.getTime() <= now.getTime();
}

/** The mediation time limit of a referral, from the legal table. */
export function referralTimeLimit(kind: ReferralKind, procedure: CourtProcedure | null | undefined): TimeLimitName {
  if (kind === ReferralKind.DELEGATED) return "COURT_DELEGATED_MEDIATION";
  return procedure === CourtProcedure.SIMPLIFIED ? "COURT_ENTRUSTED_MEDIATION_SIMPLIFIED" : "COURT_ENTRUSTED_MEDIATION_ORDINARY";
}

export function referralDueAt(kind: ReferralKind, procedure: CourtProcedure | null | undefined, referredAt: Date): Date {
  return dueDate(referralTimeLimit(kind, procedure), referredAt);
}
