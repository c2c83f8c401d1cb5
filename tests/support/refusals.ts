import { expect } from "vitest";
import { errorCode, gql, type GraphQLResponse, type Who } from "./client.ts";
import { rowCounts } from "./db.ts";

/**
 * The `refused(code, query, variables)` of one subgraph: runs a call as `actor` that must fail
 * with `code`, checks that no table in `tables` of the subgraph changed, and returns the response.
 */
export function refusalCheck(subgraph: string, tables: readonly string[], actor: Who) {
  return async function refused(code: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
    const before = await rowCounts(subgraph, tables);
    const result = await gql(query, variables, actor);
    expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
    expect(await rowCounts(subgraph, tables)).toEqual(before);
    return result;
  };
}
