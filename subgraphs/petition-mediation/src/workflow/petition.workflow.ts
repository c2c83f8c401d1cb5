import { chinaDateString, defineActions, defineWorkflow, dueDate, type Problem } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum PetitionForm {
  VISIT = "VISIT",
  LETTER = "LETTER",
  ONLINE = "ONLINE",
  HOTLINE_12345 = "HOTLINE_12345",
}
registerEnumType(PetitionForm, {
  name: "PetitionForm",
  description: "How the petition reached the letters-and-visits bureau (信访形式).",
  valuesConfig: {
    VISIT: { description: "来访: the petitioner came in person" },
    LETTER: { description: "来信: by letter" },
    ONLINE: { description: "网上信访: through the online petition platform" },
    HOTLINE_12345: { description: "12345热线: a ticket passed on from the 12345 government service hotline" },
  },
});

export enum PetitionStatus {
  REGISTERED = "REGISTERED",
  ACCEPTED = "ACCEPTED",
  NOT_ACCEPTED = "NOT_ACCEPTED",
  DIVERTED = "DIVERTED",
  REPLIED = "REPLIED",
  REVIEW_REQUESTED = "REVIEW_REQUESTED",
  REVIEWED = "REVIEWED",
  REREVIEW_REQUESTED = "REREVIEW_REQUESTED",
  REREVIEWED = "REREVIEWED",
  CLOSED = "CLOSED",
}
registerEnumType(PetitionStatus, {
  name: "PetitionStatus",
  description: "Where a petition (信访件) stands under the 信访工作条例 (2022).",
  valuesConfig: {
    REGISTERED: { description: "已登记: the bureau decides within 15 days to accept, not accept or divert it" },
    ACCEPTED: { description: "已受理: a written reply is due within 60 days (+30 once with approval)" },
    NOT_ACCEPTED: { description: "不予受理: the petitioner was told why" },
    DIVERTED: { description: "已转调解 (访调对接): diverted to a mediation organisation; its outcome and the satisfaction callback come back" },
    REPLIED: { description: "已书面答复: the petitioner may request a review (复查) within 30 days" },
    REVIEW_REQUESTED: { description: "复查中: the review answer is due within 30 days of the request" },
    REVIEWED: { description: "已复查: the petitioner may request a re-review (复核) within 30 days" },
    REREVIEW_REQUESTED: { description: "复核中: the re-review answer is due within 30 days of the request" },
    REREVIEWED: { description: "已复核: the re-review opinion is final" },
    CLOSED: { description: "已办结" },
  },
});

export enum PetitionSatisfaction {
  SATISFIED = "SATISFIED",
  BASICALLY_SATISFIED = "BASICALLY_SATISFIED",
  UNSATISFIED = "UNSATISFIED",
}
registerEnumType(PetitionSatisfaction, {
  name: "PetitionSatisfaction",
  description: "The petitioner's answer to the satisfaction callback (回访满意度).",
  valuesConfig: {
    SATISFIED: { description: "满意" },
    BASICALLY_SATISFIED: { description: "基本满意" },
    UNSATISFIED: { description: "不满意" },
  },
});

export const PetitionAction = defineActions("PetitionAction", "A step of a petition's workflow (信访工作条例), as the console offers it.", {
  accept: "受理: the bureau accepts the petition; the written reply is due within 60 days",
  decline: "不予受理: the bureau does not accept the petition and tells the petitioner why",
  divert: "转调解: the bureau diverts a civil dispute to a mediation organisation (访调对接)",
  extendHandling: "延期办理: the handling period is extended by 30 days (once)",
  reply: "书面答复: the bureau's written reply; the petitioner may request a review within 30 days",
  requestReview: "申请复查: the petitioner asks for a review within 30 days of the reply",
  answerReview: "复查意见: the reviewing authority answers the review request",
  requestReReview: "申请复核: the petitioner asks for a re-review within 30 days of the review opinion",
  answerReReview: "复核意见: the re-reviewing authority's final opinion",
  close: "办结: the petition is closed after the reply or the (re-)review",
  recordSatisfaction: "回访: the petitioner's answer to the satisfaction callback",
});
export type PetitionAction = keyof typeof PetitionAction;

