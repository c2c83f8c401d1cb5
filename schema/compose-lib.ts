import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { Kind, parse, print, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
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

/** The operations partner systems and the console may send in production (schema/trusted-documents/). */
export const TRUSTED_DOCUMENTS_DIR = `${SCHEMA_DIR}trusted-documents/`;
export const TRUSTED_MANIFEST_PATH = `${SCHEMA_DIR}trusted-documents.json`;
/** The console's operations by hash, written by its codegen (console/codegen.ts). */
export const CONSOLE_DOCUMENTS_PATH = `${ROOT}console/src/gql/persisted-documents.json`;

/** Apollo's persisted-query manifest: what the gateway loads. */
export interface TrustedManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: { id: string; name: string; type: "query" | "mutation" | "subscription"; body: string }[];
}

/**
 * Every named operation in schema/trusted-documents/*.graphql, checked against the supergraph's
 * API schema, with the fragments it uses (ids are the SHA-256 of the printed text), and the
 * console's operations from its codegen. Throws, naming
 * the file and the operation, when one no longer fits the schema.
 */
export function buildTrustedManifest(supergraphSdl: string): TrustedManifest {
  const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  const operations: TrustedManifest["operations"] = [];
  const problems: string[] = [];
  const files = readdirSync(TRUSTED_DOCUMENTS_DIR).filter((f) => f.endsWith(".graphql")).sort();
  for (const file of files) {
    const document = parse(readFileSync(`${TRUSTED_DOCUMENTS_DIR}${file}`, "utf8"));
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      if (!definition.name) {
        problems.push(`${file}: every trusted operation needs a name`);
        continue;
      }
      const body = print({ kind: Kind.DOCUMENT, definitions: [definition, ...fragments] });
      const errors = validate(schema, parse(body));
      if (errors.length > 0) {
        problems.push(...errors.map((e) => `${file}: ${definition.name!.value}: ${e.message}`));
        continue;
      }
      operations.push({ id: createHash("sha256").update(body).digest("hex"), name: definition.name.value, type: definition.operation, body });
    }
  }
  // The console's own operations, as its codegen hashed them (it sends only the hash).
  const consoleDocuments = JSON.parse(readFileSync(CONSOLE_DOCUMENTS_PATH, "utf8")) as Record<string, string>;
  for (const [hash, body] of Object.entries(consoleDocuments)) {
    const id = hash.replace(/^sha256:/, "");
    const document = parse(body);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const where = `console: ${operation?.name?.value ?? "an unnamed operation"}`;
    if (createHash("sha256").update(body).digest("hex") !== id) problems.push(`${where}: its hash is not the SHA-256 of its text; run npm run codegen -w @hub/console`);
    problems.push(...validate(schema, document).map((e) => `${where}: ${e.message}`));
    if (operation?.name) operations.push({ id, name: operation.name.value, type: operation.operation, body });
  }
  if (problems.length > 0) throw new Error(`Trusted documents that no longer fit the schema:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  return { format: "apollo-persisted-query-manifest", version: 1, operations };
}
