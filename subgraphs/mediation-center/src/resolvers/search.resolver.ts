import {
  INDEXED_CASE_TYPES,
  Access, audit, readable, AuditAction, canReadChannel, Channel as ChannelEnum, CHANNEL_SUBGRAPH, channelOfSubgraph, divisionPrefixes, inScope, ownChannel,
  ALL_CASE_STATUSES, badInput, checkCreditCode, divisionFullName, type HubContext, INDEXED_CASE_TYPE_NAMES, loadById, optionalUnifiedNumber, pageSize,
  partyKeyOf, type Channel, type DisputeType, type PartyKind, type PartyRole,
} from "@hub/kit";
import { disputePartners } from "./loaders.ts";
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { countMatches, CaseSortOrder, disputeSteps, searchPage, type CaseQuery, type IndexedCaseRecord } from "../case-index/search.ts";
import { Dispute } from "../entities/dispute.entity.ts";
import { MediationCase } from "../entities/mediation-case.entity.ts";
import {
  CaseSearchFilter, ChannelCase, DisputeStep, IndexedCase, IndexedCaseConnection,
} from "./types/search.types.ts";

const MAX_NAME_QUERY = 50;

/**
 * What the caller may see of the index: joint-meeting staff every channel, an agency its own
 * channel only; both within their division scope. Handoff partners read single handed-off cases
 * in the owning channel, not through search.
 */
export function readableBy(ctx: HubContext): Pick<CaseQuery, "readableChannels" | "readablePrefixes"> {
  const all = Object.values(ChannelEnum);
  const channels = all.filter((c) => canReadChannel(ctx.caller, CHANNEL_SUBGRAPH[c]));
  const prefixes = divisionPrefixes(ctx.caller);
  return {
    ...(channels.length < all.length ? { readableChannels: channels } : {}),
    ...(prefixes ? { readablePrefixes: prefixes } : {}),
  };
}

/** The caller's own channel, whose records it reads without an audit entry. */
export function ownIndexChannel(ctx: HubContext): Channel | null {
  const own = ownChannel(ctx.caller);
  return own ? channelOfSubgraph(own) : null;
}

/** Checks a filter and puts it in one canonical form (the cursor is bound to it, and to what the caller may read). */
function checkedQuery(filter: CaseSearchFilter | null, ctx: HubContext): CaseQuery {
  const query: CaseQuery = readableBy(ctx);
  if (!filter) return query;
  if (filter.idNumber && filter.creditCode) throw badInput("filter.idNumber", "give either idNumber or creditCode, not both", "居民身份证号码和统一社会信用代码只填其一");
  if (filter.idNumber) query.partyKey = partyKeyOf("RESIDENT_ID", filter.idNumber);
  if (filter.creditCode) {
    const { warning } = checkCreditCode(filter.creditCode);
    if (warning) ctx.warnings.push(`filter.creditCode: ${warning}`);
    query.partyKey = partyKeyOf("CREDIT_CODE", filter.creditCode);
  }
  if (filter.partyName != null) {
    const name = filter.partyName.trim();
    if (name.length === 0 || [...name].length > MAX_NAME_QUERY) throw badInput("filter.partyName", `must be 1 to ${MAX_NAME_QUERY} characters`, `当事人姓名或名称应为 1 至 ${MAX_NAME_QUERY} 个字`);
    if (/[\u0000-\u001f\u007f]/.test(name)) throw badInput("filter.partyName", "must not contain control characters", "当事人姓名或名称含有无法显示的控制字符");
    query.partyName = name;
  }
  if (filter.division) query.divisionPrefix = filter.division;
  if (filter.disputeTypes?.length) query.disputeTypes = [...new Set(filter.disputeTypes)].sort();
  if (filter.channels?.length) query.channels = [...new Set(filter.channels)].sort();
  if (filter.caseTypes?.length) {
    const unknown = filter.caseTypes.filter((t) => !INDEXED_CASE_TYPE_NAMES.has(t));
    if (unknown.length) throw badInput(
        "filter.caseTypes",
        `unknown case type ${unknown.join(", ")}; use one of ${[...INDEXED_CASE_TYPE_NAMES].join(", ")}`,
        `没有案件类型 ${unknown.join("、")}，请从 ${INDEXED_CASE_TYPES.map((t) => t.label).join("、")} 中选择`,
      );
    query.caseTypes = [...new Set(filter.caseTypes)].sort();
  }
  if (filter.statuses?.length) {
    const unknown = filter.statuses.filter((s) => !ALL_CASE_STATUSES.has(s));
    if (unknown.length) throw badInput(
        "filter.statuses",
        `${unknown.join(", ")} is not a status of any channel's cases, e.g. ${[...ALL_CASE_STATUSES].slice(0, 6).join(", ")}`,
        `${unknown.join("、")} 不是任何案件的办理状态`,
      );
    query.statuses = [...new Set(filter.statuses)].sort();
  }
  if (filter.unifiedNumber != null) {
    const number = optionalUnifiedNumber("filter.unifiedNumber", filter.unifiedNumber);
    if (number) query.unifiedNumber = number;
  }
  if (filter.overdueOnly) query.overdueOnly = true;
  if (filter.openedFrom) query.openedFrom = filter.openedFrom;
  if (filter.openedBefore) query.openedBefore = filter.openedBefore;
  if (query.openedFrom && query.openedBefore && query.openedFrom >= query.openedBefore) {
    throw badInput("filter.openedBefore", "must be later than openedFrom (the date range is backwards or empty)", "受理日期的截止日期应晚于起始日期");
  }
  if (filter.amountMin != null) query.amountMin = filter.amountMin;
  if (filter.amountMax != null) query.amountMax = filter.amountMax;
  if (query.amountMin && query.amountMax && Number(query.amountMin) > Number(query.amountMax)) {
    throw badInput("filter.amountMax", "must not be less than amountMin (the amount range is backwards)", "金额上限不能小于金额下限");
  }
  return query;
}

