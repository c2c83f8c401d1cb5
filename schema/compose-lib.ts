import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { SUBGRAPHS } from "@hub/kit/subgraphs";

export const SCHEMA_DIR = fileURLToPath(new URL(".", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SUPERGRAPH_PATH = `${SCHEMA_DIR}supergraph.graphql`;

export interface ComposedHub {
  /** Printed SDL of each subgraph, by name. */
  sdls: Record<string, string>;
  supergraph: string;
}

/**
 * Prints every subgraph's SDL and composes them. The routing URLs in the supergraph are the
 * local defaults; the gateway overrides them from the environment at start-up.
 */
export async function composeHub(): Promise<ComposedHub> {
  const printed = await Promise.all(
    SUBGRAPHS.map((s) => promisify(execFile)(process.execPath, ["--import", "tsx", "schema/print-sdl.ts", s.name], { cwd: ROOT })),
  );
  const sdls: Record<string, string> = {};
  SUBGRAPHS.forEach((s, i) => (sdls[s.name] = printed[i]!.stdout));
  const result = composeServices(
    SUBGRAPHS.map((s) => ({ name: s.name, url: `http://127.0.0.1:${s.port}/graphql`, typeDefs: parse(sdls[s.name]!) })),
  );
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return { sdls, supergraph: result.supergraphSdl };
}

/** The checked-in files, for the staleness check. */
export function readCheckedIn(): ComposedHub {
  const sdls: Record<string, string> = {};
  for (const subgraph of SUBGRAPHS) sdls[subgraph.name] = readFileSync(`${SCHEMA_DIR}${subgraph.name}.graphql`, "utf8");
  return { sdls, supergraph: readFileSync(SUPERGRAPH_PATH, "utf8") };
}
