import type { DisputeType } from "../dispute-types.ts";
import { divisionCodeProblem } from "../divisions.ts";
import { badInput, fieldLabel } from "../errors.ts";
import { checkCreditCode, maskIdentifier, normaliseCreditCode, normaliseResidentId, residentIdProblem } from "../ids.ts";
import { moneyProblem, normaliseMoney } from "../money.ts";
import { PartyKind, PartyRole, type PartyInput } from "../party.ts";
import { optionalUnifiedNumber } from "../text.ts";

/**
 * The payloads handoffs carry, one shape per kind, shared by sender and receiver so both sides
 * compile against the same contract. Payloads travel as JSON (encrypted at rest), so:
 *  - money is a decimal STRING with at most two decimals ("1234.50"), never a number;
 *  - dates are ISO 8601 strings (`new Date().toISOString()`);
 *  - parties carry their raw identifiers (get them with `partyInputsOf`), so the receiver
 *    records the same people without re-keying; the receiver validates them with `addParties`.
 * The receiver must validate a payload as strictly as its own public create mutation does.
 */

/**
 * POLICE_REFERRAL (警调对接), PETITION_DIVERSION (访调对接), COURT_REFERRAL (诉调对接):
 * a dispute sent to the mediation centre, which registers it and opens a MediationCase.
 * The source (POLICE / PETITION / COURT) follows from the handoff kind.
 */
export interface MediationRequestPayload {
  /** The unified dispute number, when the dispute already has one; the centre mints one otherwise. */
  unifiedNumber?: string | null;
  disputeType: DisputeType;
  /** Six-digit administrative division code where the dispute arose. */
  divisionCode: string;
  /** Amount in dispute, decimal string, when there is one. */
  amount?: string | null;
  /** What the dispute is about. */
  description: string;
  /** The sender's own number for it: incident number, petition number, court case number. */
  sourceReference: string;
  parties: PartyInput[];
}

/** JUDICIAL_CONFIRMATION (司法确认): a signed mediation agreement sent to a court, within 30 days. */
export interface JudicialConfirmationPayload {
  unifiedNumber: string;
  /** Id of the MediationAgreement at the mediation centre. */
  agreementId: string;
  /** Full text of the agreement's terms. */
  agreementTerms: string;
  /** Amount the agreement settles, decimal string, when there is one. */
  agreementAmount?: string | null;
  /** When the agreement took effect (signedAt), ISO 8601; the 30-day window runs from it. */
  agreementEffectiveAt: string;
  /** Name of the court applied to. */
  court: string;
  /** Six-digit division code of the court. */
  courtDivisionCode: string;
  /** The parties of the agreement, all of them applicants (双方共同申请). */
  parties: PartyInput[];
}

/** ENFORCEABLE_NOTARISATION (赋强公证): an agreement with a payment obligation sent to a notary office. */
export interface NotarisationPayload {
  unifiedNumber: string;
  /** Id of the MediationAgreement at the mediation centre. */
  agreementId: string;
  /** Name of the notary office. */
  notaryOffice: string;
  /** Six-digit division code of the notary office. */
  notaryDivisionCode: string;
  /** The debt terms: the agreement's terms. */
  debtTerms: string;
  /** Amount to be paid, decimal string. */
  paymentAmount: string;
  /** When payment is due, ISO 8601. */
  paymentDueAt: string;
  /** The debtor agreed to compulsory enforcement (always true: the sender refuses otherwise). */
  debtorConsentToEnforcement: boolean;
  /** Creditor(s) with role APPLICANT, debtor(s) with role RESPONDENT. */
  parties: PartyInput[];
}

/** One claim (仲裁请求) of an arbitration application. */
export interface ArbitrationClaim {
  description: string;
  /** Amount claimed, decimal string, when there is one. */
  amount?: string | null;
}

/** LABOUR_ARBITRATION (劳动仲裁): a failed labour mediation sent to an arbitration commission. */
export interface ArbitrationPayload {
  unifiedNumber: string;
  /** Name of the labour dispute arbitration commission. */
  commission: string;
  /** Six-digit division code of the commission. */
  commissionDivisionCode: string;
  /** LABOUR or MIGRANT_WORKER_WAGES. */
  disputeType: DisputeType;
  /** When the dispute arose, ISO 8601 (the limitation period runs from it). */
  disputeAroseAt: string;
  claims: ArbitrationClaim[];
  /** The worker(s) APPLICANT, the employer(s) RESPONDENT, as at the mediation centre. */
  parties: PartyInput[];
}

/**
 * COURT_FILING (调解不成转立案) and AWARD_CHALLENGE (不服仲裁裁决起诉): a dispute sent to a court
 * to be filed (立案); the court opens a CourtFiling and decides within 7 days whether to file it.
 */
export interface CourtFilingPayload {
  /** The unified dispute number, when the dispute has one. */
  unifiedNumber?: string | null;
  /** Name of the court the case goes to. */
  court: string;
  /** Six-digit division code of the court. */
  courtDivisionCode: string;
  disputeType: DisputeType;
  /** Amount in dispute, decimal string, when there is one. */
  amount?: string | null;
  /** The claims brought before the court (诉讼请求), as text. */
  claims: string;
  /** Why it comes to court: the failed mediation's reason, or the award challenged and why. */
  reason: string;
  /** The sender's own number for it: the mediation case id, the arbitration case number. */
  sourceReference: string;
  parties: PartyInput[];
}

