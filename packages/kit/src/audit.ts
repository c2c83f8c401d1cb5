import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { HubContext } from "./context.ts";
import { badInput } from "./errors.ts";

/**
 * The audit log of personal-data access (个人信息访问日志). Every subgraph keeps its own, in its own
 * database, append-only (a trigger refuses UPDATE, DELETE and TRUNCATE; see each subgraph's
 * migration), and auditors read it through the gateway with `<channel>AuditLog`.
 */

export enum AuditAction {
  READ = "READ",
  CONTENT = "CONTENT",
  UNMASK = "UNMASK",
  LOOKUP = "LOOKUP",
  URGE = "URGE",
  EVALUATE = "EVALUATE",
}
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What kind of access an audit entry records.",
  valuesConfig: {
    READ: { description: "A cross-agency read: a caller read a record of a channel that is not its own agency's (a joint meeting, or the partner of a handoff)." },
    CONTENT: { description: "A caller other than the owning agency read petition content or an incident narrative." },
    UNMASK: { description: "A caller read an ID number or phone number unmasked, with a stated purpose." },
    LOOKUP: { description: "群众端查询: someone looked a dispute up by its unified number and an ID number, matched or not (entityId is the number asked for)." },
    URGE: { description: "催办: a party hurried up the agency holding their dispute." },
    EVALUATE: { description: "评价: a party evaluated how their dispute was handled." },
  },
});

@ObjectType({ description: "One entry of a channel's audit log: who looked at which record's personal data, when, and why." })
@Directive("@shareable")
export class AuditEntry {
  declare [OptionalProps]?: "id" | "at";

  @Field(() => ID, { description: "Position of the entry in its channel's log (increasing)." })
  id!: string;

  @Field(() => Date, { description: "When the access happened." })
  at!: Date;

  @Field(() => String, { description: "The channel (subgraph) that served the data and keeps this entry." })
  channel!: string;

  @Field(() => String, { description: "Who read it: the token's subject, or system:<subgraph> for a service." })
  subject!: string;

  @Field(() => String, { description: "The reader's agency id." })
  agencyId!: string;

  @Field(() => String, { description: "The reader's agency kind, e.g. joint-meeting." })
  agencyKind!: string;

  @Field(() => AuditAction, { description: "What kind of access it was." })
  action!: AuditAction;

  @Field(() => String, { description: "Type of the record read, e.g. PoliceIncident." })
  entityType!: string;

  @Field(() => ID, { description: "Id of the record read." })
  entityId!: string;

  @Field(() => String, { nullable: true, description: "The field read, for content and unmasked reads (e.g. narrative, identifier); null for a whole record." })
  field?: string | null;

  @Field(() => String, { nullable: true, description: "Party key of the person whose identifier or phone was unmasked." })
  partyKey?: string | null;

  @Field(() => String, { nullable: true, description: "The purpose the reader stated (x-hub-purpose), required to unmask." })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: "Division code of the record read; auditors see the entries within their division scope." })
  divisionCode?: string | null;
}

const REFUSE_CHANGE = "raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';";

export const AuditEntrySchema = defineEntity({
  class: AuditEntry,
  tableName: "audit_log",
  indexes: [{ properties: ["subject"] }, { properties: ["entityType", "entityId"] }],
  // Append-only in the database itself: not even the subgraph's own database user rewrites history.
  // TRUNCATE is refused by a statement trigger written into the migrations by hand (AUDIT_LOG_NO_TRUNCATE_SQL):
  // MikroORM's schema diff does not see statement-level triggers and would recreate it every time.
  triggers: [{ name: "audit_log_no_update_or_delete", timing: "before", events: ["update", "delete"], forEach: "row", body: REFUSE_CHANGE }],
  properties: {
    id: p.bigint("string").primary().autoincrement(),
    at: p.datetime().defaultRaw("now()"),
    channel: p.string().length(64),
    subject: p.string().length(200),
    agencyId: p.string().length(200),
    agencyKind: p.string().length(32),
    action: p.enum(() => AuditAction),
    entityType: p.string().length(64),
    entityId: p.string().length(64),
    field: p.string().length(64).nullable(),
    partyKey: p.string().length(64).nullable(),
    purpose: p.string().length(200).nullable(),
    divisionCode: p.string().length(12).nullable(),
  },
});

/** What one access to record: the reader comes from the context. */
export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string;
  field?: string | null;
  partyKey?: string | null;
  divisionCode?: string | null;
}

