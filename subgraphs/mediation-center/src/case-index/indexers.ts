import { caseIndexer, DISPUTE_TYPE_LABELS, type CaseIndexer } from "@hub/kit";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import { CONCLUDED_MEDIATION_CASE_STATUSES, MediationCaseStatus, OPEN_MEDIATION_CASE_STATUSES } from "../workflow/mediation-case.workflow.ts";

/** The agency a dispute is with before a committee takes it on. */
export const INTAKE_AGENCY = "矛盾纠纷调处化解中心";

/** How the centre's own records appear in the cross-agency case index. */
export const centreIndexers: CaseIndexer[] = [
  caseIndexer({
    caseType: "Dispute",
    entity: Dispute,
    facts: (rows) =>
      rows.map((r) => ({
        unifiedNumber: r.unifiedNumber,
        reference: r.sourceReference ?? null,
        agency: INTAKE_AGENCY,
        title: `纠纷登记 · ${DISPUTE_TYPE_LABELS[r.disputeType]}`,
        disputeType: r.disputeType,
        divisionCode: r.divisionCode,
        // Intake has no workflow of its own beyond registration; its cases carry the progress.
        status: "REGISTERED",
        openedAt: r.registeredAt,
        dueAt: null,
        open: false,
        // Intake only registers; the dispute's cases conclude (statistics leave intake records out).
        concluded: false,
        succeeded: null,
        amount: r.amount ?? null,
        version: r.version,
      })),
  }),
  caseIndexer({
    caseType: "MediationCase",
    entity: MediationCase,
    partiesFrom: { caseType: "Dispute", caseId: (row) => row.disputeId },
    facts: async (rows, em) => {
      const disputes = new Map(
        (await em.find(Dispute, { id: { $in: [...new Set(rows.map((r) => r.disputeId))] } })).map((d) => [d.id, d]),
      );
      const committeeIds = [...new Set(rows.map((r) => r.committeeId).filter((id): id is string => !!id))];
      const committees = new Map((committeeIds.length ? await em.find(MediationCommittee, { id: { $in: committeeIds } }) : []).map((c) => [c.id, c]));
      return rows.map((r) => {
        const dispute = disputes.get(r.disputeId)!;
        return {
          unifiedNumber: r.unifiedNumber,
          reference: null,
          agency: (r.committeeId && committees.get(r.committeeId)?.name) || INTAKE_AGENCY,
          title: `人民调解 · ${DISPUTE_TYPE_LABELS[dispute.disputeType]}`,
          disputeType: dispute.disputeType,
          divisionCode: dispute.divisionCode,
          status: r.status,
          openedAt: r.registeredAt,
          dueAt: r.dueAt ?? null,
          open: OPEN_MEDIATION_CASE_STATUSES.includes(r.status),
          // A registered case awaits acceptance: not open for deadlines, not concluded either.
          concluded: CONCLUDED_MEDIATION_CASE_STATUSES.includes(r.status),
          succeeded: r.status === MediationCaseStatus.AGREEMENT_REACHED,
          amount: dispute.amount ?? null,
          version: r.version,
        };
      });
    },
  }),
];
