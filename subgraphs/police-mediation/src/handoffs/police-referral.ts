import {
  DISPUTE_TYPE_LABELS, type HandoffConfig, HandoffKind, type HandoffRecord, type HubContext, type MediationRequestPayload, offerHandoff,
  partyInputsOf,
} from "@hub/kit";
import { PoliceIncident } from "../entities/incident.entity.ts";
import { incidentWorkflow } from "../workflow/incident.workflow.ts";

// 警调对接 by handoff: a referred incident goes to the mediation centre with its parties; the
// centre's unified number and, later, its mediation result come back onto the incident.

/** Offers the POLICE_REFERRAL handoff of an incident, in the referring transaction. */
export async function offerPoliceReferral(tx: HubContext, incident: PoliceIncident, idempotencyKey: string): Promise<HandoffRecord> {
  const payload: MediationRequestPayload = {
    unifiedNumber: incident.unifiedNumber ?? null,
    disputeType: incident.disputeType,
    divisionCode: incident.divisionCode,
    amount: null,
    description: incident.narrative,
    sourceReference: incident.incidentNumber,
    parties: await partyInputsOf(tx, incidentWorkflow.caseType, incident.id),
  };
  return offerHandoff(tx, {
    kind: HandoffKind.POLICE_REFERRAL,
    fromCaseType: incidentWorkflow.caseType,
    fromCaseId: incident.id,
    unifiedNumber: incident.unifiedNumber ?? null,
    divisionCode: incident.divisionCode,
    // The summary is stored unencrypted and listed at the centre's desk: no narrative, no names.
    summary: `${incident.station} 110警情 ${incident.incidentNumber} (${DISPUTE_TYPE_LABELS[incident.disputeType]})`,
    payload,
    idempotencyKey,
  });
}

function incidentOf(tx: HubContext, handoff: HandoffRecord): Promise<PoliceIncident | null> {
  return tx.em.findOne(PoliceIncident, { id: handoff.fromCaseId });
}

/** police-mediation sends incidents to the mediation centre and records what comes back. */
export const policeHandoffs: HandoffConfig = {
  sends: {
    [HandoffKind.POLICE_REFERRAL]: {
      async accepted(tx, handoff) {
        const incident = await incidentOf(tx, handoff);
        if (incident && !incident.unifiedNumber && handoff.unifiedNumber) incident.unifiedNumber = handoff.unifiedNumber;
      },
      async completed(tx, handoff) {
        const incident = await incidentOf(tx, handoff);
        if (!incident) return;
        incident.mediationOutcome = handoff.outcome ?? null;
        incident.mediationResult = handoff.result ?? null;
        incident.mediationResultAt = handoff.completedAt ?? new Date();
      },
    },
  },
};
