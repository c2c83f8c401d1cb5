import { inject } from "vitest";

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

/** The gateway's URL, started once for the whole run by tests/support/global-setup.ts. */
export function gatewayUrl(): string {
  return inject("gatewayUrl");
}

/** Posts one operation to the gateway, as a partner agency's system would. */
export async function gql<T = any>(query: string, variables?: Record<string, unknown>, actor = "e2e-test"): Promise<GraphQLResponse<T>> {
  const response = await fetch(gatewayUrl(), {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-actor": encodeURIComponent(actor) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like gql, but fails the test with the server's errors when there are any. */
export async function gqlOk<T = any>(query: string, variables?: Record<string, unknown>, actor?: string): Promise<T> {
  const result = await gql<T>(query, variables, actor);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/**
 * The `step(name, id, args?, actor?)` of one kind of case: runs the state-change mutation
 * `name(id: "...", args)` as `actor` (by default `defaultActor`), selecting `fields`, and returns
 * the case it answers with; fails the test on errors.
 */
export function stepRunner(fields: string, defaultActor: string) {
  return async function step(name: string, id: string, args = "", actor = defaultActor) {
    const data = await gqlOk(`mutation { ${name}(id: "${id}"${args ? `, ${args}` : ""}) { ${fields} } }`, undefined, actor);
    return data[name];
  };
}

/** The single error's extensions.code, for bad-input assertions. */
export function errorCode(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

declare module "vitest" {
  export interface ProvidedContext {
    gatewayUrl: string;
    /** postgres:// URL of each subgraph's database, for tests that count rows. */
    databaseUrls: Record<string, string>;
    /** GraphQL URL of each subgraph process, for tests that talk to one subgraph directly. */
    subgraphUrls: Record<string, string>;
  }
}
