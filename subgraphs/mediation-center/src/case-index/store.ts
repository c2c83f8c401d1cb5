import type { CaseIndexBatch } from "@hub/kit";
import type { EntityManager } from "@mikro-orm/postgresql";
import { nameGrams } from "./name-grams.ts";

/**
 * Writes a channel's batch into the index in one transaction: cases upserted unless the index
 * already holds a newer version, timeline entries inserted once, handoffs upserted the same way.
 * A whole batch is three or four statements, so a rebuild of a million cases stays fast.
 */
export async function applyIndexBatch(em: EntityManager, batch: CaseIndexBatch): Promise<void> {
  await em.transactional(async (tx) => {
    if (batch.cases.length > 0) {
      const rows = batch.cases.map((c) => ({
        case_id: c.caseId, case_type: c.caseType, channel: batch.channel, unified_number: c.unifiedNumber, reference: c.reference,
        agency: c.agency.slice(0, 200), title: c.title.slice(0, 300), dispute_type: c.disputeType, division_code: c.divisionCode,
        status: c.status, opened_at: c.openedAt, due_at: c.dueAt, amount: c.amount, concluded_at: c.concludedAt ?? null, succeeded: c.succeeded ?? null,
        party_keys: [...new Set(c.parties.map((p) => p.partyKey))],
        parties: c.parties.map((p) => ({ name: p.name, role: p.role, kind: p.kind, partyKey: p.partyKey })),
        name_grams: nameGrams(c.parties.map((p) => p.name)),
        source_version: c.version,
      }));
      await tx.execute(
        `insert into indexed_case (case_id, case_type, channel, unified_number, reference, agency, title, dispute_type, division_code, status,
           opened_at, due_at, amount, concluded_at, succeeded, party_keys, parties, name_grams, source_version, deadline_at, synced_at)
         select r.*, r.due_at, now() from jsonb_to_recordset(?::jsonb) as r(case_id uuid, case_type text, channel text, unified_number text, reference text,
           agency text, title text, dispute_type text, division_code text, status text, opened_at timestamptz, due_at timestamptz,
           amount numeric, concluded_at timestamptz, succeeded boolean, party_keys text[], parties jsonb, name_grams text[], source_version int)
         on conflict (case_id) do update set case_type = excluded.case_type, channel = excluded.channel, unified_number = excluded.unified_number,
           reference = excluded.reference, agency = excluded.agency, title = excluded.title, dispute_type = excluded.dispute_type,
           division_code = excluded.division_code, status = excluded.status, opened_at = excluded.opened_at, due_at = excluded.due_at,
           amount = excluded.amount, concluded_at = excluded.concluded_at, succeeded = excluded.succeeded,
           -- A channel stops sending the deadline once the case closes; the index keeps the last one it saw.
           deadline_at = coalesce(excluded.due_at, indexed_case.deadline_at), party_keys = excluded.party_keys, parties = excluded.parties, name_grams = excluded.name_grams,
           source_version = excluded.source_version, synced_at = now()
         where indexed_case.source_version <= excluded.source_version`,
        [JSON.stringify(rows)],
      );
    }
    const events = [...batch.cases.flatMap((c) => c.events), ...batch.handoffs.flatMap((h) => h.events)].map((e) => ({
      id: e.id, channel: batch.channel, case_type: e.caseType, case_id: e.caseId, action: e.action, from_status: e.fromStatus,
      to_status: e.toStatus, actor: e.actor, at: e.at, note: e.note,
    }));
    if (events.length > 0) {
      await tx.execute(
        `insert into case_event (id, channel, case_type, case_id, action, from_status, to_status, actor, at, note)
         select r.* from jsonb_to_recordset(?::jsonb) as r(id uuid, channel text, case_type text, case_id text, action text, from_status text,
           to_status text, actor text, at timestamptz, note text)
         on conflict (id) do nothing`,
        [JSON.stringify(events)],
      );
    }
    if (batch.handoffs.length > 0) {
      const rows = batch.handoffs.map((h) => ({
        id: h.id, kind: h.kind, from_channel: h.fromChannel, from_case_type: h.fromCaseType, from_case_id: h.fromCaseId, to_channel: h.toChannel,
        to_case_type: h.toCaseType, to_case_id: h.toCaseId, unified_number: h.unifiedNumber, status: h.status, offered_at: h.offeredAt,
        due_at: h.dueAt, source_version: h.version,
      }));
      await tx.execute(
        `insert into indexed_handoff (id, kind, from_channel, from_case_type, from_case_id, to_channel, to_case_type, to_case_id, unified_number,
           status, offered_at, due_at, source_version, synced_at)
         select r.*, now() from jsonb_to_recordset(?::jsonb) as r(id uuid, kind text, from_channel text, from_case_type text, from_case_id text,
           to_channel text, to_case_type text, to_case_id text, unified_number text, status text, offered_at timestamptz, due_at timestamptz,
           source_version int)
         on conflict (id) do update set to_case_type = excluded.to_case_type, to_case_id = excluded.to_case_id,
           unified_number = excluded.unified_number, status = excluded.status, due_at = excluded.due_at,
           source_version = excluded.source_version, synced_at = now()
         where indexed_handoff.source_version <= excluded.source_version`,
        [JSON.stringify(rows)],
      );
    }
    if (batch.removed.length > 0) {
      await tx.execute(`delete from indexed_case where case_id in (select (jsonb_array_elements_text(?::jsonb))::uuid)`, [
        JSON.stringify(batch.removed.map((r) => r.caseId)),
      ]);
    }
  });
}

/**
 * After a rebuild of one channel: drops the index rows of cases the channel no longer has, i.e.
 * rows of that channel that the rebuild (started at `since`) did not touch.
 */
export async function removeUnseen(em: EntityManager, channel: string, since: Date): Promise<number> {
  const rows = await em.execute<{ case_id: string }[]>(`delete from indexed_case where channel = ? and synced_at < ? returning case_id`, [channel, since]);
  return rows.length;
}
