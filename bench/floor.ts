/**
 * The floor: what a client that calls the subgraphs directly would pay. A tiny node:http server
 * takes the same GraphQL request the gateway gets and, for each scenario, sends the subgraphs the
 * sub-queries of the gateway's query plan (bench/lib/scenarios.ts) with keep-alive fetch, in
 * parallel wherever the plan allows, and assembles the answer. No parsing of the client's query,
 * no validation, no planning: only the network hops, the subgraphs' work and the JSON.
 *
 *   POST /a       (a) the party key computed here, then one _entities(Party) request to each of the
 *                 six subgraphs, all in parallel: the least a client that knows the key pays
 *   POST /a-plan  (a) in the gateway's plan shape: the mediation centre first (ID number → party
 *                 key), then the five other subgraphs in parallel
 *   POST /b       (b) the centre's searchCases (its own cases resolved there), then one _entities request
 *                 to each subgraph that owns a case on the page, all in parallel, grouped by __typename's owner
 *   POST /c       (c) the court referral, then centre and petition _entities(Dispute) in parallel
 *   POST /d       (d) the mutation passed through to the police subgraph as it came
 *
 * Like the gateway, the floor verifies the caller's token and signs the caller's context on every
 * subgraph call (subgraphs answer nothing unsigned), so both pay for the same security.
 *
 * Started by bench/run.ts with FLOOR_SUBGRAPH_URLS (JSON: subgraph name → URL).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { normaliseResidentId, partyKeyOf } from "../packages/kit/src/ids.ts";
import { encodeCaller, signEncodedCall } from "../packages/kit/src/service-auth.ts";
import { AuthenticationError, bearerToken, jwtSettings, verifyToken } from "../gateway/src/auth.ts";
import {
  CASE_DETAIL_COURT, caseEntities, DETAIL_DISPUTE_FIELDS, disputeEntities, PARTY_FIELDS, PARTY_LOOKUP, partyEntities, SEARCH_CASE_FIELDS, SEARCH_CENTRE,
} from "./lib/scenarios.ts";

const urls = JSON.parse(process.env.FLOOR_SUBGRAPH_URLS ?? "{}") as Record<string, string>;
const OTHERS = Object.keys(PARTY_FIELDS).filter((s) => s !== "mediation-center");
const jwt = jwtSettings();

/** The verified caller of a request, encoded for the subgraphs, as the gateway does it. */
async function contextOf(req: http.IncomingMessage): Promise<string> {
  return encodeCaller(await verifyToken(bearerToken(req.headers.authorization), jwt, null));
}

function signed(subgraph: string, context: string, body: string | Buffer): Record<string, string> {
  return { "content-type": "application/json", ...signEncodedCall(context, "POST", new URL(urls[subgraph]!).pathname, body) };
}

interface GraphQLResponse {
  data?: Record<string, any> | null;
  errors?: unknown[];
}

async function call(subgraph: string, query: string, variables: Record<string, unknown>, context: string): Promise<GraphQLResponse> {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(urls[subgraph]!, { method: "POST", headers: signed(subgraph, context, body), body });
  return (await response.json()) as GraphQLResponse;
}

function errorsOf(responses: GraphQLResponse[]): unknown[] | undefined {
  const errors = responses.flatMap((r) => r.errors ?? []);
  return errors.length ? errors : undefined;
}

type Handler = (variables: Record<string, any>, context: string) => Promise<GraphQLResponse>;

