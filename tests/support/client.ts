import { inject } from "vitest";
import { mintToken } from "@hub/gateway/tokens";
import { signCall } from "@hub/kit/service-auth";
import { callerNamed, defaultCaller, type TestCaller } from "./callers.ts";

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

/**
 * Who a test request speaks for: an actor name (its agency guessed from the name, see
 * callerNamed), a caller's claims (what is left out comes from the default caller), or
 * `{ as, purpose }` to state a purpose (x-hub-purpose) as well.
 */
export type Who = string | Partial<TestCaller> | { as: Partial<TestCaller>; purpose?: string };

/** The gateway's URL, started once for the whole run by tests/support/global-setup.ts. */
export function gatewayUrl(): string {
  return inject("gatewayUrl");
}

export function callerOf(who: Who | undefined): { caller: TestCaller; purpose: string | undefined } {
  if (who === undefined) return { caller: defaultCaller, purpose: undefined };
  if (typeof who === "string") return { caller: callerNamed(who), purpose: undefined };
  if ("as" in who && who.as) return { caller: { ...defaultCaller, ...who.as }, purpose: who.purpose };
  return { caller: { ...defaultCaller, ...(who as Partial<TestCaller>) }, purpose: undefined };
}

const tokens = new Map<string, Promise<string>>();

/** A development JWT for the caller (minted once per caller and run, valid 8 hours). */
export function tokenFor(caller: TestCaller): Promise<string> {
  const key = JSON.stringify([caller.subject, caller.agencyId, caller.agencyKind, caller.roles, caller.divisionScope]);
  let token = tokens.get(key);
  if (!token) {
    token = mintToken(caller);
    tokens.set(key, token);
  }
  return token;
}

/** The headers a partner system sends: its bearer token and, when it states one, the purpose. */
export async function headersFor(who?: Who): Promise<Record<string, string>> {
  const { caller, purpose } = callerOf(who);
  return {
    "content-type": "application/json",
    authorization: `Bearer ${await tokenFor(caller)}`,
    ...(purpose ? { "x-hub-purpose": encodeURIComponent(purpose) } : {}),
  };
}

/** Posts one operation to the gateway, as a partner agency's system would. */
export async function gql<T = any>(query: string, variables?: Record<string, unknown>, who?: Who): Promise<GraphQLResponse<T>> {
  const response = await fetch(gatewayUrl(), {
    method: "POST",
    headers: await headersFor(who),
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like gql, but fails the test with the server's errors when there are any. */
export async function gqlOk<T = any>(query: string, variables?: Record<string, unknown>, who?: Who): Promise<T> {
  const result = await gql<T>(query, variables, who);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/**
 * The `step(name, id, args?, who?)` of one kind of case: runs the state-change mutation
 * `name(id: "...", args)` as `who` (by default `defaultWho`), selecting `fields`, and returns
 * the case it answers with; fails the test on errors.
 */
export function stepRunner(fields: string, defaultWho: Who) {
  return async function step(name: string, id: string, args = "", who: Who = defaultWho) {
    const data = await gqlOk(`mutation { ${name}(id: "${id}"${args ? `, ${args}` : ""}) { ${fields} } }`, undefined, who);
    return data[name];
  };
}

/**
 * Posts straight to one subgraph, signed the way the gateway signs (the caller in a signed
 * context), for tests that look at a subgraph's own answer (SQL counts, say).
 */
export async function subgraphGql<T = any>(subgraph: string, query: string, variables?: Record<string, unknown>, who?: Who): Promise<GraphQLResponse<T>> {
  const url = new URL(inject("subgraphUrls")[subgraph]!);
  const { caller, purpose } = callerOf(who);
  const body = JSON.stringify({ query, variables });
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...signCall({ ...caller, purpose: purpose ?? null, service: null }, "POST", url.pathname, body) },
    body,
  });
  return (await response.json()) as GraphQLResponse<T>;
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
