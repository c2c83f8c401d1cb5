import type { AuthChecker } from "type-graphql";
import { audit, AuditAction } from "./audit.ts";
import { CHANNEL_OF_AGENCY_KIND, isParty, type AgencyKind, type Caller } from "./caller.ts";
import { findForUpdate, findOrFail, type HubContext } from "./context.ts";
import { forbidden, RECORD_NAMES_ZH } from "./errors.ts";
import type { HandoffRecord } from "./handoff/handoff.entity.ts";
import { HandoffDirection } from "./handoff/kinds.ts";
import { loadHandoffsOf } from "./handoff/protocol.ts";
import { partyGrantOf, type PartyGrant } from "./party-token.ts";
import type { Workflow } from "./workflow.ts";

/**
 * Authorization (issue 5). @apollo/gateway does not enforce @requiresScopes or @policy, so every
 * subgraph enforces the rules itself, on `ctx.caller` (verified by the gateway):
 *
 *  - Only the agency that owns a channel writes to it (a court to court-mediation, and so on),
 *    and only records inside its division scope.
 *  - An agency reads its own channel's records within its division scope; the partner agency of
 *    a handoff reads the handed-off case (within its scope); joint-meeting staff read every
 *    channel within their scope, but petition content and incident narratives only with the role
 *    "content-reader". Auditors read the audit log and nothing else.
 *  - Lists are filtered in SQL by division scope; a single record asked for by id or number that
 *    exists but may not be read is FORBIDDEN (ids are UUIDs, so this tells nothing guessable);
 *    a record reached through another one (a reference from the gateway, a party's history, a
 *    dispute's path) that may not be read is left out (null, or missing from the list).
 *  - ID numbers and phone numbers are masked; unmasked they need the role "unmask" and a stated
 *    purpose. Unmasked reads, content reads by others than the owner, and every cross-agency read
 *    go into the serving subgraph's append-only audit log (see audit.ts).
 */

/** Role that may read ID numbers and phone numbers unmasked (with a stated purpose). */
export const ROLE_UNMASK = "unmask";
/** Role of joint-meeting staff who may read petition content and incident narratives. */
export const ROLE_CONTENT_READER = "content-reader";

/** The rules `@Authorized(...)` names; the kit's authChecker enforces them. */
export const Access = {
  /** Any agency or joint meeting (not an auditor); the resolver filters by channel and scope. */
  READ: "read",
  /** The agency that owns this subgraph's channel; the resolver checks the record's division. */
  WRITE: "write",
  /** Auditors only. */
  AUDIT: "audit",
  /** Petition content, incident narratives: the owning agency, or joint meetings with content-reader. */
  CONTENT: "content",
  /** Unmasked ID numbers and phone numbers: the role unmask and a stated purpose. */
  UNMASK: "unmask",
  /**
   * Anyone, a member of the public without a token included (群众端: apply online, look a dispute
   * up). The gateway lets tokenless requests reach only these (gateway/src/public-operations.ts).
   */
  PUBLIC: "public",
  /**
   * A party holding a party token (群众端查询凭证) from looking a dispute up; the resolver answers
   * only about that dispute, as that party (see party-token.ts).
   */
  PARTY: "party",
} as const;

const AGENCY_LABEL: Record<AgencyKind, string> = {
  court: "a court (法院)",
  petition: "a letters-and-visits bureau (信访部门)",
  police: "the police (公安机关)",
  arbitration: "an arbitration commission (仲裁委员会)",
  notary: "a notary office (公证机构)",
  "mediation-center": "a mediation centre (调解中心)",
  "joint-meeting": "joint-meeting staff (联席会议)",
  auditor: "an auditor",
  party: "a party to a dispute (群众)",
};

/** The same agencies as a clerk names them, for the Chinese text of a refusal. */
const AGENCY_LABEL_ZH: Record<AgencyKind, string> = {
  court: "法院",
  petition: "信访部门",
  police: "公安机关",
  arbitration: "仲裁委员会",
  notary: "公证机构",
  "mediation-center": "调解中心",
  "joint-meeting": "联席会议工作人员",
  auditor: "审计员",
  party: "群众（当事人）",
};

