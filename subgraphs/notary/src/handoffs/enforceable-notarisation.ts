import {
  type NotarisationPayload, payloadBoolean, payloadDate, payloadDivisionCode, payloadMoney, payloadObject, payloadOptionalString, payloadParties,
  payloadString, payloadUnifiedNumber, type ReceiverHandler,
} from "@hub/kit";
import { applyForNotarisation } from "../workflow/notarisation.steps.ts";
import { notarisationWorkflow } from "../workflow/notarisation.workflow.ts";

/**
 * 赋强公证 by handoff: the mediation centre sends an agreement with a payment obligation; accepting
 * it registers the application exactly as applyForEnforceableNotarisation does, with the same checks
 * (consent, amount above 0, creditor and debtor). The application counts as made when the centre
 * sent it, so the office's 15-working-day clock runs from the same moment as the handoff.
 */
export const enforceableNotarisationReceiver: ReceiverHandler = {
  async open(tx, handoff, raw) {
    const payload = payloadObject(raw) as Partial<Record<keyof NotarisationPayload, unknown>>;
    const application = applyForNotarisation(
      tx,
      {
        notaryOffice: payloadString("payload.notaryOffice", payload.notaryOffice),
        divisionCode: payloadDivisionCode("payload.notaryDivisionCode", payload.notaryDivisionCode),
        unifiedNumber: payloadUnifiedNumber("payload.unifiedNumber", payload.unifiedNumber ?? handoff.unifiedNumber),
        agreementId: payloadOptionalString("payload.agreementId", payload.agreementId),
        debtTerms: payloadString("payload.debtTerms", payload.debtTerms),
        paymentAmount: payloadMoney("payload.paymentAmount", payload.paymentAmount, true),
        paymentDueAt: payloadDate("payload.paymentDueAt", payload.paymentDueAt),
        debtorConsentToEnforcement: payloadBoolean("payload.debtorConsentToEnforcement", payload.debtorConsentToEnforcement),
        parties: payloadParties("payload.parties", payload.parties),
        appliedAt: handoff.offeredAt,
      },
      { field: "payload", note: `移交 ${handoff.id} from ${handoff.fromChannel}` },
    );
    return { caseType: notarisationWorkflow.caseType, caseId: application.id, unifiedNumber: application.unifiedNumber ?? null };
  },
};