const handlers: Record<string, Handler> = {
  async "/a"(variables, context) {
    const partyKey = partyKeyOf("RESIDENT_ID", normaliseResidentId(String(variables.idNumber)));
    const representations = [{ __typename: "Party", partyKey }];
    const subgraphs = Object.keys(PARTY_FIELDS);
    const responses = await Promise.all(subgraphs.map((s) => call(s, partyEntities(s), { representations }, context)));
    const party: Record<string, unknown> = { partyKey };
    for (const r of responses) Object.assign(party, r.data?._entities?.[0] ?? {});
    return { data: { party }, errors: errorsOf(responses) };
  },

  async "/a-plan"(variables, context) {
    const first = await call("mediation-center", PARTY_LOOKUP, { idNumber: variables.idNumber }, context);
    const found = first.data?.party;
    if (!found) return first;
    const { __typename, ...party } = found;
    const representations = [{ __typename, partyKey: party.partyKey }];
    const responses = await Promise.all(OTHERS.map((s) => call(s, partyEntities(s), { representations }, context)));
    for (const r of responses) Object.assign(party, r.data?._entities?.[0] ?? {});
    return { data: { party }, errors: errorsOf([first, ...responses]) };
  },

  async "/b"(variables, context) {
    const first = await call("mediation-center", SEARCH_CENTRE, variables, context);
    const connection = first.data?.searchCases as { edges: { node: { case: Record<string, unknown> | null } }[] } | undefined;
    if (!connection) return first;
    // The other channels' cases, grouped by owning subgraph, in page order: one _entities call each, all at once.
    const bySubgraph = new Map<string, { node: { case: Record<string, unknown> | null } }[]>();
    for (const edge of connection.edges) {
      const typename = edge.node.case?.__typename as string | undefined;
      const owner = typename ? SEARCH_CASE_FIELDS[typename]?.subgraph : undefined;
      if (!owner || owner === "mediation-center") {
        if (edge.node.case) delete edge.node.case.__typename;
        continue;
      }
      bySubgraph.set(owner, [...(bySubgraph.get(owner) ?? []), edge]);
    }
    const owners = [...bySubgraph.keys()];
    const responses = await Promise.all(
      owners.map((s) => call(s, caseEntities(s), { representations: bySubgraph.get(s)!.map((e) => ({ __typename: e.node.case!.__typename, id: e.node.case!.id })) }, context)),
    );
    owners.forEach((s, k) => {
      const found = (responses[k]!.data?._entities ?? []) as (Record<string, unknown> | null)[];
      bySubgraph.get(s)!.forEach((edge, i) => (edge.node.case = found[i] ?? null));
    });
    return { data: { searchCases: connection }, errors: errorsOf([first, ...responses]) };
  },

  async "/c"(variables, context) {
    const first = await call("court-mediation", CASE_DETAIL_COURT, variables, context);
    const referral = first.data?.courtReferral;
    if (!referral?.dispute) return first;
    const { __typename, ...dispute } = referral.dispute;
    const representations = [{ __typename, unifiedNumber: dispute.unifiedNumber }];
    const subgraphs = Object.keys(DETAIL_DISPUTE_FIELDS);
    const responses = await Promise.all(subgraphs.map((s) => call(s, disputeEntities(DETAIL_DISPUTE_FIELDS[s]!), { representations }, context)));
    for (const r of responses) Object.assign(dispute, r.data?._entities?.[0] ?? {});
    return { data: { courtReferral: { ...referral, dispute } }, errors: errorsOf([first, ...responses]) };
  },
};

/** (d): one subgraph, so the request goes through unchanged. */
async function passThrough(subgraph: string, body: Buffer, context: string): Promise<{ status: number; text: string }> {
  const response = await fetch(urls[subgraph]!, { method: "POST", headers: signed(subgraph, context, body), body: new Uint8Array(body) });
  return { status: response.status, text: await response.text() };
}

function refuse(res: http.ServerResponse, error: Error): void {
  const status = error instanceof AuthenticationError ? error.status : 502;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: error.message }] }));
}

const server = http.createServer((req, res) => {
  const handler = handlers[req.url ?? ""];
  if (req.method === "POST" && req.url === "/d") {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      contextOf(req)
        .then((context) => passThrough("police-mediation", Buffer.concat(chunks), context))
        .then(({ status, text }) => res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text))
        .catch((error: Error) => refuse(res, error));
    });
    return;
  }
  if (req.method !== "POST" || !handler) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    let variables: Record<string, unknown>;
    try {
      variables = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { variables?: Record<string, unknown> }).variables ?? {};
    } catch {
      res.writeHead(400, { "content-type": "application/json" }).end('{"errors":[{"message":"bad JSON"}]}');
      return;
    }
    contextOf(req)
      .then((context) => handler(variables, context))
      .then((result) => {
        const body = JSON.stringify(result.errors ? result : { data: result.data });
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
      })
      .catch((error: Error) => refuse(res, error));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.FLOOR_PORT ?? 0), "127.0.0.1", () => {
  console.log(`[floor] ready at http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
const shutdown = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