/** The agency kind that owns each channel: the only one that writes to it. */
export const OWNER_OF_CHANNEL: Readonly<Record<string, AgencyKind>> = Object.fromEntries(
  Object.entries(CHANNEL_OF_AGENCY_KIND).map(([kind, channel]) => [channel, kind as AgencyKind]),
);

const PREFIX = /^\d{0,12}$/;

/** The caller's division-code prefixes; anything that is not digits matches nothing. */
function prefixes(caller: Caller): string[] {
  return caller.divisionScope.filter((p) => PREFIX.test(p));
}

function scopeText(caller: Caller): string {
  const scope = prefixes(caller);
  if (scope.length === 0) return "no division scope";
  return `division scope ${scope.map((p) => (p === "" ? "whole country" : p)).join(", ")}`;
}

function who(caller: Caller): string {
  if (caller.service) return `the service ${caller.service}`;
  return `${caller.agencyKind} agency ${caller.agencyId} (${scopeText(caller)})`;
}

function ownerLabelZh(channel: string): string {
  const owner = OWNER_OF_CHANNEL[channel];
  return owner ? AGENCY_LABEL_ZH[owner] : "主管部门";
}

function recordZh(type: string): string {
  return RECORD_NAMES_ZH[type] ?? "该记录";
}

function ownerLabel(channel: string): string {
  const owner = OWNER_OF_CHANNEL[channel];
  return owner ? `${AGENCY_LABEL[owner]} (agency kind ${owner})` : "no agency";
}

/** The channel whose records the caller's agency writes, or null (joint meetings, auditors). */
export function ownChannel(caller: Caller): string | null {
  return caller.service ?? CHANNEL_OF_AGENCY_KIND[caller.agencyKind] ?? null;
}

/** Whether the caller's agency owns the channel this subgraph serves. */
export function ownsChannel(ctx: HubContext): boolean {
  return ownChannel(ctx.caller) === ctx.subgraph;
}

/** A joint-meeting person (not a service, which carries the same kind for want of one). */
export function isJointMeeting(caller: Caller): boolean {
  return caller.agencyKind === "joint-meeting" && !caller.service;
}

function isAuditor(caller: Caller): boolean {
  return caller.agencyKind === "auditor" && !caller.service;
}

/** The caller's division prefixes for a SQL filter; null for the whole country, [] for no scope at all. */
export function divisionPrefixes(caller: Caller): string[] | null {
  const scope = prefixes(caller);
  return scope.includes("") ? null : scope;
}

/** Whether a division code lies in the caller's scope ("" = whole country; "5304" = 玉溪市 and its districts). */
export function inScope(caller: Caller, divisionCode: string | null | undefined): boolean {
  const scope = prefixes(caller);
  if (scope.includes("")) return true;
  if (!divisionCode) return false;
  return scope.some((p) => divisionCode.startsWith(p));
}

/** The caller's division scope as a MikroORM condition on `column`; null for the whole country. */
export function scopeCondition(caller: Caller, column = "divisionCode"): Record<string, unknown> | null {
  const scope = prefixes(caller);
  if (scope.includes("")) return null;
  // No scope: a condition nothing meets (the column is never null), rather than no condition.
  if (scope.length === 0) return { [column]: null };
  return { $or: scope.map((p) => ({ [column]: { $like: `${p}%` } })) };
}

export function requireReader(ctx: HubContext): void {
  // A member of the public reads only their own dispute, through the self-service queries.
  if (isParty(ctx.caller)) {
    throw forbidden(
      `A party (群众) reads only their own dispute, through the self-service (群众端) operations; ${ctx.subgraph} records are read by ${ownerLabel(ctx.subgraph)}, its handoff partners and joint-meeting staff`,
      "群众只能通过群众端查询本人的纠纷",
    );
  }
  if (isAuditor(ctx.caller)) {
    throw forbidden(
      `Auditors read the audit log only (the <channel>AuditLog queries); ${ctx.subgraph} records are read by ${ownerLabel(ctx.subgraph)}, its handoff partners and joint-meeting staff`,
      "审计员只能查看审计日志，不能查看案件",
    );
  }
}

