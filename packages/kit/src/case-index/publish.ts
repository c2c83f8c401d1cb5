import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { Task } from "graphile-worker";
import { CaseParty } from "../party.ts";
import { StatusChange } from "../workflow.ts";
import { HandoffRecord } from "../handoff/handoff.entity.ts";
import { HandoffDirection } from "../handoff/kinds.ts";
import { postAsService } from "../handoff/worker.ts";
import { RETRY_CAP_SECONDS, retryLater } from "../retry.ts";
import { channelOfSubgraph, type Channel } from "./catalog.ts";

/**
 * Every channel tells the mediation centre's case index what its cases look like now. A trigger
 * queues a job in the same transaction as each timeline entry (status_change row), so no code path
 * can change a case without the index hearing of it; the job sends the case's current state and
 * its whole timeline, which makes a late, repeated or reordered delivery harmless.
 */

export const PUBLISH_TASK = "publish_case_event";
/**
 * graphile-worker runs lower numbers first (default 0). Handoff deliveries and answers share the
 * queue with publish jobs, which each state change queues several of; behind them a delivery
 * waited seconds (the bench saw handoffs fall from 44/s to 6/s), so publishing yields to them.
 */
export const PUBLISH_PRIORITY = 10;
export const CASE_INDEX_PATH = "/internal/case-index";
const INDEX_OWNER = "mediation-center";

/** What a channel says about one of its cases; the kit adds the parties and the timeline. */
export interface CaseFacts {
  unifiedNumber: string | null;
  /** The agency's own number: case number, petition number, 110 incident number. */
  reference: string | null;
  /** The agency handling it: court, bureau, police station, commission, notary office. */
  agency: string;
  /** A short line for result lists. Never petition content or a police narrative. */
  title: string;
  disputeType: string | null;
  divisionCode: string;
  status: string;
  openedAt: Date;
  /** The pending legal deadline; ignored once the case is closed. */
  dueAt: Date | null;
  /** Whether the case is still open (not finally decided, closed or withdrawn). */
  open: boolean;
  /**
   * Whether a concluded case reached the outcome its channel counts as success (调解成功: an
   * agreement, a confirmation, a certificate…); null while open. Statistics count it (调解成功率).
   */
  succeeded: boolean | null;
  /**
   * Whether the case has concluded (办结) in its channel; left out, it is `!open`. A case waiting
   * for the agency to start (a registered mediation case owes no deadline yet) is neither.
   */
  concluded?: boolean;
  /**
   * When the case concluded (办结); ignored unless concluded. Left out, the kit takes the time of the
   * case's last timeline entry, which is the step that closed it.
   */
  concludedAt?: Date | null;
  amount: string | null;
  /** The row's optimistic-lock version: a newer state never loses to an older one. */
  version: number;
}

/** How one kind of case is described to the index. */
export interface CaseIndexer<T extends { id: string } = { id: string }> {
  caseType: string;
  entity: new (...args: never[]) => T;
  /** The facts of each row, in the rows' order; batched, since a rebuild describes thousands at once. */
  facts(rows: T[], em: EntityManager): CaseFacts[] | Promise<CaseFacts[]>;
  /** Where the parties are recorded when not on the case itself (a mediation case's are on its dispute). */
  partiesFrom?: { caseType: string; caseId(row: T): string };
}

/** Keeps a channel's indexer typed against its entity. */
export function caseIndexer<T extends { id: string }>(indexer: CaseIndexer<T>): CaseIndexer {
  return indexer as unknown as CaseIndexer;
}

export interface CaseEventWire {
  id: string;
  caseType: string;
  caseId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actor: string;
  at: string;
  note: string | null;
}

export interface IndexedPartyWire {
  partyKey: string;
  name: string;
  role: string;
  kind: string;
}

export interface IndexedCaseWire extends Omit<CaseFacts, "openedAt" | "dueAt" | "concluded" | "concludedAt"> {
  caseType: string;
  caseId: string;
  openedAt: string;
  dueAt: string | null;
  /** When it concluded; null while open (older senders leave it out). */
  concludedAt?: string | null;
  parties: IndexedPartyWire[];
  events: CaseEventWire[];
}

