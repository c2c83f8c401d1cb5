// Limits of the party self-service (群众端, issue 13), in one table so they are tuned in one place.

export const SELF_SERVICE_RULES = {
  /** Parties an online application may name: at least the applicant, at most as many as a desk registration takes. */
  minParties: 1,
  maxParties: 50,
  /** 事实经过 and 申请事项 together become the dispute's description (4000 characters at most). */
  maxFactsLength: 3000,
  maxRequestLength: 900,
} as const;