/** Only the agency that owns this channel changes its records. */
export function requireWriter(ctx: HubContext): void {
  if (ownsChannel(ctx)) return;
  throw forbidden(`Only ${ownerLabel(ctx.subgraph)} changes ${ctx.subgraph} records; you are ${who(ctx.caller)}`, `只有${ownerLabelZh(ctx.subgraph)}可以办理此类案件`);
}

/** The writer's division scope must hold the record it changes (or the division it creates one in). */
export function requireWriteScope(ctx: HubContext, what: string, divisionCode: string | null | undefined): void {
  requireWriter(ctx);
  if (!inScope(ctx.caller, divisionCode)) {
    throw forbidden(
      `${what} is in division ${divisionCode ?? "(none)"}, outside your ${scopeText(ctx.caller)}; only an agency whose scope holds it may change it`,
      `所办事项属于行政区划 ${divisionCode ?? "（无）"}，不在本单位的管辖范围内，只有管辖该地的单位可以办理`,
    );
  }
}

/** The dispute and party the caller's party token is for; FORBIDDEN for anyone else. */
export function requirePartyGrant(ctx: HubContext): PartyGrant {
  const grant = partyGrantOf(ctx.caller);
  if (grant) return grant;
  throw forbidden(
    `This is the party's own view of their dispute (群众端): call it with the token lookUpDispute returns; you are ${who(ctx.caller)}`,
    "这是当事人查看本人纠纷的功能，请先凭统一纠纷编号和本人证件号码查询",
  );
}

export function requireAuditor(ctx: HubContext): void {
  if (!isAuditor(ctx.caller)) throw forbidden(`The audit log is read by auditors (agency kind auditor) only; you are ${who(ctx.caller)}`, "只有审计员可以查看审计日志");
}

/** A record with a division, as every case of every channel has. */
export interface ScopedRecord {
  id: string;
  divisionCode?: string | null;
}

function divisionNotes(ctx: HubContext) {
  return ctx.loader<string, string | null>("case-divisions", async (keys) => keys.map(() => null));
}

/**
 * Remembers, for this request, the division of a case the caller was allowed to read or write,
 * so that what hangs off it (its parties' unmasked identifiers) is audited under that division.
 */
export function noteDivision(ctx: HubContext, caseType: string, id: string, divisionCode: string | null | undefined): void {
  divisionNotes(ctx).prime(`${caseType}:${id}`, divisionCode ?? null);
}

/** The division noted for a case in this request, or null. */
export function notedDivision(ctx: HubContext, caseType: string, id: string): Promise<string | null> {
  return divisionNotes(ctx).load(`${caseType}:${id}`);
}

/**
 * Loads a record to change it (locked with `lock`), after checking the caller owns the channel
 * and holds the record's division in scope: NOT_FOUND, then FORBIDDEN.
 */
export async function findForWriter<T extends ScopedRecord>(
  tx: HubContext,
  entity: new (...args: never[]) => T,
  id: string,
  options: { lock?: boolean } = {},
): Promise<T> {
  requireWriter(tx);
  const row = options.lock ? await findForUpdate(tx, entity, id) : await findOrFail(tx, entity, id);
  requireWriteScope(tx, `${entity.name} ${row.id}`, row.divisionCode);
  noteDivision(tx, entity.name, row.id, row.divisionCode);
  return row;
}

/** The agencies (channels) on the other side of a set of handoff records. */
export function partnerChannels(handoffs: HandoffRecord[]): string[] {
  return handoffs.map((h) => (h.direction === HandoffDirection.OUTGOING ? h.toChannel : h.fromChannel));
}

/** Which channels count as partners of a record: by default those of the case's own handoffs. */
export type PartnersOf = (ctx: HubContext, caseType: string, record: ScopedRecord) => Promise<string[]>;

export const handoffPartners: PartnersOf = async (ctx, caseType, record) => partnerChannels(await loadHandoffsOf(ctx, caseType, record.id));

export type ReadAccess = "own" | "cross";

