import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import type { HubContext } from "./context.ts";
import { badInput } from "./errors.ts";
import { serviceSecret } from "./service-auth.ts";
import { pageSize } from "./text.ts";

// Every channel list is a cursor connection (first/after, edges, pageInfo, totalCount), paged by
// keyset: the next page starts after the last row's sort keys, never at an OFFSET, so the 1,000th
// page costs what the first does and rows written meanwhile neither repeat nor drop out.

/** One column of a list's order. The last key of every order is `id`, so the order is total. */
export interface SortKey {
  /** The entity property (MikroORM name), e.g. referredAt. */
  field: string;
  direction: "asc" | "desc";
  /**
   * How the key travels in a cursor. Timestamps are written from JavaScript Dates (milliseconds),
   * so a millisecond ISO string holds the exact stored value. Keys are never null: a nullable
   * column would need NULLS FIRST/LAST arms in the keyset condition.
   */
  kind: "date" | "text" | "uuid";
}

/** A list's stable order and the name its cursors are bound to (the query field). */
export interface ListOrder {
  list: string;
  keys: readonly SortKey[];
}

/** `orderBy` for MikroORM from a list order; keys in order (object keys keep insertion order). */
function orderByOf(order: ListOrder): Record<string, "asc" | "desc"> {
  return Object.fromEntries(order.keys.map((k) => [k.field, k.direction]));
}

// --- cursors -----------------------------------------------------------------------------------
// A cursor is the last row's sort keys, bound to the list and to the filter it came from, and
// signed: an edited cursor, or one of another list or filter, is refused rather than misread.

type KeyValue = string;

/** A filter in one canonical form: keys sorted, absent values dropped, dates as ISO text. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] != null)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function digest(list: string, filter: unknown): string {
  return createHash("sha256").update(JSON.stringify([list, canonical(filter ?? {})])).digest("base64url").slice(0, 16);
}

function sign(payload: string): string {
  return createHmac("sha256", serviceSecret()).update(`list-cursor\n${payload}`).digest("base64url").slice(0, 22);
}

/** The cursor after a row whose sort keys are `values`, for `list` under `filter`. */
export function encodeListCursor(list: string, filter: unknown, values: readonly KeyValue[]): string {
  const payload = Buffer.from(JSON.stringify({ l: list, d: digest(list, filter), v: values })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The sort keys an `after` cursor holds; anything this list did not hand out is BAD_USER_INPUT. */
export function decodeListCursor(order: ListOrder, filter: unknown, cursor: string, field = "after"): KeyValue[] {
  const refused = () =>
    badInput(
      field,
      `is not a cursor of ${order.list}; pass pageInfo.endCursor (or an edge's cursor) of ${order.list} unchanged, or leave ${field} out for the first page`,
      "翻页位置无效，请从第一页重新查询",
    );
  const [payload, signature, extra] = cursor.split(".");
  // Compared as bytes: a signature of as many characters, some of them non-ASCII, has more bytes.
  const given = Buffer.from(signature ?? "");
  const expected = Buffer.from(payload ? sign(payload) : "");
  if (!payload || !signature || extra !== undefined || given.length !== expected.length || !timingSafeEqual(given, expected)) throw refused();
  let decoded: { l?: unknown; d?: unknown; v?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw refused();
  }
  if (decoded.l !== order.list || !Array.isArray(decoded.v) || decoded.v.length !== order.keys.length) throw refused();
  if (decoded.d !== digest(order.list, filter)) {
    throw badInput(
      field,
      `belongs to ${order.list} with another filter; leave ${field} out to start again from the first page when the filter changes`,
      "查询条件已改变，请从第一页重新查询",
    );
  }
  const values = decoded.v as unknown[];
  order.keys.forEach((key, i) => {
    const v = values[i];
    const ok = typeof v === "string" && (key.kind === "uuid" ? UUID.test(v) : key.kind === "date" ? ISO.test(v) && !Number.isNaN(Date.parse(v)) : v.length <= 1000);
    if (!ok) throw refused();
  });
  return values as KeyValue[];
}

function keyValueOf(key: SortKey, row: object): KeyValue {
  const value = (row as Record<string, unknown>)[key.field];
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function typed(key: SortKey, value: KeyValue): unknown {
  return key.kind === "date" ? new Date(value) : value;
}

/**
 * Rows strictly after the position `values` in `order`: (k1 beyond v1) or (k1 = v1 and k2 beyond
 * v2) or …, with `k1 <= v1` (or `>=`) alongside so the planner scans the index on k1 from there.
 */
export function keysetCondition(order: ListOrder, values: readonly KeyValue[]): Record<string, unknown> {
  const beyond = (key: SortKey) => (key.direction === "asc" ? "$gt" : "$lt");
  const arms = order.keys.map((key, i) => {
    const arm: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) arm[order.keys[j]!.field] = typed(order.keys[j]!, values[j]!);
    arm[key.field] = { [beyond(key)]: typed(key, values[i]!) };
    return arm;
  });
  const first = order.keys[0]!;
  return { $and: [{ [first.field]: { [first.direction === "asc" ? "$gte" : "$lte"]: typed(first, values[0]!) } }, { $or: arms }] };
}

// --- the page ----------------------------------------------------------------------------------

/** What a list query answers before type-graphql turns it into its connection type. */
export interface ListPage<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counts every row of the list under its filter; called only when totalCount is selected. */
  countTotal: () => Promise<number>;
}

/** Paging arguments of a list: page size, cursor, and the filter the cursor is bound to. */
export interface PageArgs {
  first: number | null | undefined;
  after: string | null | undefined;
  /** Every argument that narrows the list (the filter input, direction, status…). */
  filter?: unknown;
}

/** A copy of a MikroORM condition, so the count reads the same condition the page read. */
function copyCondition(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyCondition);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyCondition(v)]));
  }
  return value;
}