const COLUMNS = ["channel", "subject", "agency_id", "agency_kind", "action", "entity_type", "entity_id", "field", "party_key", "purpose", "division_code"];

/**
 * Appends entries to this subgraph's audit log. All entries of one request tick go into one
 * INSERT (a DataLoader batch); identical entries in one request are written once. The insert runs
 * on a connection of its own, outside any transaction of the request, so it works under a
 * read-only transaction and survives a rolled-back mutation. The caller awaits it: no entry, no data.
 */
export async function audit(ctx: HubContext, record: AuditRecord): Promise<void> {
  const caller = ctx.caller;
  const row = [
    ctx.subgraph,
    (caller.service ? `system:${caller.service}` : caller.subject).slice(0, 200),
    caller.agencyId.slice(0, 200),
    caller.agencyKind,
    record.action,
    record.entityType,
    record.entityId,
    record.field ?? null,
    record.partyKey ?? null,
    caller.purpose ? caller.purpose.slice(0, 200) : null,
    record.divisionCode ?? null,
  ];
  await ctx
    .loader<string, true>("audit-log", async (keys) => {
      const rows = keys.map((key) => JSON.parse(key) as unknown[]);
      const values = rows.map(() => `(${COLUMNS.map(() => "?").join(", ")})`).join(", ");
      await ctx.em.getConnection().execute(`insert into "audit_log" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) values ${values}`, rows.flat());
      return keys.map(() => true as const);
    })
    .load(JSON.stringify(row));
}

@InputType({ description: "Which audit entries to list; all given conditions must hold." })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "Only entries of this reader (token subject)." })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: "Only entries of readers of this agency." })
  agencyId?: string | null;

  @Field(() => AuditAction, { nullable: true, description: "Only this kind of access." })
  action?: AuditAction | null;

  @Field(() => String, { nullable: true, description: "Only reads of this record type, e.g. Petition." })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: "Only reads of this record (with entityType, or of any type)." })
  entityId?: string | null;

  @Field(() => Date, { nullable: true, description: "Only entries at or after this time." })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only entries before this time." })
  until?: Date | null;
}

@ObjectType({ description: "A page of audit entries, newest first, with a cursor to the next page." })
@Directive("@shareable")
export class AuditLogPage {
  @Field(() => [AuditEntry], { description: "The entries of this page, newest first." })
  entries!: AuditEntry[];

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page; null when there is none." })
  endCursor!: string | null;

  @Field(() => Boolean, { description: "Whether there are older entries after this page." })
  hasNextPage!: boolean;
}

const CURSOR_PREFIX = "audit:";

export function auditCursor(id: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString("base64url");
}

/** The entry id an `after` cursor points at; anything not made by auditCursor is BAD_USER_INPUT. */
export function parseAuditCursor(field: string, cursor: string): string {
  const decoded = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const id = decoded.startsWith(CURSOR_PREFIX) ? decoded.slice(CURSOR_PREFIX.length) : "";
  if (!/^\d{1,18}$/.test(id)) throw badInput(field, "is not a cursor of this audit log; pass the endCursor of the previous page", "翻页位置无效，请从第一页重新查询审计日志");
  return id;
}

/** SQL for a migration (frozen once applied): TRUNCATE of the audit log fails too. */
export const AUDIT_LOG_NO_TRUNCATE_SQL = [
  `create or replace function "audit_log_refuse_truncate"() returns trigger as $$ begin ${REFUSE_CHANGE} end; $$ language plpgsql;`,
  `create trigger "audit_log_no_truncate" before truncate on "audit_log" for each statement execute function "audit_log_refuse_truncate"();`,
];

/**
 * SQL for a migration: the division code of handoffs recorded before handoffs carried one, taken
 * from this side's own case (the sender's case, or the case the receiver opened). Frozen like above.
 */
export function handoffDivisionBackfillSql(caseType: string, table: string): string[] {
  return [
    `update "handoff" h set "division_code" = c."division_code" from "${table}" c where h."division_code" is null and h."direction" = 'OUTGOING' and h."from_case_type" = '${caseType}' and h."from_case_id" = c."id"::text;`,
    `update "handoff" h set "division_code" = c."division_code" from "${table}" c where h."division_code" is null and h."direction" = 'INCOMING' and h."to_case_type" = '${caseType}' and h."to_case_id" = c."id"::text;`,
  ];
}