export interface IndexedHandoffWire {
  id: string;
  kind: string;
  fromChannel: string;
  fromCaseType: string;
  fromCaseId: string;
  toChannel: string;
  toCaseType: string | null;
  toCaseId: string | null;
  unifiedNumber: string | null;
  status: string;
  offeredAt: string;
  dueAt: string;
  version: number;
  events: CaseEventWire[];
}

/** One delivery to the index: the current state of some cases and handoffs of one channel. */
export interface CaseIndexBatch {
  channel: Channel;
  cases: IndexedCaseWire[];
  /** Cases the channel no longer holds. */
  removed: { caseType: string; caseId: string }[];
  handoffs: IndexedHandoffWire[];
}

function eventWire(row: StatusChange): CaseEventWire {
  return {
    id: row.id, caseType: row.caseType, caseId: row.caseId, action: row.action, fromStatus: row.fromStatus ?? null,
    toStatus: row.toStatus, actor: row.actor, at: row.at.toISOString(), note: row.note ?? null,
  };
}

async function timelinesOf(em: EntityManager, caseType: string, ids: string[]): Promise<Map<string, CaseEventWire[]>> {
  const rows = await em.find(StatusChange, { caseType, caseId: { $in: ids } }, { orderBy: { at: "asc", id: "asc" } });
  const byCase = new Map<string, CaseEventWire[]>();
  for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), eventWire(row)]);
  return byCase;
}

/** Current state of some cases of one kind: three SQL statements however many cases. */
export async function describeCases(em: EntityManager, indexer: CaseIndexer, ids: string[]): Promise<Pick<CaseIndexBatch, "cases" | "removed">> {
  if (ids.length === 0) return { cases: [], removed: [] };
  const rows = await em.find(indexer.entity, { id: { $in: ids } } as never);
  const found = new Set(rows.map((r) => r.id));
  const partyHolder = (row: { id: string }) => (indexer.partiesFrom ? indexer.partiesFrom.caseId(row) : row.id);
  const parties = await em.find(
    CaseParty,
    { caseType: indexer.partiesFrom?.caseType ?? indexer.caseType, caseId: { $in: [...new Set(rows.map(partyHolder))] } },
    { orderBy: { role: "asc", name: "asc" } },
  );
  const events = await timelinesOf(em, indexer.caseType, [...found]);
  const allFacts = await indexer.facts(rows, em);
  const partiesOf = new Map<string, IndexedPartyWire[]>();
  for (const p of parties) partiesOf.set(p.caseId, [...(partiesOf.get(p.caseId) ?? []), { partyKey: p.partyKey, name: p.name, role: p.role, kind: p.kind }]);
  const cases = rows.map((row, i): IndexedCaseWire => {
    const facts = allFacts[i]!;
    const timeline = events.get(row.id) ?? [];
    // One rule for every channel: a closed case concluded when its last step happened, unless
    // the channel knows better; an open one has not concluded, whatever a row says.
    const concluded = facts.concluded ?? !facts.open;
    const concludedAt = concluded ? (facts.concludedAt?.toISOString() ?? timeline.at(-1)?.at ?? facts.openedAt.toISOString()) : null;
    const { concluded: _concluded, concludedAt: _at, ...described } = facts;
    return {
      ...described,
      caseType: indexer.caseType,
      caseId: row.id,
      openedAt: facts.openedAt.toISOString(),
      dueAt: facts.open && facts.dueAt ? facts.dueAt.toISOString() : null,
      concludedAt,
      succeeded: concluded ? facts.succeeded : null,
      parties: partiesOf.get(partyHolder(row)) ?? [],
      events: timeline,
    };
  });
  return { cases, removed: ids.filter((id) => !found.has(id)).map((caseId) => ({ caseType: indexer.caseType, caseId })) };
}

/**
 * Handoffs this channel sent, with their steps. Only the sender's record goes to the index: it
 * learns every answer, so its timeline is the handoff's whole story.
 */
