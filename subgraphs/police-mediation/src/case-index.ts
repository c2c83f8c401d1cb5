import { caseIndexer, DISPUTE_TYPE_LABELS, type CaseIndexer } from "@hub/kit";
import { PoliceIncident } from "./entities/incident.entity.ts";
import { OPEN_INCIDENT_STATUSES, PoliceIncidentStatus } from "./workflow/incident.workflow.ts";

/** How 110 incidents appear in the cross-agency case index; the narrative stays here. */
export const policeIndexers: CaseIndexer[] = [
  caseIndexer({
    caseType: "PoliceIncident",
    entity: PoliceIncident,
    facts: (rows) =>
      rows.map((r) => ({
        unifiedNumber: r.unifiedNumber ?? null,
        reference: r.incidentNumber,
        agency: r.station,
        title: `警情 · ${DISPUTE_TYPE_LABELS[r.disputeType]}`,
        disputeType: r.disputeType,
        divisionCode: r.divisionCode,
        status: r.status,
        openedAt: r.reportedAt,
        dueAt: r.dueAt ?? null,
        open: OPEN_INCIDENT_STATUSES.includes(r.status),
        succeeded: r.status === PoliceIncidentStatus.PERFORMED || r.status === PoliceIncidentStatus.AGREEMENT_REACHED,
        amount: null,
        version: r.version,
      })),
  }),
];
