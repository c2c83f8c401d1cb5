/**
 * Prints the query plan @apollo/gateway makes for each benchmark operation, from the checked-in
 * supergraph: where the floor's sub-queries (bench/lib/scenarios.ts) come from.
 *
 *   tsx bench/print-plans.ts [PARTY_HISTORY SEARCH_PAGE …]
 */
import { readFileSync } from "node:fs";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { prettyFormatQueryPlan, QueryPlanner } from "@apollo/query-planner";
import { parse } from "graphql";
import * as scenarios from "./lib/scenarios.ts";

const supergraph = Supergraph.build(readFileSync(new URL("../schema/supergraph.graphql", import.meta.url), "utf8"));
const planner = new QueryPlanner(supergraph);
const operations: Record<string, string> = {
  PARTY_HISTORY: scenarios.PARTY_HISTORY,
  PARTY_HISTORY_PAGE: scenarios.PARTY_HISTORY_PAGE,
  SEARCH_PAGE: scenarios.SEARCH_PAGE,
  CASE_DETAIL: scenarios.CASE_DETAIL,
  CASE_DETAIL_PAGE: scenarios.CASE_DETAIL_PAGE,
  REFER_INCIDENT: scenarios.referIncident(scenarios.handoffSupport(readFileSync(new URL("../schema/supergraph.graphql", import.meta.url), "utf8")).idempotencyKey),
  HANDOFF_AT_CENTRE: scenarios.HANDOFF_AT_CENTRE,
  ACCEPT_AT_CENTRE: scenarios.ACCEPT_AT_CENTRE,
};
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(operations);
for (const name of names) {
  const query = operations[name];
  if (!query) throw new Error(`unknown operation ${name}; one of ${Object.keys(operations).join(", ")}`);
  console.log(`=== ${name}`);
  console.log(prettyFormatQueryPlan(planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)))));
}
