import { badInput, serviceSecret } from "@hub/kit";
import type { EntityManager } from "@mikro-orm/postgresql";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { queryGrams } from "./name-grams.ts";

export enum CaseSortOrder {
  NEWEST = "NEWEST",
  OLDEST = "OLDEST",
  DUE_SOONEST = "DUE_SOONEST",
}

/** A checked search: every value validated, the party's number already turned into its key. */
export interface CaseQuery {
  partyKey?: string;
  partyName?: string;
  divisionPrefix?: string;
  disputeTypes?: string[];
  channels?: string[];
  caseTypes?: string[];
  statuses?: string[];
  unifiedNumber?: string;
  overdueOnly?: boolean;
  openedFrom?: Date;
  openedBefore?: Date;
  amountMin?: string;
  amountMax?: string;
  /** What the caller may read (see authz.ts): these channels only; absent = every channel. */
  readableChannels?: string[];
  /** What the caller may read: these division prefixes only; absent = the whole country. */
  readablePrefixes?: string[];
}

export interface IndexedCaseRecord {
  case_id: string;
  case_type: string;
  channel: string;
  unified_number: string | null;
  reference: string | null;
  agency: string;
  title: string;
  dispute_type: string | null;
  division_code: string;
  status: string;
  opened_at: Date;
  due_at: Date | null;
  amount: string | null;
  parties: { name: string; role: string; kind: string; partyKey: string }[];
  synced_at: Date;
}

export function where(query: CaseQuery): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  // An array goes in as an array literal (MikroORM writes each value quoted into array[…]), so the
  // planner sees the values and estimates from the column statistics. Behind a subquery
  // (array(select …)) it would assume a default selectivity and, for a rare name or a narrow type and
  // division, walk the opened_at index through most of the table instead of using the right index.
  const textArray = "array[?]::text[]";
  if (query.partyKey) add(`party_keys @> ${textArray}`, [query.partyKey]);
  if (query.partyName) {
    const { grams, needle } = queryGrams(query.partyName);
    add(`name_grams @> ${textArray}`, grams);
    if (needle.length > 2) {
      // The names folded as nameGrams folds them (NFKC, lower case, no whitespace), or a name typed
      // with an ideographic space or full-width letters would pass the grams and fail the recheck.
      add(`exists (select 1 from jsonb_array_elements(parties) p where strpos(regexp_replace(lower(normalize(p->>'name', NFKC)), '\\s', '', 'g'), ?) > 0)`, needle);
    }
  }
  if (query.divisionPrefix) add(`division_code like ?`, `${query.divisionPrefix}%`);
  if (query.disputeTypes?.length) add(`dispute_type = any(${textArray})`, query.disputeTypes);
  if (query.channels?.length) add(`channel = any(${textArray})`, query.channels);
  if (query.caseTypes?.length) add(`case_type = any(${textArray})`, query.caseTypes);
  if (query.statuses?.length) add(`status = any(${textArray})`, query.statuses);
  if (query.unifiedNumber) add(`unified_number = ?`, query.unifiedNumber);
  if (query.overdueOnly) add(`due_at < now()`);
  if (query.openedFrom) add(`opened_at >= ?`, query.openedFrom);
  if (query.openedBefore) add(`opened_at < ?`, query.openedBefore);
  if (query.amountMin) add(`amount >= ?::numeric`, query.amountMin);
  if (query.amountMax) add(`amount <= ?::numeric`, query.amountMax);
  // An empty list reads nothing (an agency with no scope); array[] of no values would not parse.
  if (query.readableChannels) {
    if (query.readableChannels.length === 0) add("false");
    else add(`channel = any(${textArray})`, query.readableChannels);
  }
  if (query.readablePrefixes) {
    if (query.readablePrefixes.length === 0) add("false");
    else add(`division_code like any(${textArray})`, query.readablePrefixes.map((p) => `${p}%`));
  }
  return { clauses, params };
}

const ORDER: Record<CaseSortOrder, string> = {
  [CaseSortOrder.NEWEST]: "opened_at desc, case_id desc",
  [CaseSortOrder.OLDEST]: "opened_at asc, case_id asc",
  [CaseSortOrder.DUE_SOONEST]: "(due_at is null), due_at asc, case_id asc",
};

/** Where the previous page ended: the sort keys of its last row. */
interface Position {
  /** opened_at or due_at as ISO text; null for a row without a pending deadline. */
  at: string | null;
  caseId: string;
}

function after(sort: CaseSortOrder, position: Position): { sql: string; params: unknown[] } {
  if (sort === CaseSortOrder.NEWEST) return { sql: `(opened_at, case_id) < (?::timestamptz, ?::uuid)`, params: [position.at, position.caseId] };
  if (sort === CaseSortOrder.OLDEST) return { sql: `(opened_at, case_id) > (?::timestamptz, ?::uuid)`, params: [position.at, position.caseId] };
  if (position.at === null) return { sql: `(due_at is null and case_id > ?::uuid)`, params: [position.caseId] };
  return { sql: `(due_at is null or (due_at, case_id) > (?::timestamptz, ?::uuid))`, params: [position.at, position.caseId] };
}

function positionOf(sort: CaseSortOrder, row: IndexedCaseRecord): Position {
  const at = sort === CaseSortOrder.DUE_SOONEST ? row.due_at : row.opened_at;
  return { at: at ? new Date(at).toISOString() : null, caseId: row.case_id };
}

