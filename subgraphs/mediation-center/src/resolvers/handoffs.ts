import {
  DisputeType, divisionCodeProblem, type HandoffConfig, HandoffKind, type HandoffRecord, type HubContext, type MediationRequestPayload,
  payloadDivisionCode, payloadEnum, payloadMoney, payloadObject, payloadParties, payloadString, type ReceiverHandler, requireText,
  UNIFIED_NUMBER_PATTERN,
} from "@hub/kit";
import { Dispute } from "../entities/dispute.entity.ts";
import { mediationCaseWorkflow } from "../workflow/mediation-case.workflow.ts";
import { DisputeSource } from "../workflow/dispute.workflow.ts";
import { registerDisputeIntake, reopenDisputeForMediation } from "./intake.ts";

// The mediation centre's part in handoffs. It RECEIVES disputes from the police (警调对接), the
// petition bureau (访调对接) and the courts (诉调对接): accepting one registers the dispute through
// unified intake and opens its people's mediation case; when that case ends, its result goes back
// (see completeHandoffsOf in the mediation case mutations). It SENDS agreements to courts and
// notaries and failed labour mediations to arbitration (see handoff.resolver.ts); the kit's
// HandoffRecord already keeps each answer, so the sender hooks have nothing to add.

function wellFormedUnifiedNumber(value: string): boolean {
  return UNIFIED_NUMBER_PATTERN.test(value) && divisionCodeProblem(value.slice(0, 6)) === null;
}

/**
 * Opens a MediationCase from a MediationRequestPayload, checked as strictly as registerDispute
 * checks its input. The dispute keeps the unified number it travels under when it already exists
 * here (a new case is opened for it) or is well-formed (registered under that number); otherwise
 * the centre mints one, and the sender learns it from the acceptance.
 */
function mediationRequest(source: DisputeSource): ReceiverHandler {
  return {
    async open(tx: HubContext, handoff: HandoffRecord, raw: unknown) {
      const payload = payloadObject(raw) as Partial<Record<keyof MediationRequestPayload, unknown>>;
      const disputeType = payloadEnum("payload.disputeType", payload.disputeType, DisputeType);
      const divisionCode = payloadDivisionCode("payload.divisionCode", payload.divisionCode);
      const amount = payloadMoney("payload.amount", payload.amount);
      const description = payloadString("payload.description", payload.description);
      const sourceReference = requireText("payload.sourceReference", payloadString("payload.sourceReference", payload.sourceReference), 64);
      const parties = payloadParties("payload.parties", payload.parties);
      const via = `${handoff.kind} handoff ${handoff.id} from ${handoff.fromChannel} (${sourceReference})`;

      const given = typeof payload.unifiedNumber === "string" && payload.unifiedNumber !== "" ? payload.unifiedNumber : (handoff.unifiedNumber ?? null);
      if (given) {
        const existing = await tx.em.findOne(Dispute, { unifiedNumber: given });
        if (existing) {
          requireText("payload.description", description, 4000);
          const mediationCase = await reopenDisputeForMediation(tx, existing, parties, via);
          return { caseType: mediationCaseWorkflow.caseType, caseId: mediationCase.id, unifiedNumber: existing.unifiedNumber };
        }
      }
      const keep = given && wellFormedUnifiedNumber(given) ? given : null;
      const note = given && !keep ? `${via}; its number ${given.slice(0, 40)} is malformed, a new one was minted` : via;
      const { dispute, mediationCase } = await registerDisputeIntake(
        tx,
        { disputeType, divisionCode, amount, description, source, sourceReference, parties, unifiedNumber: keep, note },
        "payload",
      );
      return { caseType: mediationCaseWorkflow.caseType, caseId: mediationCase.id, unifiedNumber: dispute.unifiedNumber };
    },
  };
}

export const mediationCenterHandoffs: HandoffConfig = {
  receives: {
    [HandoffKind.POLICE_REFERRAL]: mediationRequest(DisputeSource.POLICE),
    [HandoffKind.PETITION_DIVERSION]: mediationRequest(DisputeSource.PETITION),
    [HandoffKind.COURT_REFERRAL]: mediationRequest(DisputeSource.COURT),
  },
  sends: {
    [HandoffKind.JUDICIAL_CONFIRMATION]: {},
    [HandoffKind.ENFORCEABLE_NOTARISATION]: {},
    [HandoffKind.LABOUR_ARBITRATION]: {},
    [HandoffKind.COURT_FILING]: {},
  },
};
