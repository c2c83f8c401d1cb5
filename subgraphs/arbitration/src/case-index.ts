import { addMoney, caseIndexer, DISPUTE_TYPE_LABELS, type CaseIndexer } from "@hub/kit";
import { ArbitrationCase } from "./entities/arbitration-case.entity.ts";
import { ArbitrationClaim } from "./entities/arbitration-claim.entity.ts";
import { ArbitrationKind, ArbitrationOutcome, OPEN_ARBITRATION_STATUSES } from "./workflow/arbitration.workflow.ts";

/** How arbitration cases appear in the cross-agency case index; the amount is the sum of the claims. */
export const arbitrationIndexers: CaseIndexer[] = [
  caseIndexer({
    caseType: "ArbitrationCase",
    entity: ArbitrationCase,
    facts: async (rows, em) => {
      const claims = await em.find(ArbitrationClaim, { arbitrationCase: { $in: rows.map((r) => r.id) } });
      const totals = new Map<string, string>();
      for (const claim of claims) {
        if (claim.amount == null) continue;
        const caseId = claim.arbitrationCase.id;
        totals.set(caseId, addMoney(totals.get(caseId) ?? "0.00", claim.amount));
      }
      return rows.map((r) => ({
        unifiedNumber: r.unifiedNumber ?? null,
        reference: r.caseNumber ?? null,
        agency: r.commission,
        title: `${r.kind === ArbitrationKind.LABOUR ? "劳动人事争议仲裁" : "商事仲裁"} · ${DISPUTE_TYPE_LABELS[r.disputeType]}`,
        disputeType: r.disputeType,
        divisionCode: r.divisionCode,
        status: r.status,
        openedAt: r.appliedAt,
        dueAt: r.dueAt ?? null,
        open: OPEN_ARBITRATION_STATUSES.includes(r.status),
        // Settled by the commission: a mediation statement (调解书) or an award; withdrawn and not accepted are not.
        succeeded: r.outcome === ArbitrationOutcome.MEDIATION_STATEMENT || r.outcome === ArbitrationOutcome.AWARD,
        concludedAt: r.closedAt ?? null,
        amount: totals.get(r.id) ?? null,
        version: r.version,
      }));
    },
  }),
];