// --- cursors -----------------------------------------------------------------------------------
// A cursor is the last row's sort keys, bound to the sort and the filter it came from and signed,
// so a cursor of another search (or an edited one) is refused rather than silently misread.

function digest(sort: CaseSortOrder, query: CaseQuery): string {
  return createHash("sha256").update(JSON.stringify([sort, query])).digest("base64url").slice(0, 16);
}

function sign(payload: string): string {
  return createHmac("sha256", serviceSecret()).update(`case-search-cursor\n${payload}`).digest("base64url").slice(0, 22);
}

export function encodeCursor(sort: CaseSortOrder, query: CaseQuery, position: Position): string {
  const payload = Buffer.from(JSON.stringify({ d: digest(sort, query), a: position.at, c: position.caseId })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function decodeCursor(cursor: string, sort: CaseSortOrder, query: CaseQuery): Position {
  const [payload, signature, extra] = cursor.split(".");
  // Compared as bytes: a signature of as many characters, some of them non-ASCII, has more bytes.
  const given = Buffer.from(signature ?? "");
  const expected = Buffer.from(payload ? sign(payload) : "");
  if (!payload || !signature || extra !== undefined || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw badInput("after", "is not a cursor this search returned; pass an endCursor from searchCases unchanged, or leave it out for the first page", "翻页位置无效，请从第一页重新查询");
  }
  const decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { d: string; a: string | null; c: string };
  if (decoded.d !== digest(sort, query)) {
    throw badInput("after", "belongs to a search with another filter or sort; start again without `after` when the filter changes", "查询条件或排序已改变，请从第一页重新查询");
  }
  return { at: decoded.a, caseId: decoded.c };
}

// --- queries -----------------------------------------------------------------------------------

const COLUMNS = `case_id, case_type, channel, unified_number, reference, agency, title, dispute_type, division_code, status, opened_at, due_at,
  amount, parties, synced_at`;

/** One page in keyset order: never OFFSET, so page 1,000 costs what page 1 does. */
export async function searchPage(
  em: EntityManager,
  query: CaseQuery,
  sort: CaseSortOrder,
  first: number,
  cursor: string | null,
): Promise<{ rows: IndexedCaseRecord[]; hasNextPage: boolean; cursorOf: (row: IndexedCaseRecord) => string }> {
  const { clauses, params } = where(query);
  if (cursor) {
    const keyset = after(sort, decodeCursor(cursor, sort, query));
    clauses.push(keyset.sql);
    params.push(...keyset.params);
  }
  const rows = await em.execute<IndexedCaseRecord[]>(
    `select ${COLUMNS} from indexed_case ${clauses.length ? `where ${clauses.join(" and ")}` : ""} order by ${ORDER[sort]} limit ?`,
    [...params, first + 1],
  );
  return {
    rows: rows.slice(0, first),
    hasNextPage: rows.length > first,
    cursorOf: (row) => encodeCursor(sort, query, positionOf(sort, row)),
  };
}

export async function countMatches(em: EntityManager, query: CaseQuery): Promise<number> {
  const { clauses, params } = where(query);
  const rows = await em.execute<{ n: string }[]>(`select count(*) as n from indexed_case ${clauses.length ? `where ${clauses.join(" and ")}` : ""}`, params);
  return Number(rows[0]?.n ?? 0);
}

/** The steps of a dispute across every channel: its cases, the handoffs between them, in time order. */
export interface DisputeStepRecord {
  id: string;
  channel: string;
  case_type: string;
  case_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  actor: string;
  at: Date;
  note: string | null;
  /**
   * Division of the record the step belongs to, for the reader's division scope: the case's own;
   * for a handoff, its sender's case (or the dispute, when it was sent from an agreement), else the
   * case it opened; null when the index does not know it.
   */
  division_code: string | null;
}

const UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

export async function disputeSteps(em: EntityManager, unifiedNumber: string): Promise<DisputeStepRecord[]> {
  return em.execute<DisputeStepRecord[]>(
    `with cases as (select case_id::text as id from indexed_case where unified_number = ?),
          handoffs as (
            select id, from_case_id, to_case_id from indexed_handoff
            where unified_number = ? or from_case_id in (select id from cases) or to_case_id in (select id from cases)
          ),
          subjects as (
            select id from cases
            union select id::text from handoffs
            union select from_case_id from handoffs
            union select to_case_id from handoffs where to_case_id is not null
          ),
          divisions as (
            select case_id::text as id, case_type, division_code from indexed_case
            where case_id = any(array(select id::uuid from subjects where id ~* '${UUID}'))
          )
     select e.id, e.channel, e.case_type, e.case_id, e.action, e.from_status, e.to_status, e.actor, e.at, e.note,
            coalesce(d.division_code, sender.division_code, (select division_code from divisions where case_type = 'Dispute' and id in (select id from cases) limit 1), receiver.division_code) as division_code
     from case_event e
     left join divisions d on d.id = e.case_id
     left join handoffs h on h.id::text = e.case_id
     left join divisions sender on sender.id = h.from_case_id
     left join divisions receiver on receiver.id = h.to_case_id
     where e.case_id in (select id from subjects) order by e.at, e.id`,
    [unifiedNumber, unifiedNumber],
  );
}
