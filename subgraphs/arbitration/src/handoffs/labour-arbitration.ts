import {
  type ArbitrationPayload, badInput, DisputeType, payloadDate, payloadDivisionCode, payloadEnum, payloadMoney, payloadObject, payloadParties, payloadString,
  payloadUnifiedNumber, type ReceiverHandler,
} from "@hub/kit";
import { applyForArbitrationCase } from "../workflow/arbitration.steps.ts";
import { ArbitrationKind, arbitrationWorkflow } from "../workflow/arbitration.workflow.ts";

/** The claims of a payload, typed like ArbitrationClaimInput (amounts checked like the Money scalar); applyForArbitrationCase checks the rest. */
function payloadClaims(field: string, value: unknown): { description: string; amount: string | null }[] {
  if (!Array.isArray(value)) throw badInput(field, "must be a list of claims", "移交内容中的仲裁请求应为列表");
  return value.map((raw, i) => {
    const claim = payloadObject(raw, `${field}[${i}]`);
    return {
      description: payloadString(`${field}[${i}].description`, claim.description),
      amount: payloadMoney(`${field}[${i}].amount`, claim.amount),
    };
  });
}

/**
 * 劳动仲裁 by handoff: the mediation centre refers a labour dispute whose mediation failed; accepting
 * it registers a LABOUR arbitration case exactly as applyForArbitration does, with the same checks,
 * the one-year limitation counted from the payload's disputeAroseAt. The application counts as made
 * when the centre sent it, so the commission's 5-day acceptance clock and the handoff's due date agree.
 */
export const labourArbitrationReceiver: ReceiverHandler = {
  async open(tx, handoff, raw) {
    const payload = payloadObject(raw) as Partial<Record<keyof ArbitrationPayload, unknown>>;
    const arbitration = applyForArbitrationCase(
      tx,
      {
        kind: ArbitrationKind.LABOUR,
        commission: payloadString("payload.commission", payload.commission),
        divisionCode: payloadDivisionCode("payload.commissionDivisionCode", payload.commissionDivisionCode),
        disputeType: payloadEnum("payload.disputeType", payload.disputeType, DisputeType),
        unifiedNumber: payloadUnifiedNumber("payload.unifiedNumber", payload.unifiedNumber ?? handoff.unifiedNumber),
        disputeAroseAt: payloadDate("payload.disputeAroseAt", payload.disputeAroseAt),
        claims: payloadClaims("payload.claims", payload.claims),
        parties: payloadParties("payload.parties", payload.parties),
        appliedAt: handoff.offeredAt,
      },
      { field: "payload", note: `移交 ${handoff.id} from ${handoff.fromChannel}` },
    );
    return { caseType: arbitrationWorkflow.caseType, caseId: arbitration.id, unifiedNumber: arbitration.unifiedNumber ?? null };
  },
};
