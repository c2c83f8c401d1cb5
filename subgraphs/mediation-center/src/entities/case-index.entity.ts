import { defineEntity, p } from "@mikro-orm/core";

/**
 * The cross-agency case index (跨部门案件索引): one row per case of every channel, as its owner
 * last described it. It holds only what searches filter and sort on; details are always read
 * from the owning subgraph. Raw ID numbers never reach it, only party keys.
 */
export class IndexedCaseRow {
  caseId!: string;
  caseType!: string;
  channel!: string;
  unifiedNumber?: string | null;
  reference?: string | null;
  agency!: string;
  title!: string;
  disputeType?: string | null;
  divisionCode!: string;
  status!: string;
  openedAt!: Date;
  /** The pending deadline while the agency owes a step; null otherwise. */
  dueAt?: Date | null;
  amount?: string | null;
  /** When the case concluded (办结) in its channel; null while it has not. */
  concludedAt?: Date | null;
  /** Whether it concluded with its channel's success (调解成功); null until concluded. */
  succeeded?: boolean | null;
  /** The last pending deadline the index saw, kept after the case closes, for the on-time rate (按期办结率). */
  deadlineAt?: Date | null;
  partyKeys!: string[];
  /** Name, role and kind of each party, for result lists. */
  parties!: unknown;
  /** Every one- and two-character piece of the parties' names (see name-grams.ts). */
  nameGrams!: string[];
  sourceVersion!: number;
  syncedAt!: Date;
}

export const IndexedCaseSchema = defineEntity({
  class: IndexedCaseRow,
  tableName: "indexed_case",
  indexes: [
    { name: "indexed_case_opened_idx", properties: ["openedAt", "caseId"] },
    { name: "indexed_case_type_division_opened_idx", properties: ["disputeType", "divisionCode", "openedAt"] },
    { name: "indexed_case_division_opened_idx", properties: ["divisionCode", "openedAt"] },
    { name: "indexed_case_division_concluded_idx", expression: `create index "indexed_case_division_concluded_idx" on "indexed_case" ("division_code", "concluded_at") where "concluded_at" is not null` },
    { name: "indexed_case_unified_number_idx", properties: ["unifiedNumber"] },
    { name: "indexed_case_due_idx", expression: `create index "indexed_case_due_idx" on "indexed_case" ("due_at", "case_id") where "due_at" is not null` },
    { name: "indexed_case_party_keys_idx", expression: `create index "indexed_case_party_keys_idx" on "indexed_case" using gin ("party_keys")` },
    { name: "indexed_case_name_grams_idx", expression: `create index "indexed_case_name_grams_idx" on "indexed_case" using gin ("name_grams")` },
  ],
  properties: {
    caseId: p.uuid().primary(),
    caseType: p.string().length(64),
    channel: p.string().length(32),
    unifiedNumber: p.string().length(32).nullable(),
    reference: p.string().length(200).nullable(),
    agency: p.string().length(200),
    title: p.string().length(300),
    disputeType: p.string().length(32).nullable(),
    // Byte order, so a division prefix is a plain range scan on the btree ("5304" → 530400…530499).
    divisionCode: p.string().length(12).collation("C"),
    status: p.string().length(64),
    openedAt: p.datetime(),
    dueAt: p.datetime().nullable(),
    amount: p.decimal().precision(14).scale(2).nullable(),
    concludedAt: p.datetime().nullable(),
    succeeded: p.boolean().nullable(),
    deadlineAt: p.datetime().nullable(),
    partyKeys: p.array().columnType("text[]"),
    parties: p.json(),
    nameGrams: p.array().columnType("text[]"),
    sourceVersion: p.integer(),
    syncedAt: p.datetime(),
  },
});

/** One step of a case or handoff in any channel, for dispute timelines. */
export class CaseEventRow {
  id!: string;
  channel!: string;
  caseType!: string;
  caseId!: string;
  action!: string;
  fromStatus?: string | null;
  toStatus!: string;
  actor!: string;
  at!: Date;
  note?: string | null;
}

export const CaseEventSchema = defineEntity({
  class: CaseEventRow,
  tableName: "case_event",
  indexes: [{ name: "case_event_case_idx", properties: ["caseId", "at"] }],
  properties: {
    id: p.uuid().primary(),
    channel: p.string().length(32),
    caseType: p.string().length(64),
    caseId: p.string().length(64),
    action: p.string().length(64),
    fromStatus: p.string().length(64).nullable(),
    toStatus: p.string().length(64),
    actor: p.string().length(200),
    at: p.datetime(),
    note: p.text().nullable(),
  },
});

/** A handoff between two channels, as its sender last described it. */
export class IndexedHandoffRow {
  id!: string;
  kind!: string;
  fromChannel!: string;
  fromCaseType!: string;
  fromCaseId!: string;
  toChannel!: string;
  toCaseType?: string | null;
  toCaseId?: string | null;
  unifiedNumber?: string | null;
  status!: string;
  offeredAt!: Date;
  dueAt!: Date;
  sourceVersion!: number;
  syncedAt!: Date;
}

export const IndexedHandoffSchema = defineEntity({
  class: IndexedHandoffRow,
  tableName: "indexed_handoff",
  indexes: [
    { name: "indexed_handoff_unified_number_idx", properties: ["unifiedNumber"] },
    { name: "indexed_handoff_from_case_idx", properties: ["fromCaseId"] },
    { name: "indexed_handoff_to_case_idx", properties: ["toCaseId"] },
  ],
  properties: {
    id: p.uuid().primary(),
    kind: p.string().length(64),
    fromChannel: p.string().length(64),
    fromCaseType: p.string().length(64),
    fromCaseId: p.string().length(64),
    toChannel: p.string().length(64),
    toCaseType: p.string().length(64).nullable(),
    toCaseId: p.string().length(64).nullable(),
    unifiedNumber: p.string().length(32).nullable(),
    status: p.string().length(32),
    offeredAt: p.datetime(),
    dueAt: p.datetime(),
    sourceVersion: p.integer(),
    syncedAt: p.datetime(),
  },
});
