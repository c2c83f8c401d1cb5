import { caseIndexer, DISPUTE_TYPE_LABELS, type CaseIndexer } from "@hub/kit";
import { JudicialConfirmation } from "./entities/confirmation.entity.ts";
import { CourtFiling } from "./entities/filing.entity.ts";
import { CourtReferral } from "./entities/referral.entity.ts";
import { ConfirmationStatus } from "./workflow/confirmation.workflow.ts";
import { CourtFilingStatus } from "./workflow/filing.workflow.ts";
import { OPEN_REFERRAL_STATUSES, ReferralKind, ReferralStatus } from "./workflow/referral.workflow.ts";

/** How the court's cases appear in the cross-agency case index. */
export const courtIndexers: CaseIndexer[] = [
  caseIndexer({
    caseType: "CourtReferral",
    entity: CourtReferral,
    facts: (rows) =>
      rows.map((r) => ({
        unifiedNumber: r.unifiedNumber ?? null,
        reference: r.caseNumber ?? null,
        agency: r.court,
        title: `${r.kind === ReferralKind.DELEGATED ? "诉前委派调解" : "诉中委托调解"} · ${DISPUTE_TYPE_LABELS[r.disputeType]}`,
        disputeType: r.disputeType,
        divisionCode: r.divisionCode,
        status: r.status,
        openedAt: r.referredAt,
        dueAt: r.dueAt,
        open: OPEN_REFERRAL_STATUSES.includes(r.status),
        succeeded: r.status === ReferralStatus.SUCCEEDED,
        amount: r.amount ?? null,
        version: r.version,
      })),
  }),
  caseIndexer({
    caseType: "JudicialConfirmation",
    entity: JudicialConfirmation,
    facts: (rows) =>
      rows.map((r) => ({
        unifiedNumber: r.unifiedNumber ?? null,
        reference: r.caseNumber ?? null,
        agency: r.court,
        title: "司法确认申请",
        disputeType: null,
        divisionCode: r.divisionCode,
        status: r.status,
        openedAt: r.appliedAt,
        dueAt: r.dueAt ?? null,
        open: r.status === ConfirmationStatus.APPLIED || r.status === ConfirmationStatus.ACCEPTED,
        succeeded: r.status === ConfirmationStatus.CONFIRMED,
        amount: r.agreementAmount ?? null,
        version: r.version,
      })),
  }),
  caseIndexer({
    caseType: "CourtFiling",
    entity: CourtFiling,
    facts: (rows) =>
      rows.map((r) => ({
        unifiedNumber: r.unifiedNumber ?? null,
        reference: r.caseNumber ?? r.sourceReference,
        agency: r.court,
        title: `立案申请 · ${DISPUTE_TYPE_LABELS[r.disputeType]}`,
        disputeType: r.disputeType,
        divisionCode: r.divisionCode,
        status: r.status,
        openedAt: r.receivedAt,
        dueAt: r.dueAt ?? null,
        open: r.status === CourtFilingStatus.RECEIVED,
        succeeded: r.status === CourtFilingStatus.FILED,
        amount: r.amount ?? null,
        version: r.version,
      })),
  }),
];
