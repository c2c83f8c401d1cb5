import {
  addParties, badInput, chinaDateString, dueDate, type HubContext, optionalText, optionalUnifiedNumber, type PartyInput, pastDate, recordCreation, requireText,
} from "@hub/kit";
import { JudicialConfirmation } from "../entities/confirmation.entity.ts";
import { confirmationWorkflow } from "./confirmation.workflow.ts";

/** A joint application for judicial confirmation, as the parties file it or a handoff carries it. */
export interface ConfirmationApplication {
  court: string;
  divisionCode: string;
  unifiedNumber?: string | null;
  agreementId?: string | null;
  agreementTerms: string;
  agreementAmount?: string | null;
  agreementEffectiveAt: Date;
  parties: PartyInput[];
}

export interface ApplyOptions {
  /** Prefix of field names in error messages: `input` for the mutation, `payload` for a handoff. */
  field?: string;
  /** When the parties applied: now at the court's desk, when the centre sent it for a handoff. */
  appliedAt?: Date;
  /** Extra words for the registration's timeline entry. */
  note?: string;
}

/**
 * Registers a judicial-confirmation application (司法确认申请) in the caller's transaction: within
 * 30 days of the agreement taking effect, by both sides, the court's acceptance due within 3 days.
 */
export function applyForConfirmation(tx: HubContext, input: ConfirmationApplication, options: ApplyOptions = {}): JudicialConfirmation {
  const field = options.field ?? "input";
  const appliedAt = options.appliedAt ?? new Date();
  const effectiveAt = pastDate(`${field}.agreementEffectiveAt`, input.agreementEffectiveAt);
  const windowEnd = dueDate("JUDICIAL_CONFIRMATION_APPLICATION", effectiveAt);
  if (appliedAt > windowEnd) {
    throw badInput(
      `${field}.agreementEffectiveAt`,
      `the agreement took effect on ${effectiveAt.toISOString().slice(0, 10)}; the 30-day window for judicial confirmation closed on ${windowEnd.toISOString().slice(0, 10)}`,
      `调解协议于 ${chinaDateString(effectiveAt)} 生效，申请司法确认的 30 日期限已于 ${chinaDateString(windowEnd)} 届满`,
    );
  }
  if (input.parties.length < 2) throw badInput(`${field}.parties`, "judicial confirmation is a joint application: list both sides (at least two parties)", "司法确认应由双方当事人共同申请，请至少填写两名当事人");
  const application = tx.em.create(JudicialConfirmation, {
    court: requireText(`${field}.court`, input.court, 200),
    divisionCode: input.divisionCode,
    unifiedNumber: optionalUnifiedNumber(`${field}.unifiedNumber`, input.unifiedNumber),
    agreementId: optionalText(`${field}.agreementId`, input.agreementId, 64),
    agreementTerms: requireText(`${field}.agreementTerms`, input.agreementTerms, 4000),
    agreementAmount: input.agreementAmount ?? null,
    agreementEffectiveAt: effectiveAt,
    appliedAt,
    dueAt: dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", appliedAt),
  });
  addParties(tx, confirmationWorkflow.caseType, application.id, input.parties, `${field}.parties`);
  recordCreation(tx, confirmationWorkflow, application, options.note);
  return application;
}