export const petitionWorkflow = defineWorkflow<PetitionStatus, PetitionAction>({
  caseType: "Petition",
  initial: PetitionStatus.REGISTERED,
  transitions: {
    accept: { from: [PetitionStatus.REGISTERED], to: PetitionStatus.ACCEPTED },
    decline: { from: [PetitionStatus.REGISTERED], to: PetitionStatus.NOT_ACCEPTED },
    divert: { from: [PetitionStatus.REGISTERED], to: PetitionStatus.DIVERTED },
    extendHandling: { from: [PetitionStatus.ACCEPTED], to: PetitionStatus.ACCEPTED },
    reply: { from: [PetitionStatus.ACCEPTED], to: PetitionStatus.REPLIED },
    requestReview: { from: [PetitionStatus.REPLIED], to: PetitionStatus.REVIEW_REQUESTED },
    answerReview: { from: [PetitionStatus.REVIEW_REQUESTED], to: PetitionStatus.REVIEWED },
    requestReReview: { from: [PetitionStatus.REVIEWED], to: PetitionStatus.REREVIEW_REQUESTED },
    answerReReview: { from: [PetitionStatus.REREVIEW_REQUESTED], to: PetitionStatus.REREVIEWED },
    close: { from: [PetitionStatus.REPLIED, PetitionStatus.REVIEWED, PetitionStatus.REREVIEWED], to: PetitionStatus.CLOSED },
    // The satisfaction callback (回访): once the petitioner has a reply or the petition went to mediation.
    recordSatisfaction: {
      from: [
        PetitionStatus.DIVERTED, PetitionStatus.REPLIED, PetitionStatus.REVIEW_REQUESTED, PetitionStatus.REVIEWED,
        PetitionStatus.REREVIEW_REQUESTED, PetitionStatus.REREVIEWED, PetitionStatus.CLOSED,
      ],
    },
  },
});

/**
 * Statuses in which the bureau (or, once diverted, the mediation organisation) owes the next
 * step, so a passed dueAt is overdue (督办). In REPLIED and REVIEWED the clock is the
 * petitioner's window to ask for a review; letting it run out is not the agency's delay.
 */
export const AGENCY_OPEN_STATUSES = [
  PetitionStatus.REGISTERED,
  PetitionStatus.ACCEPTED,
  PetitionStatus.REVIEW_REQUESTED,
  PetitionStatus.REREVIEW_REQUESTED,
  PetitionStatus.DIVERTED,
];

/** Decide within 15 days of registration whether to accept, not accept or divert. */
export const acceptanceDueAt = (registeredAt: Date): Date => dueDate("PETITION_ACCEPTANCE", registeredAt);

/** Written reply within 60 days of acceptance, 90 once extended. */
export const handlingDueAt = (acceptedAt: Date, extended: boolean): Date => dueDate("PETITION_HANDLING", acceptedAt, extended);

/** The petitioner may ask for a review (复查) within 30 days of the reply. */
export const reviewRequestDueAt = (repliedAt: Date): Date => dueDate("PETITION_REVIEW_REQUEST", repliedAt);

/** The review answer is due within 30 days of the request. */
export const reviewAnswerDueAt = (requestedAt: Date): Date => dueDate("PETITION_REVIEW_ANSWER", requestedAt);

/** The petitioner may ask for a re-review (复核) within 30 days of the review answer. */
export const reReviewRequestDueAt = (reviewedAt: Date): Date => dueDate("PETITION_REREVIEW_REQUEST", reviewedAt);

/** The re-review answer is due within 30 days of the request. */
export const reReviewAnswerDueAt = (requestedAt: Date): Date => dueDate("PETITION_REREVIEW_ANSWER", requestedAt);

/** A diverted petition is in people's mediation, which is generally concluded within a month. */
export const divertedMediationDueAt = (divertedAt: Date): Date => dueDate("PEOPLES_MEDIATION", divertedAt);

/** Petition numbers: XF-<year>-<serial>, the year of registration in China Standard Time. */
export const PETITION_NUMBER_PATTERN = /^XF-(\d{4})-(\d{6,})$/;

export function formatPetitionNumber(year: number, serial: number): string {
  return `XF-${year}-${String(serial).padStart(6, "0")}`;
}


/** What the record says about the one-time and time-limited steps (the Petition entity has these). */
interface PetitionFacts {
  handlingExtended: boolean;
  repliedAt?: Date | null;
  reviewedAt?: Date | null;
}

/**
 * Why the petition's record rules out a step its status allows (extended once already, the
 * petitioner's 30-day window closed), or null. The mutations refuse with this message, and
 * `availableActions` leaves such a step out.
 */
export function petitionStepRefusal(action: PetitionAction, petition: PetitionFacts, now = new Date()): Problem | null {
  if (action === "extendHandling" && petition.handlingExtended) {
    return { en: "the handling period was already extended once; the law allows one extension of 30 days", zh: "办理期限已经延长过一次，依法只能延长一次（不超过 30 日）" };
  }
  if (action === "requestReview" && petition.repliedAt && now > reviewRequestDueAt(petition.repliedAt)) {
    const [replied, closed] = [chinaDateString(petition.repliedAt), chinaDateString(reviewRequestDueAt(petition.repliedAt))];
    return {
      en: `the reply was given on ${replied}; the 30-day window to request a review closed on ${closed}`,
      zh: `书面答复意见于 ${replied} 作出，请求复查的 30 日期限已于 ${closed} 届满`,
    };
  }
  if (action === "requestReReview" && petition.reviewedAt && now > reReviewRequestDueAt(petition.reviewedAt)) {
    const [reviewed, closed] = [chinaDateString(petition.reviewedAt), chinaDateString(reReviewRequestDueAt(petition.reviewedAt))];
    return {
      en: `the review opinion was given on ${reviewed}; the 30-day window to request a re-review closed on ${closed}`,
      zh: `复查意见于 ${reviewed} 作出，请求复核的 30 日期限已于 ${closed} 届满`,
    };
  }
  return null;
}
