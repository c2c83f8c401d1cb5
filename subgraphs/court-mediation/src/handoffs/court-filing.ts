import {
  type CourtFilingPayload, DisputeType, payloadDivisionCode, payloadEnum, payloadMoney, payloadObject, payloadParties, payloadString, payloadUnifiedNumber,
  type ReceiverHandler,
} from "@hub/kit";
import { receiveFilingRequest } from "../workflow/filing.steps.ts";
import { filingWorkflow } from "../workflow/filing.workflow.ts";

/**
 * 调解不成转立案 (COURT_FILING, from the mediation centre) and 不服仲裁裁决起诉 (AWARD_CHALLENGE,
 * from arbitration): accepting the handoff registers a filing request (CourtFiling); filing or
 * refusing it completes the handoff. The 7 days run from when the request reached the court.
 */
export const courtFilingReceiver: ReceiverHandler = {
  async open(tx, handoff, raw) {
    const payload = payloadObject(raw) as Partial<Record<keyof CourtFilingPayload, unknown>>;
    const filing = receiveFilingRequest(
      tx,
      {
        origin: handoff.kind,
        court: payloadString("payload.court", payload.court),
        divisionCode: payloadDivisionCode("payload.courtDivisionCode", payload.courtDivisionCode),
        unifiedNumber: payloadUnifiedNumber("payload.unifiedNumber", payload.unifiedNumber),
        disputeType: payloadEnum("payload.disputeType", payload.disputeType, DisputeType),
        amount: payloadMoney("payload.amount", payload.amount),
        claims: payloadString("payload.claims", payload.claims),
        reason: payloadString("payload.reason", payload.reason),
        sourceReference: payloadString("payload.sourceReference", payload.sourceReference),
        parties: payloadParties("payload.parties", payload.parties),
      },
      { field: "payload", receivedAt: handoff.deliveredAt ?? handoff.offeredAt, note: `移交 ${handoff.id} from ${handoff.fromChannel}` },
    );
    return { caseType: filingWorkflow.caseType, caseId: filing.id, unifiedNumber: filing.unifiedNumber ?? null };
  },
};
