/**
 * One urql client for the console: every request carries the session's token; an UNAUTHENTICATED
 * answer (the token expired or was revoked) ends the session and returns to sign-in.
 */
import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from "urql";
import { persistedExchange } from "@urql/exchange-persisted";
import { authHeaders, endSession, SESSION_EXPIRED } from "./auth/index.ts";

export function isUnauthenticated(error: CombinedError): boolean {
  if (error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return true;
  return (error.response as Response | undefined)?.status === 401;
}

export function createClient(onSignedOut: () => void): Client {
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    fetchOptions: () => ({ headers: authHeaders() }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) {
            endSession(SESSION_EXPIRED);
            onSignedOut();
          }
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
