import { defineWorkflow } from "@hub/kit";
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

export const confirmationWorkflow = defineWorkflow<ConfirmationStatus, "accept" | "refuse" | "extendDecision" | "confirm" | "reject">({
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

/** Case-type codes a judicial-confirmation case number may carry: 民特 (filed) or 诉前调确 (since 2022). */
export const CONFIRMATION_CASE_TYPES = ["民特", "诉前调确"];
