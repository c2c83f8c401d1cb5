import { caseIndexer, type CaseIndexer } from "@hub/kit";
import { NotarisationApplication } from "./entities/notarisation.entity.ts";
import { NotarisationStatus, OPEN_NOTARISATION_STATUSES } from "./workflow/notarisation.workflow.ts";

/** How applications for enforceable notarisation appear in the cross-agency case index. */
export const notaryIndexers: CaseIndexer[] = [
  caseIndexer({
    caseType: "NotarisationApplication",
    entity: NotarisationApplication,
    facts: (rows) =>
      rows.map((r) => ({
        unifiedNumber: r.unifiedNumber ?? null,
        reference: r.certificateNumber ?? null,
        agency: r.notaryOffice,
        title: "赋强公证申请",
        disputeType: null,
        divisionCode: r.divisionCode,
        status: r.status,
        openedAt: r.appliedAt,
        dueAt: r.dueAt ?? null,
        open: OPEN_NOTARISATION_STATUSES.includes(r.status),
        succeeded: r.status !== NotarisationStatus.REFUSED,
        amount: r.paymentAmount,
        version: r.version,
      })),
  }),
];
