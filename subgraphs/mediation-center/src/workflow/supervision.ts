import { type HubContext, workingDayBefore } from "@hub/kit";
import { LockMode } from "@mikro-orm/core";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Dispatch } from "../entities/dispatch.entity.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { SupervisionItem } from "../entities/supervision.entity.ts";
import { escalateDispatch } from "./dispatch.ts";
import { DispatchStatus, SupervisionClock, SupervisionStatus, type DispatchLevel } from "./dispatch.workflow.ts";

// 督办: every missed clock opens an item at the level above; the check runs from the worker's cron
// and takes `now`, so tests drive the clock instead of sleeping.

/** The worker task name of the check (graphile-worker cron, every minute like handoff expiry). */
export const SUPERVISION_TASK = "supervision_check";

const COUNTY_CENTRE = "县(区)矛调中心";

async function agencyName(tx: HubContext, committeeId: string | null | undefined): Promise<string> {
  if (!committeeId) return COUNTY_CENTRE;
  return (await tx.em.findOne(MediationCommittee, { id: committeeId }))?.name ?? committeeId;
}

export interface SupervisionOpening {
  clock: SupervisionClock;
  /** The routing whose clock ran out. */
  missed: Dispatch;
  /** Who supervises: the level above and its committee (null = the county centre). */
  level: DispatchLevel;
  supervisorCommitteeId: string | null;
  /** When the supervisor must have acted, or the item escalates again. */
  dueAt: Date;
  responsiblePerson?: string | null;
  escalatedFrom?: SupervisionItem | null;
  now?: Date;
}

/** Opens a supervision item (督办事项) at the level above, in the caller's transaction. */
export async function openSupervisionItem(tx: HubContext, opening: SupervisionOpening): Promise<SupervisionItem> {
  const { missed } = opening;
  if (opening.escalatedFrom) opening.escalatedFrom.status = SupervisionStatus.ESCALATED;
  return tx.em.create(SupervisionItem, {
    clock: opening.clock,
    dispatchId: missed.id,
    unifiedNumber: missed.unifiedNumber,
    divisionCode: missed.divisionCode,
    missedDueAt: missed.dueAt,
    responsibleCommitteeId: missed.committeeId ?? null,
    responsibleAgency: await agencyName(tx, missed.committeeId),
    responsiblePerson: opening.responsiblePerson ?? null,
    supervisingLevel: opening.level,
    supervisorCommitteeId: opening.supervisorCommitteeId,
    supervisingAgency: await agencyName(tx, opening.supervisorCommitteeId),
    dueAt: opening.dueAt,
    escalatedFromId: opening.escalatedFrom?.id ?? null,
    openedAt: opening.now ?? new Date(),
  });
}

export interface SupervisionCheckResult {
  reminded: number;
  escalated: number;
  opened: number;
}

/**
 * Looks at every running sign-for clock as of `now`: records the reminder one working day before it
 * runs out, and for a clock that ran out sends the dispute a level up and opens a supervision item
 * there. An item whose own routing is missed again (the supervisor ignored it) is marked ESCALATED
 * and a new item opens one more level up. At the county centre there is no level above: its missed
 * clock stays open on the item and shows as overdue.
 */
export async function runSupervisionCheck(tx: HubContext, now = new Date()): Promise<SupervisionCheckResult> {
  const result: SupervisionCheckResult = { reminded: 0, escalated: 0, opened: 0 };
  // Locked, skipping rows another check (or a committee signing) holds: two checks at once (the
  // cron and a queued one) must not both send the same missed clock a level up.
  const waiting = await tx.em.find(Dispatch, { status: DispatchStatus.ASSIGNED }, { orderBy: { dueAt: "asc" }, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
  for (const dispatch of waiting) {
    if (dispatch.dueAt.getTime() < now.getTime()) {
      const dispute = await tx.em.findOneOrFail(Dispute, { id: dispatch.disputeId });
      const next = await escalateDispatch(tx, dispatch, dispute, now);
      if (!next) continue;
      result.escalated++;
      const ignored = await tx.em.findOne(SupervisionItem, { clock: SupervisionClock.SIGN_FOR, status: SupervisionStatus.OPEN, supervisorCommitteeId: dispatch.committeeId ?? null, unifiedNumber: dispatch.unifiedNumber });
      await openSupervisionItem(tx, {
        clock: SupervisionClock.SIGN_FOR,
        missed: dispatch,
        level: next.level,
        supervisorCommitteeId: next.committeeId ?? null,
        dueAt: next.dueAt,
        escalatedFrom: ignored,
        now,
      });
      result.opened++;
    } else if (!dispatch.remindedAt && workingDayBefore(dispatch.dueAt).getTime() <= now.getTime()) {
      dispatch.remindedAt = now;
      result.reminded++;
    }
  }
  const items = await tx.em.find(SupervisionItem, { status: SupervisionStatus.OPEN, remindedAt: null, dueAt: { $gt: now } });
  for (const item of items) {
    if (workingDayBefore(item.dueAt).getTime() <= now.getTime()) {
      item.remindedAt = now;
      result.reminded++;
    }
  }
  return result;
}
