/**
 * `npm start`: the whole hub on one machine. PostgreSQL (embedded, data in .data/postgres, or
 * the server at DATABASE_URL), one database per subgraph with its migrations, demo data on the
 * first start, six subgraphs and the gateway. Ctrl-C stops all of it, PostgreSQL included.
 *
 * Ctrl-C in a terminal signals the whole foreground process group: PostgreSQL would shut down at
 * the same moment as the services still using it, and every service would log its lost
 * connections. So the hub runs in a process group of its own (this script again, detached),
 * which this process tells to stop once; it stops the gateway and subgraphs, then PostgreSQL.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SUBGRAPHS } from "@hub/kit/subgraphs";
import { startHub, type HubProcesses } from "./lib/hub.ts";
import { startEmbeddedPostgres, EMBEDDED_PORT, type RunningPostgres } from "./lib/postgres.ts";
import { DEMO_PERSON, seedDemoIfEmpty } from "./demo/seed.ts";
import { DEMO_ROLES } from "./demo/agencies.ts";
import { mintToken } from "@hub/gateway/tokens";
import { ensureConsoleBuilt } from "./lib/console-build.ts";

const verbose = process.argv.includes("--verbose");
/** Where the embedded PostgreSQL keeps its data (HUB_DATA_DIR, default .data). */
const dataDir = `${process.env.HUB_DATA_DIR || ".data"}/postgres`;
let embedded: RunningPostgres | undefined;
let hub: HubProcesses | undefined;
let stopping: Promise<never> | undefined;

/** Stops what was started and exits; a second signal while stopping waits for the first stop. */
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    if (hub || embedded) {
      console.log("\nstopping the hub…");
      await hub?.stop();
      await embedded?.stop();
      console.log("stopped: gateway, subgraphs" + (embedded ? " and PostgreSQL" : ""));
    }
    process.exit(code);
  })();
  return stopping;
}

async function runHub(): Promise<void> {
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (databaseUrl) {
      console.log(`PostgreSQL: using DATABASE_URL (${new URL(databaseUrl).host})`);
    } else {
      console.log(`PostgreSQL: starting the embedded server on 127.0.0.1:${EMBEDDED_PORT} (data in ${dataDir})…`);
      embedded = await startEmbeddedPostgres(dataDir);
      databaseUrl = embedded.url;
    }
    // Before the services start: a broken console build should stop npm start, not hide in a log.
    console.log(await ensureConsoleBuilt());
    console.log("starting six subgraphs (each applies its migrations) and the gateway…");
    hub = await startHub({
      devIdentities: DEMO_ROLES,
      databaseUrl,
      fixedPorts: true,
      log: (service, line) => {
        if (verbose || /error|ready at|applied migrations/i.test(line)) console.log(line.startsWith("[") ? line : `[${service}] ${line}`);
      },
    });
    const seeded = await seedDemoIfEmpty(hub.gatewayUrl).catch((error: Error) => {
      throw new Error(`${error.message}\nThe demo data is incomplete: stop, delete ${dataDir} and start again.`);
    });
    console.log(seeded ? `demo data loaded: ${seeded}` : "demo data already present");
    // One token per role, valid for a working day, minted with the key the gateway checks.
    const tokens = await Promise.all(DEMO_ROLES.map(async ({ role, claims }) => ({ role, claims, token: await mintToken(claims, { ttl: "8h" }) })));
    const reviewer = tokens.find((t) => t.claims.agencyKind === "joint-meeting")!;
    console.log(`
The mediation federation hub is running.

  console            ${new URL("/", hub.gatewayUrl).href}   (sign in with a demo identity)
  gateway            ${hub.gatewayUrl}
${SUBGRAPHS.map((s) => `  ${s.name.padEnd(19)}${hub!.subgraphUrls[s.name]}   ${s.title}`).join("\n")}
  PostgreSQL         ${new URL(databaseUrl).host}${embedded ? ` (embedded, data in ${dataDir})` : ""}

Every request to the gateway needs a token (subgraphs answer only the gateway). Ready tokens,
valid 8 hours (more: npm run token -- --agency <id> --kind <kind> --role <role> --scope <division>):
${tokens.map(({ role, claims, token }) => `
    ${role}: ${claims.agencyId}, roles ${claims.roles.join(",")}, scope ${claims.divisionScope.map((d) => d || "whole country").join(",")}
      ${token}`).join("\n")}

Try a person's records across every agency, as joint-meeting staff:
  TOKEN=${reviewer.token}
  curl -s ${hub.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
    -d '{"query":"{ party(idNumber: \\"${DEMO_PERSON.idNumber}\\") { partyKey disputes { unifiedNumber } courtReferrals { caseNumber status } petitions { petitionNumber status } } }"}'

Ctrl-C stops everything.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : `npm start failed: ${String(error)}`);
    await shutdown(1);
  }
}

if (!process.env.HUB_START_DETACHED) {
  const hubProcess = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, HUB_START_DETACHED: "1" },
  });
  // Ctrl-C reaches this process twice (from the terminal and relayed by tsx): tell the hub once.
  let told = false;
  const stopHub = () => {
    if (!told) hubProcess.kill("SIGTERM");
    told = true;
  };
  process.on("SIGINT", stopHub);
  process.on("SIGTERM", stopHub);
  hubProcess.once("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  // Whatever ends the launcher (even SIGKILL) closes this channel: the hub must not outlive it.
  process.once("disconnect", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  await runHub();
}

