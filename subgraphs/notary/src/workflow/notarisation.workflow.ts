import { chinaDateTimeString, defineActions, defineWorkflow, dueDate, type Problem } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum NotarisationStatus {
  APPLIED = "APPLIED",
  REVIEWING = "REVIEWING",
  ISSUED = "ISSUED",
  REFUSED = "REFUSED",
  ENFORCEMENT_CERTIFICATE_ISSUED = "ENFORCEMENT_CERTIFICATE_ISSUED",
}
registerEnumType(NotarisationStatus, {
  name: "NotarisationStatus",
  description: "Where an application for compulsory-enforcement notarisation (赋强公证) stands.",
  valuesConfig: {
    APPLIED: { description: "已申请: waiting for the notary office to accept it" },
    REVIEWING: { description: "已受理, 审查中: the certificate is due within 15 working days of acceptance" },
    ISSUED: { description: "已出具公证书: the debt instrument has compulsory enforcement effect" },
    REFUSED: { description: "不予办理: the notary office refused the notarisation" },
    ENFORCEMENT_CERTIFICATE_ISSUED: { description: "已出具执行证书: the debtor defaulted; the creditor may apply to court for enforcement" },
  },
});

export const NotarisationApplicationAction = defineActions("NotarisationApplicationAction", "A step of a compulsory-enforcement notarisation (赋强公证), as the console offers it.", {
  startReview: "受理审查: the notary office accepts the application; the certificate is due within 15 working days",
  issue: "出具公证书: the debt instrument gets compulsory enforcement effect",
  refuse: "不予办理: the notary office refuses the notarisation",
  issueEnforcementCertificate: "出具执行证书: the debtor failed to pay when due; the creditor may apply to court for enforcement",
});
export type NotarisationApplicationAction = keyof typeof NotarisationApplicationAction;

export const notarisationWorkflow = defineWorkflow<NotarisationStatus, NotarisationApplicationAction>({
  caseType: "NotarisationApplication",
  initial: NotarisationStatus.APPLIED,
  transitions: {
    startReview: { from: [NotarisationStatus.APPLIED], to: NotarisationStatus.REVIEWING },
    issue: { from: [NotarisationStatus.REVIEWING], to: NotarisationStatus.ISSUED },
    refuse: { from: [NotarisationStatus.APPLIED, NotarisationStatus.REVIEWING], to: NotarisationStatus.REFUSED },
    issueEnforcementCertificate: { from: [NotarisationStatus.ISSUED], to: NotarisationStatus.ENFORCEMENT_CERTIFICATE_ISSUED },
  },
});

export const OPEN_NOTARISATION_STATUSES = [NotarisationStatus.APPLIED, NotarisationStatus.REVIEWING];

/** The notarial certificate is due 15 working days after the office accepts the application (公证程序规则 Art 35). */
export function reviewDueAt(from: Date): Date {
  return dueDate("NOTARY_REVIEW", from);
}

// （2026）云玉红证字第123号, （2019）京方圆内经证字第1234号, （2026）云玉红执证字第5号: year, the office's
// abbreviation and the kind of certificate (…证…字), serial.
const NOTARIAL_NUMBER = /^[(（](\d{4})[)）]([\u4e00-\u9fa5]{1,16}字)第(\d{1,8})号$/;

/** Checks a notarial or enforcement certificate number; returns its canonical form or why it is refused. */
export function parseNotarialNumber(raw: string): { canonical: string } | string {
  const text = raw.trim();
  const m = NOTARIAL_NUMBER.exec(text);
  if (!m) return "must look like （2026）云玉红证字第123号: (year), the office's abbreviation and certificate kind ending in 字, 第, serial, 号";
  const [, year, word, serial] = m;
  if (!word!.includes("证")) return `${word} is not a notarial certificate word (it contains 证, as in 证字 or 执证字)`;
  const y = Number(year);
  if (y < 1990 || y > new Date().getFullYear() + 1) return `year ${y} is out of range`;
  const number = Number(serial);
  if (number < 1) return "serial must be at least 1";
  return { canonical: `（${year}）${word}第${number}号` };
}

/**
 * Why the application's record rules out a step its status allows (an enforcement certificate
 * before the payment fell due), or null. The mutation refuses with this message, and
 * `availableActions` leaves such a step out.
 */
export function notarisationStepRefusal(action: NotarisationApplicationAction, application: { paymentDueAt: Date }, now = new Date()): Problem | null {
  if (action === "issueEnforcementCertificate" && application.paymentDueAt.getTime() >= now.getTime()) {
    return {
      en: `payment falls due at ${application.paymentDueAt.toISOString()}; an enforcement certificate can be issued only after the debtor fails to pay by then`,
      zh: `履行期限至 ${chinaDateTimeString(application.paymentDueAt)} 届满，债务人逾期不履行后才能出具执行证书`,
    };
  }
  return null;
}
