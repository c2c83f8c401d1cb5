import {
  addParties, badInput, type DisputeType, dueDate, type HandoffKind, type HubContext, optionalUnifiedNumber, type PartyInput, recordCreation, requireText,
} from "@hub/kit";
import { CourtFiling } from "../entities/filing.entity.ts";
import { filingWorkflow } from "./filing.workflow.ts";

/** A filing request as another agency's handoff carries it. */
export interface FilingRequest {
  origin: HandoffKind;
  court: string;
  divisionCode: string;
  unifiedNumber?: string | null;
  disputeType: DisputeType;
  amount?: string | null;
  claims: string;
  reason: string;
  sourceReference: string;
  parties: PartyInput[];
}

/**
 * Registers a filing request (立案申请) in the caller's transaction; the court decides within
 * 7 days of receiving it (COURT_FILING_DECISION).
 */
export function receiveFilingRequest(tx: HubContext, input: FilingRequest, options: { field?: string; receivedAt?: Date; note?: string } = {}): CourtFiling {
  const field = options.field ?? "input";
  const receivedAt = options.receivedAt ?? new Date();
  if (input.parties.length < 2) throw badInput(`${field}.parties`, "a lawsuit needs a plaintiff and a defendant: list at least two parties", "起诉应有原告和被告，请至少填写两名当事人");
  const filing = tx.em.create(CourtFiling, {
    origin: input.origin,
    court: requireText(`${field}.court`, input.court, 200),
    divisionCode: input.divisionCode,
    unifiedNumber: optionalUnifiedNumber(`${field}.unifiedNumber`, input.unifiedNumber),
    disputeType: input.disputeType,
    amount: input.amount ?? null,
    claims: requireText(`${field}.claims`, input.claims, 4000),
    reason: requireText(`${field}.reason`, input.reason, 4000),
    sourceReference: requireText(`${field}.sourceReference`, input.sourceReference, 200),
    receivedAt,
    dueAt: dueDate("COURT_FILING_DECISION", receivedAt),
  });
  addParties(tx, filingWorkflow.caseType, filing.id, input.parties, `${field}.parties`);
  recordCreation(tx, filingWorkflow, filing, options.note);
  return filing;
}
