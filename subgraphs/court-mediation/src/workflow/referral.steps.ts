import { applyTransition, type HubContext, requireText } from "@hub/kit";
import type { CourtReferral } from "../entities/referral.entity.ts";
import { referralWorkflow } from "./referral.workflow.ts";

// The steps of a referral that both a mutation and a handoff answer take: the court's desk
// records them by hand, or the mediation centre's answer records them (actor: the system).

/** A mediation organisation takes the referral up (开始调解). */
export function startReferralMediation(tx: HubContext, referral: CourtReferral, organisation: string, field = "mediationOrganisation"): CourtReferral {
  referral.mediationOrganisation = requireText(field, organisation, 200);
  applyTransition(tx, referralWorkflow, referral, "startMediation", referral.mediationOrganisation);
  return referral;
}

/** Mediation succeeded: the agreement's terms go back to the court. */
export function recordReferralSuccess(
  tx: HubContext,
  referral: CourtReferral,
  resultSummary: string,
  agreedAmount: string | null | undefined,
  field = "result.resultSummary",
): CourtReferral {
  referral.resultSummary = requireText(field, resultSummary, 2000);
  referral.agreedAmount = agreedAmount ?? null;
  referral.resultAt = new Date();
  applyTransition(tx, referralWorkflow, referral, "recordSuccess", referral.resultSummary);
  return referral;
}

/** Mediation failed: the court files the case or resumes the trial. */
export function recordReferralFailure(tx: HubContext, referral: CourtReferral, reason: string, field = "reason"): CourtReferral {
  referral.resultSummary = requireText(field, reason, 2000);
  referral.resultAt = new Date();
  applyTransition(tx, referralWorkflow, referral, "recordFailure", referral.resultSummary);
  return referral;
}
