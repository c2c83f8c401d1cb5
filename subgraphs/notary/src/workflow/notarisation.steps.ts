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
    throw badInput(
      `${field}.debtorConsentToEnforcement`,
      "the debtor must consent in writing to compulsory enforcement (公证法 Art 37); without it the instrument cannot be given enforcement effect",
      "债务人须书面承诺愿意接受强制执行（公证法第 37 条），否则债权文书不能赋予强制执行效力",
    );
  }
  if (normaliseMoney(input.paymentAmount) === "0.00") throw badInput(`${field}.paymentAmount`, "must be more than 0: the instrument must carry a payment obligation", "给付金额应大于 0：债权文书须有给付内容");
  if (Number.isNaN(input.paymentDueAt.getTime())) throw badInput(`${field}.paymentDueAt`, "is not a valid date-time", "履行期限不是有效的日期时间");
  const appliedAt = pastDate(`${field}.appliedAt`, input.appliedAt);
  const notaryOffice = requireText(`${field}.notaryOffice`, input.notaryOffice, 200);
  const unifiedNumber = optionalUnifiedNumber(`${field}.unifiedNumber`, input.unifiedNumber);
  const agreementId = optionalText(`${field}.agreementId`, input.agreementId, 64);
  const debtTerms = requireText(`${field}.debtTerms`, input.debtTerms, 4000);
  if (!input.parties.some((party) => party.role === PartyRole.APPLICANT)) throw badInput(`${field}.parties`, "needs the creditor as an APPLICANT", "请填写债权人（申请人）");
  if (!input.parties.some((party) => party.role === PartyRole.RESPONDENT)) throw badInput(`${field}.parties`, "needs the debtor as a RESPONDENT", "请填写债务人（被申请人）");

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
