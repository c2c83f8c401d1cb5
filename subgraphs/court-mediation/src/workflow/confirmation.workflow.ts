import { defineWorkflow, type Problem } from "@hub/kit";
import { registerEnumType } from "type-graphql";

export enum ConfirmationStatus {
  APPLIED = "APPLIED",
  ACCEPTED = "ACCEPTED",
  NOT_ACCEPTED = "NOT_ACCEPTED",
  CONFIRMED = "CONFIRMED",
  REJECTED = "REJECTED",
}
registerEnumType(ConfirmationStatus, {
  name: "ConfirmationStatus",
  description: "Where a judicial-confirmation application (司法确认申请) stands.",
  valuesConfig: {
    APPLIED: { description: "已申请: the court decides within 3 days whether to accept" },
    ACCEPTED: { description: "已受理: the court rules within 15 days (+10 with approval)" },
    NOT_ACCEPTED: { description: "不予受理" },
    CONFIRMED: { description: "裁定确认有效: the agreement is enforceable" },
    REJECTED: { description: "裁定驳回申请" },
  },
});

export enum JudicialConfirmationAction {
  accept = "accept",
  refuse = "refuse",
  extendDecision = "extendDecision",
  confirm = "confirm",
  reject = "reject",
}
registerEnumType(JudicialConfirmationAction, {
  name: "JudicialConfirmationAction",
  description: "A step of a judicial-confirmation application's workflow; JudicialConfirmation.availableActions lists those the caller may take now.",
  valuesConfig: {
    accept: { description: "受理: accept the application and number it (acceptJudicialConfirmation)" },
    refuse: { description: "不予受理: refuse the application, with reasons (refuseJudicialConfirmation)" },
    extendDecision: { description: "延长审查期限: 10 more days for the ruling, once, with the president's approval (extendJudicialConfirmationDecision)" },
    confirm: { description: "裁定确认有效: rule the agreement valid (ruleOnJudicialConfirmation, confirmed: true)" },
    reject: { description: "裁定驳回申请: reject the application (ruleOnJudicialConfirmation, confirmed: false)" },
  },
});

// The actions by their names (`${…}`): the steps name them as strings, GraphQL lists them as the enum.
export const confirmationWorkflow = defineWorkflow<ConfirmationStatus, `${JudicialConfirmationAction}`>({
  caseType: "JudicialConfirmation",
  initial: ConfirmationStatus.APPLIED,
  transitions: {
    accept: { from: [ConfirmationStatus.APPLIED], to: ConfirmationStatus.ACCEPTED },
    refuse: { from: [ConfirmationStatus.APPLIED], to: ConfirmationStatus.NOT_ACCEPTED },
    extendDecision: { from: [ConfirmationStatus.ACCEPTED], to: ConfirmationStatus.ACCEPTED },
    confirm: { from: [ConfirmationStatus.ACCEPTED], to: ConfirmationStatus.CONFIRMED },
    reject: { from: [ConfirmationStatus.ACCEPTED], to: ConfirmationStatus.REJECTED },
  },
});

/** The law allows one extension of the ruling period (10 days); why another is refused, or null while it is still open. */
export function decisionExtensionRefused(application: { decisionExtended: boolean }): Problem | null {
  return application.decisionExtended
    ? { en: "the decision period was already extended once; the law allows one extension of 10 days", zh: "审查期限已经延长过一次，依法只能延长一次（不超过 10 日）" }
    : null;
}

/** Case-type codes a judicial-confirmation case number may carry: 民特 (filed) or 诉前调确 (since 2022). */
export const CONFIRMATION_CASE_TYPES = ["民特", "诉前调确"];