/**
 * One page of `entity` rows matching `where` in `order`, after the `after` cursor: one SELECT of
 * `first + 1` rows (the extra one only says whether more follow), whatever the page size; the
 * COUNT runs only when totalCount is selected. `read` sees the page's rows before they are
 * returned (the division notes and the audit of a cross-agency read, see readList).
 */
export async function keysetPage<T extends object>(
  ctx: HubContext,
  entity: new (...args: never[]) => T,
  where: Record<string, unknown>,
  order: ListOrder,
  args: PageArgs,
  read: (rows: T[]) => Promise<T[]> = async (rows) => rows,
): Promise<ListPage<T>> {
  const first = pageSize("first", args.first);
  const conditions: Record<string, unknown>[] = [copyCondition(where) as Record<string, unknown>];
  if (args.after != null) conditions.push(keysetCondition(order, decodeListCursor(order, args.filter, args.after)));
  const rows = await ctx.em.find(entity, { $and: conditions } as never, { orderBy: orderByOf(order) as never, limit: first + 1 });
  const page = await read(rows.slice(0, first));
  const edges = page.map((node) => ({ cursor: encodeListCursor(order.list, args.filter, order.keys.map((k) => keyValueOf(k, node))), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal: () => ctx.em.count(entity, copyCondition(where) as never),
  };
}

/**
 * The page of a list whose filter can match nothing (an overdue filter with a closed status): no
 * SQL, but the same checks of `first` and `after` as any page, so a bad argument is still refused.
 */
export function emptyPage<T>(order: ListOrder, args: PageArgs): ListPage<T> {
  pageSize("first", args.first);
  if (args.after != null) decodeListCursor(order, args.filter, args.after);
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, countTotal: async () => 0 };
}

// --- the GraphQL types -------------------------------------------------------------------------

@ObjectType("PageInfo", { description: "Where a page stands in its list (keyset cursor pagination, 游标分页): whether more follow and where to continue." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page; ask for them with `after: endCursor`." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the last item on this page, to pass as `after` for the next page; null when the page is empty." })
  endCursor?: string | null;
}

/** What the connection types of one list describe: names and wording for its descriptions. */
export interface ConnectionNaming {
  /** Type name prefix, unique in the supergraph: CourtReferral gives CourtReferralConnection and CourtReferralEdge. */
  name: string;
  /** One item, for descriptions, e.g. "court referral (法院委派/委托调解)". */
  item: string;
  /** The list's order in words, e.g. "newest referral first". */
  order: string;
}

const connections = new Map<string, Function>();

/**
 * The `<Name>Connection` and `<Name>Edge` types of a list of `node`. Made once per name: the
 * compose script builds every subgraph in one process, and type-graphql keys types by class.
 */
export function connectionType<T extends object>(node: new (...args: never[]) => T, naming: ConnectionNaming): new () => ListPage<T> {
  const known = connections.get(naming.name);
  if (known) return known as new () => ListPage<T>;

  @ObjectType(`${naming.name}Edge`, { description: `One ${naming.item} in a page of the list, with the cursor to continue after it.` })
  class Edge {
    @Field(() => String, { description: `Opaque cursor of this ${naming.item}: pass it as \`after\` to get the items that follow it.` })
    cursor!: string;

    @Field(() => node, { description: `The ${naming.item}.` })
    node!: T;
  }

  @ObjectType(`${naming.name}Connection`, {
    description: `A page of ${naming.item} records (分页列表), ${naming.order}, with id as the tiebreak; keyset cursors: follow pageInfo.endCursor with \`after\` to read the whole list.`,
  })
  class Connection {
    @Field(() => [Edge], { description: "The items of this page, in the list's order." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Whether more items follow, and the cursor to get them." })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: "How many items the whole list holds under this filter, all pages together; counted only when asked for." })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  connections.set(naming.name, Connection);
  return Connection as unknown as new () => ListPage<T>;
}

/** The `first` argument of every list. */
export const FIRST_ARG = { nullable: true, description: "Page size, 1 to 100 (default 20)." } as const;

/** The `after` argument of every list. */
export const AFTER_ARG = {
  nullable: true,
  description: "pageInfo.endCursor of the previous page of the same list and filter; leave out for the first page.",
} as const;
