import {
  DISPUTE_TYPE_LABELS, type HandoffConfig, HandoffKind, type HandoffRecord, type HubContext, type MediationRequestPayload, offerHandoff,
  partyInputsOf,
} from "@hub/kit";
import { Petition } from "../entities/petition.entity.ts";
import { petitionWorkflow } from "../workflow/petition.workflow.ts";

// 访调对接 by handoff: a diverted petition goes to the mediation centre with its petitioners; the
// centre's unified number and, later, its mediation result come back onto the petition, so the
// satisfaction callback (回访) can follow.

/** Offers the PETITION_DIVERSION handoff of a petition, in the diverting transaction. */
export async function offerPetitionDiversion(tx: HubContext, petition: Petition, idempotencyKey: string): Promise<HandoffRecord> {
  const payload: MediationRequestPayload = {
    unifiedNumber: petition.unifiedNumber ?? null,
    disputeType: petition.disputeType,
    divisionCode: petition.divisionCode,
    amount: null,
    description: petition.content,
    sourceReference: petition.petitionNumber,
    parties: await partyInputsOf(tx, petitionWorkflow.caseType, petition.id),
  };
  return offerHandoff(tx, {
    kind: HandoffKind.PETITION_DIVERSION,
    fromCaseType: petitionWorkflow.caseType,
    fromCaseId: petition.id,
    unifiedNumber: petition.unifiedNumber ?? null,
    divisionCode: petition.divisionCode,
    // The summary is stored unencrypted and listed at the centre's desk: the content is personal data and stays out.
    summary: `信访件 ${petition.petitionNumber} 转调解 (${DISPUTE_TYPE_LABELS[petition.disputeType]})`,
    payload,
    idempotencyKey,
  });
}

function petitionOf(tx: HubContext, handoff: HandoffRecord): Promise<Petition | null> {
  return tx.em.findOne(Petition, { id: handoff.fromCaseId });
}

/** petition-mediation sends petitions to the mediation centre and records what comes back. */
export const petitionHandoffs: HandoffConfig = {
  sends: {
    [HandoffKind.PETITION_DIVERSION]: {
      async accepted(tx, handoff) {
        const petition = await petitionOf(tx, handoff);
        if (petition && !petition.unifiedNumber && handoff.unifiedNumber) petition.unifiedNumber = handoff.unifiedNumber;
      },
      async completed(tx, handoff) {
        const petition = await petitionOf(tx, handoff);
        if (!petition) return;
        petition.mediationOutcome = handoff.outcome ?? null;
        petition.mediationResult = handoff.result ?? null;
        petition.mediationResultAt = handoff.completedAt ?? new Date();
      },
    },
  },
};
