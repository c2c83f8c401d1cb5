import {
  DISPUTE_TYPE_LABELS, HandoffKind, HandoffOutcome, type HandoffRecord, type HubContext, type MediationRequestPayload, offerHandoff, partyInputsOf,
  type SenderHooks,
} from "@hub/kit";
import { CourtReferral } from "../entities/referral.entity.ts";
import { recordReferralFailure, recordReferralSuccess, startReferralMediation } from "../workflow/referral.steps.ts";
import { ReferralKind, ReferralStatus, referralWorkflow } from "../workflow/referral.workflow.ts";
import { answerText } from "@hub/kit";

// 诉调对接 by handoff: the court sends a REFERRED referral to the mediation centre; the centre's
// acceptance starts the mediation and its result ends the referral, recorded by the system.

/** The mediation organisation a referral accepted by the centre is mediated by. */
export const MEDIATION_CENTRE = "人民调解中心";

/** Offers the COURT_REFERRAL handoff of a referral, due when the referral's own time limit ends. */
export async function offerCourtReferral(tx: HubContext, referral: CourtReferral, idempotencyKey: string): Promise<HandoffRecord> {
  const kind = referral.kind === ReferralKind.DELEGATED ? "委派" : "委托";
  const payload: MediationRequestPayload = {
    unifiedNumber: referral.unifiedNumber ?? null,
    disputeType: referral.disputeType,
    divisionCode: referral.divisionCode,
    amount: referral.amount ?? null,
    description: referral.summary,
    // A 委派 referral before filing may have no case number yet; the referral's id stands in.
    sourceReference: referral.caseNumber ?? `${referralWorkflow.caseType} ${referral.id}`,
    parties: await partyInputsOf(tx, referralWorkflow.caseType, referral.id),
  };
  return offerHandoff(tx, {
    kind: HandoffKind.COURT_REFERRAL,
    fromCaseType: referralWorkflow.caseType,
    fromCaseId: referral.id,
    unifiedNumber: referral.unifiedNumber ?? null,
    divisionCode: referral.divisionCode,
    summary: `${referral.court} ${kind}调解${referral.caseNumber ? ` ${referral.caseNumber}` : ""} (${DISPUTE_TYPE_LABELS[referral.disputeType]})`,
    payload,
    idempotencyKey,
    dueAt: referral.dueAt,
  });
}

function referralOf(tx: HubContext, handoff: HandoffRecord): Promise<CourtReferral | null> {
  return tx.em.findOne(CourtReferral, { id: handoff.fromCaseId });
}

/**
 * What the court does with the centre's answers. A referral the court meanwhile withdrew, or
 * already took further by hand, is left as it is: the handoff's own record shows the answer.
 */
export const courtReferralHooks: SenderHooks = {
  async accepted(tx, handoff) {
    const referral = await referralOf(tx, handoff);
    if (!referral) return;
    if (!referral.unifiedNumber && handoff.unifiedNumber) referral.unifiedNumber = handoff.unifiedNumber;
    if (referral.status === ReferralStatus.REFERRED) startReferralMediation(tx, referral, MEDIATION_CENTRE);
  },
  async completed(tx, handoff) {
    const referral = await referralOf(tx, handoff);
    if (!referral || referral.status !== ReferralStatus.IN_MEDIATION) return;
    if (handoff.outcome === HandoffOutcome.SUCCEEDED) {
      recordReferralSuccess(tx, referral, answerText(handoff.result, 2000, "调解成功"), null);
    } else {
      recordReferralFailure(tx, referral, answerText(handoff.result, 2000, "调解不成"));
    }
  },
};
