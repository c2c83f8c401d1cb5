/**
 * Starts the real hub for the browser tests, as tests/support/global-setup.ts does for the
 * end-to-end tests: PostgreSQL (DATABASE_URL, or an embedded server of its own), six subgraphs on
 * fresh databases, the gateway serving the console (built first when stale) and the demo
 * identities, then the demo data. The gateway's origin goes to the tests in HUB_BROWSER_ORIGIN.
 */
import { startTestHub } from "../support/test-hub.ts";
import { ensureConsoleBuilt } from "../../scripts/lib/console-build.ts";
import { DEMO_ROLES } from "../../scripts/demo/agencies.ts";
import { seedDemoIfEmpty } from "../../scripts/demo/seed.ts";
import { hubCall, REVIEWER } from "./hub.ts";

async function searchIndexSettled(): Promise<void> {
  // Case events reach the search index a moment after each write; wait until the count holds still.
  let last = -1;
  let steady = 0;
  for (let i = 0; i < 120 && steady < 3; i++) {
    const { searchCases } = await hubCall<{ searchCases: { totalCount: number } }>(REVIEWER, "{ searchCases(first: 1) { totalCount } }");
    steady = searchCases.totalCount === last && last > 0 ? steady + 1 : 0;
    last = searchCases.totalCount;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export default async function globalSetup() {
  console.log(await ensureConsoleBuilt());
  const { hub, recentOutput, stop } = await startTestHub({ dataDir: ".data/postgres-browser", suffix: "_browser", devIdentities: DEMO_ROLES });
  process.env.HUB_BROWSER_GATEWAY_URL = hub.gatewayUrl;
  process.env.HUB_BROWSER_ORIGIN = new URL(hub.gatewayUrl).origin;
  process.env.HUB_BROWSER_DATABASE_URLS = JSON.stringify(hub.databaseUrls);
  process.env.HUB_BROWSER_SUBGRAPH_URLS = JSON.stringify(hub.subgraphUrls);
  try {
    await seedDemoIfEmpty(hub.gatewayUrl);
    await searchIndexSettled();
  } catch (error) {
    console.error(recentOutput());
    await stop();
    throw error;
  }
  return stop;
}
