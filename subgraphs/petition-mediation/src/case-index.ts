import { caseIndexer, DISPUTE_TYPE_LABELS, divisionName, HandoffOutcome, type CaseIndexer } from "@hub/kit";
import { Petition } from "./entities/petition.entity.ts";
import { AGENCY_OPEN_STATUSES, PetitionStatus } from "./workflow/petition.workflow.ts";

/** How petitions appear in the cross-agency case index; the petition's content stays here. */
export const petitionIndexers: CaseIndexer[] = [
  caseIndexer({
    caseType: "Petition",
    entity: Petition,
    facts: (rows) =>
      rows.map((r) => ({
        unifiedNumber: r.unifiedNumber ?? null,
        reference: r.petitionNumber,
        agency: `${divisionName(r.divisionCode) ?? ""}信访局`,
        title: `信访件 · ${DISPUTE_TYPE_LABELS[r.disputeType]}`,
        disputeType: r.disputeType,
        divisionCode: r.divisionCode,
        status: r.status,
        openedAt: r.registeredAt,
        dueAt: r.dueAt ?? null,
        open: AGENCY_OPEN_STATUSES.includes(r.status),
        // Handled and answered, and when diverted to mediation not failed there.
        succeeded: r.status !== PetitionStatus.NOT_ACCEPTED && r.mediationOutcome !== HandoffOutcome.FAILED,
        amount: null,
        version: r.version,
      })),
  }),
];
