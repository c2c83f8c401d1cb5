/**
 * The real hub for a test run: PostgreSQL (the server at DATABASE_URL, or an embedded one of the
 * run's own), six subgraph processes on fresh databases made by their migrations, and the
 * gateway. Databases get a random suffix and are dropped by stop(). The end-to-end and the
 * browser tests' global setups both start it.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startHub, type HubProcesses, type StartHubOptions } from "../../scripts/lib/hub.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/postgres.ts";
import { freePort } from "../../scripts/lib/ports.ts";

export interface TestHub {
  hub: HubProcesses;
  /** The last lines the services printed, for a failure message. */
  recentOutput(): string;
  stop(): Promise<void>;
}

export async function startTestHub(options: {
  /** Data folder of the embedded server, when there is no DATABASE_URL. */
  dataDir: string;
  /** Databases are named hub_<subgraph><suffix>_<random>. */
  suffix: string;
  env?: Record<string, string>;
  devIdentities?: StartHubOptions["devIdentities"];
}): Promise<TestHub> {
  let embedded: RunningPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(options.dataDir, Number(process.env.HUB_TEST_PG_PORT ?? (await freePort())));
    serverUrl = embedded.url;
  }
  const output: string[] = [];
  const recentOutput = () => output.slice(-50).join("\n");
  let hub: HubProcesses;
  try {
    hub = await startHub({
      databaseUrl: serverUrl,
      databaseSuffix: `${options.suffix}_${randomBytes(4).toString("hex")}`,
      fixedPorts: false,
      env: options.env,
      devIdentities: options.devIdentities,
      log: (service, line) => {
        output.push(`[${service}] ${line}`);
        if (output.length > 1000) output.shift();
        if (process.env.HUB_TEST_LOG) console.log(`[${service}] ${line}`);
      },
    });
  } catch (error) {
    console.error(recentOutput());
    await embedded?.stop();
    throw error;
  }
  return {
    hub,
    recentOutput,
    async stop() {
      await hub.stop();
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        for (const url of Object.values(hub.databaseUrls)) await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
      } finally {
        await admin.end();
      }
      await embedded?.stop();
    },
  };
}