export async function describeHandoffs(em: EntityManager, ids: string[]): Promise<IndexedHandoffWire[]> {
  if (ids.length === 0) return [];
  const rows = await em.find(HandoffRecord, { id: { $in: ids }, direction: HandoffDirection.OUTGOING });
  const events = await timelinesOf(em, "Handoff", rows.map((r) => r.id));
  return rows.map((h) => ({
    id: h.id, kind: h.kind, fromChannel: h.fromChannel, fromCaseType: h.fromCaseType, fromCaseId: h.fromCaseId, toChannel: h.toChannel,
    toCaseType: h.toCaseType ?? null, toCaseId: h.toCaseId ?? null, unifiedNumber: h.unifiedNumber ?? null, status: h.status,
    offeredAt: h.offeredAt.toISOString(), dueAt: h.dueAt.toISOString(), version: h.version, events: events.get(h.id) ?? [],
  }));
}

/** Sends a batch to the mediation centre's index, signed as this subgraph. */
export async function sendToIndex(subgraph: string, batch: CaseIndexBatch): Promise<void> {
  if (batch.cases.length + batch.removed.length + batch.handoffs.length === 0) return;
  await postAsService(subgraph, INDEX_OWNER, CASE_INDEX_PATH, batch);
}

/**
 * The worker task: publish the current state of the case (or handoff) a timeline entry belongs to.
 * A failed delivery is queued again with a backoff capped at RETRY_CAP_SECONDS.caseIndex, so the
 * index catches up within seconds of the mediation centre coming back from an outage.
 */
export function publishCaseTask(orm: MikroORM, subgraph: string, indexers: readonly CaseIndexer[]): Task {
  const byType = new Map(indexers.map((i) => [i.caseType, i]));
  return async (payload, helpers) => {
    const { caseType, caseId, attempt = 0 } = payload as { caseType: string; caseId: string; attempt?: number };
    try {
      const em = orm.em.fork();
      const batch: CaseIndexBatch = { channel: channelOfSubgraph(subgraph), cases: [], removed: [], handoffs: [] };
      if (caseType === "Handoff") {
        batch.handoffs = await describeHandoffs(em, [caseId]);
        // The receiver's answers change the sender's case without a timeline entry of the case's
        // own (a police incident or petition learns the centre's unified number and result), so the
        // sender's case is republished with its handoff.
        for (const handoff of batch.handoffs) {
          const sender = byType.get(handoff.fromCaseType);
          if (!sender) continue;
          const described = await describeCases(em, sender, [handoff.fromCaseId]);
          batch.cases.push(...described.cases);
          batch.removed.push(...described.removed);
        }
      } else {
        const indexer = byType.get(caseType);
        if (!indexer) return; // committees, mediators, agreements: not cases of the index
        Object.assign(batch, await describeCases(em, indexer, [caseId]));
      }
      await sendToIndex(subgraph, batch);
    } catch (error) {
      const cap = RETRY_CAP_SECONDS.caseIndex;
      if (attempt === 0) console.error(`[${subgraph}] index: could not publish ${caseType} ${caseId} (${(error as Error).message.split("\n")[0]}); retrying every ≤${cap} s`);
      await retryLater(helpers, PUBLISH_TASK, { caseType, caseId }, attempt, { capSeconds: cap, priority: PUBLISH_PRIORITY });
    }
  };
}

/**
 * Queues a publish job with every new timeline entry, in the writer's transaction. Installed by
 * the kit's migrate step in every subgraph's database (idempotent), after graphile-worker's own
 * schema exists. Bulk loaders that rebuild the index afterwards turn it off for their session
 * with `set session_replication_role = replica`.
 */
export const CASE_EVENT_TRIGGER_SQL = `
create or replace function hub_publish_case_event() returns trigger language plpgsql as $$
begin
  perform graphile_worker.add_job('${PUBLISH_TASK}', json_build_object('caseType', new.case_type, 'caseId', new.case_id),
    max_attempts := 1000, priority := ${PUBLISH_PRIORITY});
  return null;
end $$;
create or replace trigger status_change_publish after insert on status_change
  for each row execute function hub_publish_case_event();
`;