/** How the caller may read a record of this channel: as its own agency, across agencies, or not at all. */
export async function readAccess(ctx: HubContext, caseType: string, record: ScopedRecord, partnersOf: PartnersOf = handoffPartners): Promise<ReadAccess | null> {
  const caller = ctx.caller;
  if (isAuditor(caller) || !inScope(caller, record.divisionCode)) return null;
  if (ownsChannel(ctx)) return "own";
  if (isJointMeeting(caller)) return "cross";
  const channel = ownChannel(caller);
  if (channel && (await partnersOf(ctx, caseType, record)).includes(channel)) return "cross";
  return null;
}

/** The record when the caller may read it (a cross-agency read is audited), else null. */
export async function readable<T extends ScopedRecord>(
  ctx: HubContext,
  caseType: string,
  record: T | null | undefined,
  partnersOf?: PartnersOf,
): Promise<T | null> {
  if (!record) return null;
  const access = await readAccess(ctx, caseType, record, partnersOf);
  if (!access) return null;
  noteDivision(ctx, caseType, record.id, record.divisionCode);
  if (access === "cross") await audit(ctx, { action: AuditAction.READ, entityType: caseType, entityId: record.id, divisionCode: record.divisionCode ?? null });
  return record;
}

/** The records the caller may read, in their order; cross-agency reads audited in one batch. */
export async function readableAll<T extends ScopedRecord>(ctx: HubContext, caseType: string, records: T[], partnersOf?: PartnersOf): Promise<T[]> {
  const allowed = await Promise.all(records.map(async (r) => (await readable(ctx, caseType, r, partnersOf)) !== null));
  return records.filter((_, i) => allowed[i]);
}

/** For a lookup by id or number: the record, null when it does not exist, FORBIDDEN when it may not be read. */
export async function requireReadable<T extends ScopedRecord>(
  ctx: HubContext,
  caseType: string,
  record: T | null | undefined,
  partnersOf?: PartnersOf,
): Promise<T | null> {
  requireReader(ctx);
  if (!record) return null;
  const ok = await readable(ctx, caseType, record, partnersOf);
  if (!ok) {
    throw forbidden(
      `${caseType} ${record.id} (division ${record.divisionCode ?? "none"}) is read by ${ownerLabel(ctx.subgraph)} within its division scope, by the partner agencies of its handoffs and by joint-meeting staff within theirs; you are ${who(ctx.caller)}`,
      `无权查看该${recordZh(caseType)}：只有管辖该地的${ownerLabelZh(ctx.subgraph)}、移交对接的单位和联席会议工作人员可以查看`,
    );
  }
  return ok;
}

/**
 * Whether the caller reads a channel as a whole (its lists, within its scope): the agency that owns
 * it and joint-meeting staff. Others read only single records they are partners to.
 */
export function canReadChannel(caller: Caller, channel: string): boolean {
  return ownChannel(caller) === channel || isJointMeeting(caller);
}

/** Lists of a channel are for its own agency and joint meetings. */
export function requireLister(ctx: HubContext, what: string): void {
  requireReader(ctx);
  if (!canReadChannel(ctx.caller, ctx.subgraph)) {
    throw forbidden(
      `${what} are listed by ${ownerLabel(ctx.subgraph)} and joint-meeting staff; the partner agency of a handoff reads the handed-off case by its id; you are ${who(ctx.caller)}`,
      `只有${ownerLabelZh(ctx.subgraph)}和联席会议工作人员可以查看此列表；移交对接的单位请按编号查看移交的案件`,
    );
  }
}

/**
 * A list query's condition: the caller's division scope, on top of `where`. Lists of a channel
 * are for its own agency and joint meetings; a handoff partner reads the handed-off case by id.
 */
export function scopedWhere(ctx: HubContext, what: string, where: Record<string, unknown>, column = "divisionCode"): Record<string, unknown> {
  requireLister(ctx, what);
  const scope = scopeCondition(ctx.caller, column);
  return scope ? { $and: [where, scope] } : where;
}