function indexedCaseOf(row: IndexedCaseRecord): IndexedCase {
  const dueAt = row.due_at ? new Date(row.due_at) : null;
  return {
    caseId: row.case_id,
    caseType: row.case_type,
    channel: row.channel as Channel,
    unifiedNumber: row.unified_number,
    reference: row.reference,
    agency: row.agency,
    title: row.title,
    disputeType: row.dispute_type as DisputeType | null,
    divisionCode: row.division_code,
    divisionName: divisionFullName(row.division_code),
    status: row.status,
    openedAt: new Date(row.opened_at),
    dueAt,
    overdue: dueAt !== null && dueAt.getTime() < Date.now(),
    amount: row.amount,
    parties: row.parties.map((p) => ({ name: p.name, role: p.role as PartyRole, kind: p.kind as PartyKind, party: { partyKey: p.partyKey } })),
    indexedAt: new Date(row.synced_at),
  };
}

/**
 * Joint-meeting (联席会议) search over every agency's cases. The index in this subgraph holds only
 * what searches need; each result's `case` is resolved by the gateway in the owning subgraph.
 */
@Resolver(() => IndexedCaseConnection)
export class CaseSearchResolver {
  @Authorized(Access.READ)
  @Query(() => IndexedCaseConnection, {
    description:
      "Search the cases of every agency (跨部门案件检索): by party, name, division, type, channel, status, deadline, date and amount; keyset-paginated. Joint-meeting staff search every channel, an agency its own; both within their division scope.",
  })
  async searchCases(
    @Arg("filter", () => CaseSearchFilter, { nullable: true, description: "Conditions; all must hold. No filter lists every case." }) filter: CaseSearchFilter | null,
    @Arg("sort", () => CaseSortOrder, { nullable: true, description: "Order of results; NEWEST by default." }) sort: CaseSortOrder | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1 to 100 (default 20)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page of the same search." }) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<IndexedCaseConnection> {
    const query = checkedQuery(filter, ctx);
    const order = sort ?? CaseSortOrder.NEWEST;
    const page = await searchPage(ctx.em, query, order, pageSize("first", first), after);
    // Summaries of other agencies' cases are cross-agency reads: one audit entry each, one INSERT per request.
    const own = ownIndexChannel(ctx);
    await Promise.all(
      page.rows
        .filter((row) => row.channel !== own)
        .map((row) => audit(ctx, { action: AuditAction.READ, entityType: row.case_type, entityId: row.case_id, divisionCode: row.division_code })),
    );
    const edges = page.rows.map((row) => ({ cursor: page.cursorOf(row), node: indexedCaseOf(row) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, query };
  }

  @FieldResolver(() => Int, { description: "How many cases match in all; counted only when asked for." })
  totalCount(@Root() connection: IndexedCaseConnection, @Ctx() ctx: HubContext): Promise<number> {
    return countMatches(ctx.em, connection.query as CaseQuery);
  }
}

@Resolver(() => IndexedCase)
export class IndexedCaseResolver {
  @FieldResolver(() => ChannelCase, { nullable: true, description: "The case itself, read now from the channel that holds it." })
  async case(@Root() indexed: IndexedCase, @Ctx() ctx: HubContext): Promise<typeof ChannelCase | null> {
    // The centre's own records pass the same read rule as anywhere else (and note their division
    // for the audit of anything read below them); other channels apply it in their reference resolvers.
    if (indexed.caseType === "Dispute") return readable(ctx, "Dispute", await loadById(ctx, Dispute, indexed.caseId), disputePartners);
    if (indexed.caseType === "MediationCase") return readable(ctx, "MediationCase", await loadById(ctx, MediationCase, indexed.caseId));
    return { __typename: indexed.caseType, id: indexed.caseId } as unknown as typeof ChannelCase;
  }
}

@Resolver(() => Dispute)
export class DisputeHistoryResolver {
  @FieldResolver(() => [DisputeStep], {
    description:
      "The dispute's whole path across agencies, oldest first: intake, every channel's case and its steps, every handoff and its answers. Joint-meeting staff see every channel's steps; an agency sees its own channel's.",
  })
  async history(@Root() dispute: Dispute, @Ctx() ctx: HubContext): Promise<DisputeStep[]> {
    // Joint-meeting staff follow the whole path; an agency sees its own channel's steps of it. Both
    // only within their division scope: a case of the dispute may lie in another district or city.
    const own = ownIndexChannel(ctx);
    const everyChannel = readableBy(ctx).readableChannels === undefined;
    const rows = (await disputeSteps(ctx.em, dispute.unifiedNumber)).filter(
      (r) => (everyChannel || r.channel === own) && inScope(ctx.caller, r.division_code),
    );
    if (rows.some((r) => r.channel !== own)) {
      await audit(ctx, { action: AuditAction.READ, entityType: "DisputeHistory", entityId: dispute.unifiedNumber, divisionCode: dispute.divisionCode });
    }
    return rows.map((r) => ({
      at: new Date(r.at), channel: r.channel as Channel, caseType: r.case_type, caseId: r.case_id, action: r.action, fromStatus: r.from_status,
      toStatus: r.to_status, actor: r.actor, note: r.note,
    }));
  }
}
