import {
  type JudicialConfirmationPayload, payloadDate, payloadDivisionCode, payloadMoney, payloadObject, payloadOptionalString, payloadParties, payloadString,
  payloadUnifiedNumber, type ReceiverHandler,
} from "@hub/kit";
import { applyForConfirmation } from "../workflow/confirmation.steps.ts";
import { confirmationWorkflow } from "../workflow/confirmation.workflow.ts";

/**
 * 司法确认 by handoff: the mediation centre sends a signed agreement; accepting it registers the
 * parties' joint application exactly as applyForJudicialConfirmation does, with the same checks
 * (the 30-day window included). The application counts as made when the centre sent it, so the
 * court's 3-day acceptance limit and the handoff's due date agree.
 */
export const judicialConfirmationReceiver: ReceiverHandler = {
  async open(tx, handoff, raw) {
    const payload = payloadObject(raw) as Partial<Record<keyof JudicialConfirmationPayload, unknown>>;
    const application = applyForConfirmation(
      tx,
      {
        court: payloadString("payload.court", payload.court),
        divisionCode: payloadDivisionCode("payload.courtDivisionCode", payload.courtDivisionCode),
        unifiedNumber: payloadUnifiedNumber("payload.unifiedNumber", payload.unifiedNumber),
        agreementId: payloadOptionalString("payload.agreementId", payload.agreementId),
        agreementTerms: payloadString("payload.agreementTerms", payload.agreementTerms),
        agreementAmount: payloadMoney("payload.agreementAmount", payload.agreementAmount),
        agreementEffectiveAt: payloadDate("payload.agreementEffectiveAt", payload.agreementEffectiveAt),
        parties: payloadParties("payload.parties", payload.parties),
      },
      { field: "payload", appliedAt: handoff.offeredAt, note: `移交 ${handoff.id} from ${handoff.fromChannel}` },
    );
    return { caseType: confirmationWorkflow.caseType, caseId: application.id, unifiedNumber: application.unifiedNumber ?? null };
  },
};
