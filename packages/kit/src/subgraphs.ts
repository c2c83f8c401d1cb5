/**
 * The hub's subgraphs: name, default port and what each channel is. The launcher, the gateway,
 * the compose script and the tests all read this list, so adding a subgraph starts here.
 */
export interface SubgraphInfo {
  name: string;
  port: number;
  title: string;
}

export const SUBGRAPHS: readonly SubgraphInfo[] = [
  { name: "mediation-center", port: 4001, title: "人民调解中心: intake, committees, mediators, people's mediation" },
  { name: "court-mediation", port: 4002, title: "诉调对接: court referrals and judicial confirmation" },
  { name: "petition-mediation", port: 4003, title: "访调对接: petitions (信访) and diversion to mediation" },
  { name: "police-mediation", port: 4004, title: "警调对接: 110 incidents and police mediation (治安调解)" },
  { name: "arbitration", port: 4005, title: "仲裁: labour and commercial arbitration" },
  { name: "notary", port: 4006, title: "公证: compulsory-enforcement notarisation (赋强公证)" },
];

export const GATEWAY_PORT = 4000;

/**
 * What to tell a person whose port is taken: which service and port, the likely cause, and the
 * variable that moves it. Node's own EADDRINUSE stack says none of that.
 */
export function portInUseMessage(service: string, port: number, variable: string): string {
  return (
    `${service} cannot listen on 127.0.0.1:${port}: the port is already in use, most likely by another hub (npm start) still running. ` +
    `Stop that one (Ctrl-C in its terminal), or set ${variable} to a free port.`
  );
}

/** The variable that sets a subgraph's port, e.g. COURT_MEDIATION_PORT. */
export function subgraphPortVariable(subgraph: string): string {
  return `${envName(subgraph)}_PORT`;
}

function envName(subgraph: string): string {
  return subgraph.toUpperCase().replace(/-/g, "_");
}

/** Database name of a subgraph on a shared server, e.g. hub_court_mediation. */
export function databaseNameOf(subgraph: string, suffix = process.env.HUB_DATABASE_SUFFIX ?? ""): string {
  return `hub_${subgraph.replace(/-/g, "_")}${suffix}`;
}

/**
 * Where a subgraph's database is: COURT_MEDIATION_DATABASE_URL (one server per subgraph) wins;
 * otherwise DATABASE_URL names a server and each subgraph gets its own database on it.
 */
export function databaseUrlOf(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${envName(subgraph)}_DATABASE_URL`];
  if (own) return own;
  const shared = env.DATABASE_URL;
  if (!shared) {
    throw new Error(`No database for ${subgraph}: set DATABASE_URL (a PostgreSQL server) or ${envName(subgraph)}_DATABASE_URL, or start the hub with \`npm start\``);
  }
  const url = new URL(shared);
  url.pathname = `/${databaseNameOf(subgraph, env.HUB_DATABASE_SUFFIX ?? "")}`;
  return url.toString();
}

/** URL of a subgraph's GraphQL endpoint: COURT_MEDIATION_URL overrides the default local port. */
export function subgraphUrlOf(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${envName(subgraph)}_URL`];
  if (own) return own;
  const info = SUBGRAPHS.find((s) => s.name === subgraph);
  if (!info) throw new Error(`Unknown subgraph ${subgraph}`);
  return `http://127.0.0.1:${info.port}/graphql`;
}

export function subgraphPortOf(subgraph: string, env: NodeJS.ProcessEnv = process.env): number {
  const own = env[subgraphPortVariable(subgraph)];
  if (own) return Number(own);
  const info = SUBGRAPHS.find((s) => s.name === subgraph);
  if (!info) throw new Error(`Unknown subgraph ${subgraph}`);
  return info.port;
}
