/**
 * `npm start`: the whole hub on one machine. PostgreSQL (embedded, data in .data/postgres, or
 * the server at DATABASE_URL), one database per subgraph with its migrations, demo data on the
 * first start, six subgraphs and the gateway. Ctrl-C stops all of it, PostgreSQL included.
 */
import { SUBGRAPHS } from "@hub/kit/subgraphs";
import { startHub, type HubProcesses } from "./lib/hub.ts";
import { startEmbeddedPostgres, EMBEDDED_PORT, type RunningPostgres } from "./lib/postgres.ts";
import { DEMO_PERSON, seedDemoIfEmpty } from "./demo/seed.ts";
import { DEMO_ROLES } from "./demo/agencies.ts";
import { mintToken } from "@hub/gateway/tokens";
import { ensureConsoleBuilt } from "./lib/console-build.ts";

const verbose = process.argv.includes("--verbose");
let embedded: RunningPostgres | undefined;
let hub: HubProcesses | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping && (hub || embedded)) {
    stopping = true;
    console.log("\nstopping the hub…");
    await hub?.stop();
    await embedded?.stop();
    console.log("stopped: gateway, subgraphs" + (embedded ? " and PostgreSQL" : ""));
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    console.log(`PostgreSQL: using DATABASE_URL (${new URL(databaseUrl).host})`);
  } else {
    console.log(`PostgreSQL: starting the embedded server on 127.0.0.1:${EMBEDDED_PORT} (data in .data/postgres)…`);
    embedded = await startEmbeddedPostgres(".data/postgres");
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
    throw new Error(`${error.message}\nThe demo data is incomplete: stop, delete .data/postgres and start again.`);
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
  PostgreSQL         ${new URL(databaseUrl).host}${embedded ? " (embedded, data in .data/postgres)" : ""}

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