/** The rows of a list read with scopedWhere; those read across agencies (a joint meeting's) audited in one batch. */
export async function readList<T extends ScopedRecord>(ctx: HubContext, caseType: string, rows: T[]): Promise<T[]> {
  for (const r of rows) noteDivision(ctx, caseType, r.id, r.divisionCode);
  if (!ownsChannel(ctx)) {
    await Promise.all(rows.map((r) => audit(ctx, { action: AuditAction.READ, entityType: caseType, entityId: r.id, divisionCode: r.divisionCode ?? null })));
  }
  return rows;
}

/** Petition content and incident narratives: the owning agency, or joint meetings with content-reader (audited). */
export async function requireContentReader(ctx: HubContext, entityType: string, record: ScopedRecord, field: string): Promise<void> {
  if (ownsChannel(ctx) && inScope(ctx.caller, record.divisionCode)) return;
  const caller = ctx.caller;
  if (isJointMeeting(caller) && caller.roles.includes(ROLE_CONTENT_READER) && inScope(caller, record.divisionCode)) {
    await audit(ctx, { action: AuditAction.CONTENT, entityType, entityId: record.id, field, divisionCode: record.divisionCode ?? null });
    return;
  }
  throw forbidden(
    `${entityType}.${field} is personal content: it is read by ${ownerLabel(ctx.subgraph)} and by joint-meeting staff with the role "${ROLE_CONTENT_READER}", within their division scope; you are ${who(caller)} with roles [${caller.roles.join(", ")}]`,
    `该内容涉及个人信息，只有${ownerLabelZh(ctx.subgraph)}和具有内容查阅权限的联席会议工作人员可以查看`,
  );
}

/** Unmasking an ID number or phone number needs the role unmask and a stated purpose. */
export function requireUnmask(ctx: HubContext, what: string): void {
  const caller = ctx.caller;
  const missing: string[] = [];
  if (!caller.roles.includes(ROLE_UNMASK)) missing.push(`the role "${ROLE_UNMASK}"`);
  if (!caller.purpose?.trim()) missing.push("a stated purpose (the x-hub-purpose request header, e.g. 执行立案核对身份)");
  if (missing.length === 0) return;
  const missingZh = [!caller.roles.includes(ROLE_UNMASK) && "查看完整信息的权限", !caller.purpose?.trim() && "查询事由"].filter(Boolean);
  throw forbidden(
    `Reading ${what} unmasked needs ${missing.join(" and ")}; you have roles [${caller.roles.join(", ")}] and ${caller.purpose?.trim() ? "a purpose" : "no purpose"}`,
    `查看完整的证件号码或电话号码需要${missingZh.join("和")}`,
  );
}

/**
 * type-graphql's authChecker for `@Authorized(Access.…)`. It throws FORBIDDEN with a message
 * saying who may do it, instead of type-graphql's generic "Access denied".
 */
export const hubAuthChecker: AuthChecker<HubContext> = async ({ root, context, info }, rules) => {
  for (const rule of rules) {
    if (rule === Access.READ) requireReader(context);
    else if (rule === Access.WRITE) requireWriter(context);
    else if (rule === Access.AUDIT) requireAuditor(context);
    else if (rule === Access.CONTENT) await requireContentReader(context, info.parentType.name, root as ScopedRecord, info.fieldName);
    else if (rule === Access.UNMASK) requireUnmask(context, `${info.parentType.name}.${info.fieldName}`);
    else if (rule === Access.PUBLIC) continue;
    else if (rule === Access.PARTY) requirePartyGrant(context);
    else throw new Error(`unknown access rule ${rule}`);
  }
  return true;
};

/**
 * The workflow actions the caller may take on a case now: only the owning agency, only in its
 * division scope, only those the case's status allows. The console shows exactly these, so it
 * never offers a button the hub would refuse; `blocked` drops actions a channel refuses for its
 * own reasons (e.g. an incident excluded from police mediation).
 */
export function availableActions<S extends string, A extends string>(
  ctx: HubContext,
  workflow: Workflow<S, A>,
  record: { status: S; divisionCode: string | null | undefined },
  blocked: (action: A) => boolean = () => false,
): A[] {
  if (!ownsChannel(ctx) || !inScope(ctx.caller, record.divisionCode)) return [];
  return (Object.keys(workflow.transitions) as A[]).filter((action) => workflow.transitions[action].from.includes(record.status) && !blocked(action));
}
