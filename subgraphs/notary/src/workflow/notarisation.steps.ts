import { addParties, badInput, type HubContext, normaliseMoney, optionalText, optionalUnifiedNumber, type PartyInput, pastDate, PartyRole, recordCreation, requireText } from "@hub/kit";
import { NotarisationApplication } from "../entities/notarisation.entity.ts";
import { notarisationWorkflow, reviewDueAt } from "./notarisation.workflow.ts";

/** An application for compulsory-enforcement notarisation, as the parties file it or a handoff carries it. */
export interface NotarisationApplicationData {
  notaryOffice: string;
  divisionCode: string;
  unifiedNumber?: string | null;
  agreementId?: string | null;
  debtTerms: string;
  /** Canonical two-decimal money string. */
  paymentAmount: string;
  paymentDueAt: Date;
  debtorConsentToEnforcement: boolean;
  parties: PartyInput[];
  /** When the application reached the office; now when absent. */
  appliedAt?: Date | null;
}

export interface ApplyOptions {
  /** Prefix of field names in error messages: `input` for the mutation, `payload` for a handoff. */
  field?: string;
  /** Extra words for the registration's timeline entry. */
  note?: string;
}

/**
 * Registers an application for compulsory-enforcement notarisation (赋强公证) in the caller's
 * transaction, with every check of the public mutation: the debtor's written consent (公证法 Art 37),
 * a payment obligation above 0, a creditor (APPLICANT) and a debtor (RESPONDENT). The certificate
 * is due 15 working days after the application (until the office accepts it).
 */
export function applyForNotarisation(tx: HubContext, input: NotarisationApplicationData, options: ApplyOptions = {}): NotarisationApplication {
  const field = options.field ?? "input";
  if (input.debtorConsentToEnforcement !== true) {
    throw badInput(`${field}.debtorConsentToEnforcement`, "the debtor must consent in writing to compulsory enforcement (公证法 Art 37); without it the instrument cannot be given enforcement effect");
  }
  if (normaliseMoney(input.paymentAmount) === "0.00") throw badInput(`${field}.paymentAmount`, "must be more than 0: the instrument must carry a payment obligation");
  if (Number.isNaN(input.paymentDueAt.getTime())) throw badInput(`${field}.paymentDueAt`, "is not a valid date-time");
  const appliedAt = pastDate(`${field}.appliedAt`, input.appliedAt);
  const notaryOffice = requireText(`${field}.notaryOffice`, input.notaryOffice, 200);
  const unifiedNumber = optionalUnifiedNumber(`${field}.unifiedNumber`, input.unifiedNumber);
  const agreementId = optionalText(`${field}.agreementId`, input.agreementId, 64);
  const debtTerms = requireText(`${field}.debtTerms`, input.debtTerms, 4000);
  if (!input.parties.some((party) => party.role === PartyRole.APPLICANT)) throw badInput(`${field}.parties`, "needs the creditor as an APPLICANT");
  if (!input.parties.some((party) => party.role === PartyRole.RESPONDENT)) throw badInput(`${field}.parties`, "needs the debtor as a RESPONDENT");

  const application = tx.em.create(NotarisationApplication, {
    notaryOffice,
    divisionCode: input.divisionCode,
    unifiedNumber,
    agreementId,
    debtTerms,
    paymentAmount: input.paymentAmount,
    paymentDueAt: input.paymentDueAt,
    debtorConsentToEnforcement: true,
    appliedAt,
    dueAt: reviewDueAt(appliedAt),
  });
  addParties(tx, notarisationWorkflow.caseType, application.id, input.parties, `${field}.parties`);
  recordCreation(tx, notarisationWorkflow, application, options.note);
  return application;
}
