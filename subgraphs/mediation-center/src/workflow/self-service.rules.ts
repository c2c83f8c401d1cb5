import { registerEnumType } from "type-graphql";

// Limits of the party self-service (群众端, issue 13), in one table so they are tuned in one place.

export const SELF_SERVICE_RULES = {
  /** Parties an online application may name: at least the applicant, at most as many as a desk registration takes. */
  minParties: 1,
  maxParties: 50,
  /** 事实经过 and 申请事项 together become the dispute's description (4000 characters at most). */
  maxFactsLength: 3000,
  maxRequestLength: 900,
  /** How long the party token a lookup returns lasts: a phone left on a table is not a key for long. */
  partyTokenMinutes: 30,
  /**
   * Misses (an unknown number, or an ID number that is none of its parties') within the window
   * that lock lookups out for the rest of it: on one unified number, so that its parties cannot
   * be guessed from many addresses; from one client address, so that numbers cannot be enumerated
   * from it (higher, as a township office's many phones may share one address).
   */
  lookupLockout: { missesPerNumber: 5, missesPerAddress: 20, windowMinutes: 15 },
  /**
   * 催办 is one per party and dispute per China calendar day (a unique key in the database keeps
   * it so); the agency holding the dispute replies within this many working days (答复时限).
   */
  urgeReplyWorkingDays: 3,
  maxUrgeNoteLength: 500,
  /** 不满意 opens a callback (回访) the committee makes within this many working days. */
  callbackWorkingDays: 5,
  maxEvaluationCommentLength: 1000,
} as const;

export enum Satisfaction {
  SATISFIED = "SATISFIED",
  BASICALLY_SATISFIED = "BASICALLY_SATISFIED",
  UNSATISFIED = "UNSATISFIED",
}
registerEnumType(Satisfaction, {
  name: "PartySatisfaction",
  description: "A party's evaluation of how their dispute was handled (当事人评价).",
  valuesConfig: {
    SATISFIED: { description: "满意" },
    BASICALLY_SATISFIED: { description: "基本满意" },
    UNSATISFIED: { description: "不满意: opens a callback (回访) for the committee" },
  },
});