// ---------------------------------------------------------------------------------------------
// Reading a payload on the receiving side. A payload did not pass through GraphQL, so nothing
// has checked its scalars yet: these do what the scalars do for a public mutation (and throw the
// same BAD_USER_INPUT, naming the payload field), so `open` refuses exactly what the receiver's
// own create mutation would refuse. Free-text bounds are the caller's, via `requireText`.
// ---------------------------------------------------------------------------------------------

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The payload as an object, or BAD_USER_INPUT. */
export function payloadObject(value: unknown, field = "payload"): Record<string, unknown> {
  if (!isObject(value)) throw badInput(field, "must be an object", `移交内容中的${fieldLabel(field)}格式不正确`);
  return value;
}

/** A required string, before the caller's requireText/optionalText bounds it. */
export function payloadString(field: string, value: unknown): string {
  if (typeof value !== "string") throw badInput(field, "must be a string", `移交内容中的${fieldLabel(field)}应为文字`);
  return value;
}

/** An optional string: null when absent. */
export function payloadOptionalString(field: string, value: unknown): string | null {
  if (value == null) return null;
  return payloadString(field, value);
}

/** A value of a registered enum (DisputeType, PartyRole, ...). */
export function payloadEnum<E extends Record<string, string>>(field: string, value: unknown, values: E): E[keyof E] {
  if (typeof value !== "string" || !Object.values(values).includes(value)) {
    throw badInput(field, `must be one of ${Object.values(values).join(", ")}`, `移交内容中的${fieldLabel(field)}不是可选的值`);
  }
  return value as E[keyof E];
}

export function payloadBoolean(field: string, value: unknown): boolean {
  if (typeof value !== "boolean") throw badInput(field, "must be true or false", `移交内容中的${fieldLabel(field)}应为“是”或“否”`);
  return value;
}

/** A six-digit (or 9/12-digit statistics) division code, checked like the DivisionCode scalar. */
export function payloadDivisionCode(field: string, value: unknown): string {
  const code = payloadString(field, value);
  const problem = divisionCodeProblem(code);
  if (problem) throw badInput(field, problem.en, `移交内容中的${fieldLabel(field)}有误：${problem.zh}`);
  return code;
}

/** Money like the Money scalar: a decimal string with at most two decimals, normalised; null when absent unless required. */
export function payloadMoney(field: string, value: unknown, required: true): string;
export function payloadMoney(field: string, value: unknown, required?: boolean): string | null;
export function payloadMoney(field: string, value: unknown, required = false): string | null {
  if (value == null) {
    if (required) throw badInput(field, "is required", `移交内容缺少${fieldLabel(field)}`);
    return null;
  }
  const problem = moneyProblem(value);
  if (problem) throw badInput(field, problem.en, `移交内容中的${fieldLabel(field)}有误：${problem.zh}`);
  return normaliseMoney(value as string);
}

/** An ISO 8601 date-time string. */
export function payloadDate(field: string, value: unknown): Date {
  const text = payloadString(field, value);
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(at.getTime())) throw badInput(field, "must be an ISO 8601 date-time", `移交内容中的${fieldLabel(field)}不是有效的日期时间`);
  return at;
}

/** An optional unified dispute number: null when absent; malformed → BAD_USER_INPUT. */
export function payloadUnifiedNumber(field: string, value: unknown): string | null {
  if (value == null || value === "") return null;
  return optionalUnifiedNumber(field, payloadString(field, value));
}

/**
 * The parties of a payload as PartyInput, identifiers checked and normalised like the ResidentId
 * and CreditCode scalars; pass the result to `addParties`, which checks the rest (names, phones,
 * a person has no credit code, at least one party).
 */
export function payloadParties(field: string, value: unknown): PartyInput[] {
  if (!Array.isArray(value)) throw badInput(field, "must be a list of parties", "移交内容中的当事人应为列表");
  return value.map((raw, i) => {
    const at = `${field}[${i}]`;
    const party = payloadObject(raw, at);
    let idNumber: string | null = null;
    if (party.idNumber != null) {
      idNumber = payloadString(`${at}.idNumber`, party.idNumber);
      const problem = residentIdProblem(idNumber);
      if (problem) {
        throw badInput(
          `${at}.idNumber`,
          `${maskIdentifier(normaliseResidentId(idNumber))} ${problem.en}`,
          `移交内容中第 ${i + 1} 名当事人的居民身份证号码 ${maskIdentifier(normaliseResidentId(idNumber))} 有误：${problem.zh}`,
        );
      }
      idNumber = normaliseResidentId(idNumber);
    }
    let creditCode: string | null = null;
    if (party.creditCode != null) {
      creditCode = payloadString(`${at}.creditCode`, party.creditCode);
      const { problem } = checkCreditCode(creditCode);
      if (problem) throw badInput(`${at}.creditCode`, problem.en, `移交内容中第 ${i + 1} 名当事人的统一社会信用代码有误：${problem.zh}`);
      creditCode = normaliseCreditCode(creditCode);
    }
    return {
      role: payloadEnum(`${at}.role`, party.role, PartyRole),
      kind: payloadEnum(`${at}.kind`, party.kind, PartyKind),
      name: payloadString(`${at}.name`, party.name),
      idNumber,
      creditCode,
      phone: payloadOptionalString(`${at}.phone`, party.phone),
    };
  });
}
