import { gql, type GraphQLResponse, type Who } from "./client.ts";

/** A page of a channel list as the hub answers it (a `<Name>Connection`). */
export interface Connection<T = any> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

/** The items of one page of a list, in the list's order. */
export function nodes<T = any>(connection: { edges: { node: T }[] } | null | undefined): T[] {
  return (connection?.edges ?? []).map((edge) => edge.node);
}

/**
 * Every page of a list, following pageInfo.endCursor until hasNextPage is false. `fetchPage`
 * asks for one page after a cursor (null for the first) and returns the whole response, so the
 * caller can look at each page's extensions (SQL counts) too.
 */
export async function everyPage<T = any>(
  fetchPage: (after: string | null) => Promise<GraphQLResponse>,
  connectionOf: (data: any) => Connection<T>,
  maxPages = 50,
): Promise<{ pages: { connection: Connection<T>; response: GraphQLResponse }[]; items: T[] }> {
  const pages: { connection: Connection<T>; response: GraphQLResponse }[] = [];
  let after: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const response = await fetchPage(after);
    if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
    const connection = connectionOf(response.data);
    pages.push({ connection, response });
    if (!connection.pageInfo.hasNextPage) return { pages, items: pages.flatMap((p) => nodes(p.connection)) };
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`more than ${maxPages} pages`);
}

/**
 * Every item of one list, read page by page through the gateway: `query` declares `$after: String`
 * and passes it to the list named `field`, selecting `edges { node { … } } pageInfo { hasNextPage endCursor }`.
 */
export async function allNodes<T = any>(query: string, field: string, variables: Record<string, unknown> = {}, who?: Who): Promise<T[]> {
  const { items } = await everyPage<T>((after) => gql(query, { ...variables, after }, who), (data) => data[field]);
  return items;
}
