import { expect } from "vitest";
import { errorCode, gql, type GraphQLResponse, type Who } from "./client.ts";

/**
 * What a refused call could have written, read before and after it. It must look only at rows
 * that carry the call's own markers (the ids it names, its idempotency key, the unique text of
 * its input): the subgraphs' background jobs and other test files write to the same tables at
 * the same time, so whole-table counts change by chance.
 */
export type Footprint = (variables: Record<string, any>) => Promise<unknown>;

/**
 * The `refused(code, query, variables)` of one subgraph: runs a call as `actor` that must fail
 * with `code`, checks that its footprint did not change, and returns the response.
 */
export function refusalCheck(footprint: Footprint, actor: Who) {
  return async function refused(code: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
    const before = await footprint(variables);
    const result = await gql(query, variables, actor);
    expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
    expect(await footprint(variables), "the refused call wrote rows").toEqual(before);
    return result;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// What `unique()` of values.ts appends: a dash and ten hex digits (upper-cased by some callers).
const UNIQUE_SUFFIX = /-[0-9a-f]{10}$/i;

/** The well-formed UUIDs among `values` (a malformed id cannot have been written). */
export function uuidsOf(...values: unknown[]): string[] {
  return values.filter((value): value is string => typeof value === "string" && UUID.test(value));
}

/**
 * LIKE patterns for every string in `value` (searched deeply) made by `unique()`: a row that
 * contains one was written for this input and no other.
 */
export function markersIn(value: unknown): string[] {
  const found: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === "string") {
      if (UNIQUE_SUFFIX.test(v.trim())) found.push(`%${v.trim()}%`);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(value);
  return found;
}
