import type { TestProject } from "vitest/node";
import { startTestHub } from "./test-hub.ts";

/**
 * Starts the real hub once for the end-to-end tests (see test-hub.ts), and hands its addresses
 * to the test files.
 */
export default async function setup(project: TestProject) {
  // Subgraphs report their SQL statement count per request, for the batching tests. The gateway
  // takes the client address from X-Forwarded-For, as behind the agencies' proxy, so that the
  // self-service tests can lock one address out without locking out every other test's.
  const { hub, stop } = await startTestHub({ dataDir: ".data/postgres-test", suffix: "_test", env: { HUB_COUNT_SQL: "1", HUB_TRUST_PROXY: "true" } });
  project.provide("gatewayUrl", hub.gatewayUrl);
  project.provide("databaseUrls", hub.databaseUrls);
  project.provide("subgraphUrls", hub.subgraphUrls);
  return stop;
}
