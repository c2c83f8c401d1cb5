import type { TestProject } from "vitest/node";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startHub, type HubProcesses } from "../../scripts/lib/hub.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/postgres.ts";
import { freePort } from "../../scripts/lib/ports.ts";

/**
 * Starts the real hub once for the end-to-end tests: PostgreSQL (the server at DATABASE_URL, or
 * an embedded one), six subgraph processes on fresh databases made by their migrations, and the
 * gateway. Databases get a random suffix and are dropped afterwards.
 */
export default async function setup(project: TestProject) {
  let embedded: RunningPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(".data/postgres-test", Number(process.env.HUB_TEST_PG_PORT ?? (await freePort())));
    serverUrl = embedded.url;
  }
  const suffix = `_test_${randomBytes(4).toString("hex")}`;
  const output: string[] = [];
  let hub: HubProcesses;
  try {
    hub = await startHub({
      databaseUrl: serverUrl,
      databaseSuffix: suffix,
      fixedPorts: false,
      // Subgraphs report their SQL statement count per request, for the batching tests.
      env: { HUB_COUNT_SQL: "1" },
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
  project.provide("gatewayUrl", hub.gatewayUrl);
  project.provide("databaseUrls", hub.databaseUrls);
  project.provide("subgraphUrls", hub.subgraphUrls);

  return async () => {
    await hub.stop();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      for (const url of Object.values(hub.databaseUrls)) {
        await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
      }
    } finally {
      await admin.end();
    }
    await embedded?.stop();
  };
}
