import { registerEnumType } from "type-graphql";
import type { TimeLimitName } from "../deadlines.ts";

/** Every kind of handoff between agencies: who sends it, who receives it, what the receiver opens. */
export enum HandoffKind {
  POLICE_REFERRAL = "POLICE_REFERRAL",
  PETITION_DIVERSION = "PETITION_DIVERSION",
  COURT_REFERRAL = "COURT_REFERRAL",
  JUDICIAL_CONFIRMATION = "JUDICIAL_CONFIRMATION",
  ENFORCEABLE_NOTARISATION = "ENFORCEABLE_NOTARISATION",
  LABOUR_ARBITRATION = "LABOUR_ARBITRATION",
  COURT_FILING = "COURT_FILING",
  AWARD_CHALLENGE = "AWARD_CHALLENGE",
}

registerEnumType(HandoffKind, {
  name: "HandoffKind",
  description: "The linkage a handoff belongs to.",
  valuesConfig: {
    POLICE_REFERRAL: { description: "警调对接: a civil dispute from a 110 incident, police → mediation centre" },
    PETITION_DIVERSION: { description: "访调对接: a petition diverted to mediation, petition bureau → mediation centre" },
    COURT_REFERRAL: { description: "诉调对接: 委派 / 委托 mediation, court → mediation centre; the result goes back to the court" },
    JUDICIAL_CONFIRMATION: { description: "司法确认: a signed agreement sent for confirmation, mediation centre → court, within 30 days" },
    ENFORCEABLE_NOTARISATION: { description: "赋强公证: an agreement with a payment obligation, mediation centre → notary" },
    LABOUR_ARBITRATION: { description: "劳动仲裁: a failed labour mediation, mediation centre → arbitration" },
    COURT_FILING: { description: "调解不成转立案: a failed or terminated mediation sent to a court for filing, mediation centre → court" },
    AWARD_CHALLENGE: { description: "不服仲裁裁决起诉: an arbitration award challenged in court, arbitration → court" },
  },
});

export interface HandoffRoute {
  from: string;
  to: string;
  /** The case type the receiver opens when it accepts. */
  opens: string;
  /** How long the receiver has to accept or reject, unless the sender gives a due date of its own. */
  acceptWithin: TimeLimitName;
}

/** The routing table: one row per kind, so a handoff can only travel a road that exists. */
export const HANDOFF_ROUTES: Record<HandoffKind, HandoffRoute> = {
  POLICE_REFERRAL: { from: "police-mediation", to: "mediation-center", opens: "MediationCase", acceptWithin: "HANDOFF_ACCEPTANCE" },
  PETITION_DIVERSION: { from: "petition-mediation", to: "mediation-center", opens: "MediationCase", acceptWithin: "HANDOFF_ACCEPTANCE" },
  COURT_REFERRAL: { from: "court-mediation", to: "mediation-center", opens: "MediationCase", acceptWithin: "HANDOFF_ACCEPTANCE" },
  JUDICIAL_CONFIRMATION: { from: "mediation-center", to: "court-mediation", opens: "JudicialConfirmation", acceptWithin: "JUDICIAL_CONFIRMATION_ACCEPTANCE" },
  ENFORCEABLE_NOTARISATION: { from: "mediation-center", to: "notary", opens: "NotarisationApplication", acceptWithin: "HANDOFF_ACCEPTANCE" },
  LABOUR_ARBITRATION: { from: "mediation-center", to: "arbitration", opens: "ArbitrationCase", acceptWithin: "ARBITRATION_ACCEPTANCE" },
  COURT_FILING: { from: "mediation-center", to: "court-mediation", opens: "CourtFiling", acceptWithin: "COURT_FILING_DECISION" },
  AWARD_CHALLENGE: { from: "arbitration", to: "court-mediation", opens: "CourtFiling", acceptWithin: "COURT_FILING_DECISION" },
};

export enum HandoffStatus {
  OFFERED = "OFFERED",
  DELIVERED = "DELIVERED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  COMPLETED = "COMPLETED",
  EXPIRED = "EXPIRED",
}

registerEnumType(HandoffStatus, {
  name: "HandoffStatus",
  description: "Where a handoff stands. offered → delivered → accepted / rejected → completed, or expired.",
  valuesConfig: {
    OFFERED: { description: "已发出: written by the sender, on its way" },
    DELIVERED: { description: "已送达: the receiver has it and must accept or reject before dueAt" },
    ACCEPTED: { description: "已接收: the receiver opened its own case" },
    REJECTED: { description: "已退回: the receiver refused it, with a reason" },
    COMPLETED: { description: "已办结: the receiver's case ended and its result went back to the sender" },
    EXPIRED: { description: "已超期: nobody accepted or rejected it before dueAt" },
  },
});

/** How the receiver's case ended, in the terms the sender acts on. */
export enum HandoffOutcome {
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}

registerEnumType(HandoffOutcome, {
  name: "HandoffOutcome",
  description: "How the receiver's case ended.",
  valuesConfig: {
    SUCCEEDED: { description: "成功: agreement reached, agreement confirmed, certificate issued, case closed with a 调解书 or award" },
    FAILED: { description: "未成功: mediation failed or ended, confirmation rejected, notarisation refused, arbitration declined or withdrawn" },
  },
});

export enum HandoffDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}

registerEnumType(HandoffDirection, {
  name: "HandoffDirection",
  description: "Whether this channel sent or received the handoff.",
  valuesConfig: { OUTGOING: { description: "移出: this channel sent it" }, INCOMING: { description: "移入: this channel received it" } },
});

/** Statuses in which the receiver still owes an answer (督办 watches these). */
export const AWAITING_ANSWER = [HandoffStatus.OFFERED, HandoffStatus.DELIVERED];

/** Order of the statuses, so a late or repeated update never moves a handoff backwards. */
export const STATUS_RANK: Record<HandoffStatus, number> = {
  OFFERED: 0,
  DELIVERED: 1,
  ACCEPTED: 2,
  REJECTED: 3,
  EXPIRED: 3,
  COMPLETED: 4,
};
