/**
 * Starts the real hub for the browser tests, as tests/support/global-setup.ts does for the
 * end-to-end tests: PostgreSQL (DATABASE_URL, or an embedded server of its own), six subgraphs on
 * fresh databases, the gateway serving the console (built first when stale) and the demo
 * identities, then the demo data. The gateway's origin goes to the tests in HUB_BROWSER_ORIGIN.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startHub, type HubProcesses } from "../../scripts/lib/hub.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/postgres.ts";
import { freePort } from "../../scripts/lib/ports.ts";
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
  let embedded: RunningPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(".data/postgres-browser", Number(process.env.HUB_TEST_PG_PORT ?? (await freePort())));
    serverUrl = embedded.url;
  }
  const suffix = `_browser_${randomBytes(4).toString("hex")}`;
  const output: string[] = [];
  let hub: HubProcesses;
  try {
    hub = await startHub({
      databaseUrl: serverUrl,
      databaseSuffix: suffix,
      fixedPorts: false,
      devIdentities: DEMO_ROLES,
      log: (service, line) => {
        output.push(`[${service}] ${line}`);
        if (process.env.HUB_TEST_LOG) console.log(`[${service}] ${line}`);
      },
    });
  } catch (error) {
    console.error(output.slice(-50).join("\n"));
    await embedded?.stop();
    throw error;
  }
  process.env.HUB_BROWSER_GATEWAY_URL = hub.gatewayUrl;
  process.env.HUB_BROWSER_ORIGIN = new URL(hub.gatewayUrl).origin;
  process.env.HUB_BROWSER_DATABASE_URLS = JSON.stringify(hub.databaseUrls);
  process.env.HUB_BROWSER_SUBGRAPH_URLS = JSON.stringify(hub.subgraphUrls);
  try {
    await seedDemoIfEmpty(hub.gatewayUrl);
    await searchIndexSettled();
  } catch (error) {
    console.error(output.slice(-50).join("\n"));
    throw error;
  }

  return async () => {
    await hub.stop();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      for (const url of Object.values(hub.databaseUrls)) await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
    } finally {
      await admin.end();
    }
    await embedded?.stop();
  };
}
