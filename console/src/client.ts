/**
 * The console's urql clients: the staff client's every request carries the session's token; an
 * UNAUTHENTICATED answer (the token expired or was revoked) ends the session and returns to sign-in.
 */
import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from "urql";
import { persistedExchange } from "@urql/exchange-persisted";
import { authHeaders, endSession, SESSION_EXPIRED } from "./auth/index.ts";

export function isUnauthenticated(error: CombinedError): boolean {
  if (error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return true;
  return (error.response as Response | undefined)?.status === 401;
}

/**
 * A client of the gateway: `headers` for each request, `onUnauthenticated` when the hub answers
 * that the token no longer holds. The staff console's client carries the session's token; the
 * party self-service page's carries a party token or none.
 */
export function hubClient(headers: () => Record<string, string>, onUnauthenticated: () => void): Client {
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    fetchOptions: () => ({ headers: headers() }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      // Only the operation's hash travels: in production the gateway answers nothing but the hub's
      // trusted documents, the console's among them (codegen's persisted-documents.json).
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } }).__meta__!.hash!,
      }),
      fetchExchange,
    ],
  });
}

export function createClient(onSignedOut: () => void): Client {
  return hubClient(authHeaders, () => {
    endSession(SESSION_EXPIRED);
    onSignedOut();
  });
}
