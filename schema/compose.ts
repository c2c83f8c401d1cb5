/**
 * `npm run compose`: prints each subgraph's SDL into schema/<name>.graphql and writes the
 * composed schema/supergraph.graphql, the contract the gateway serves, and checks the trusted
 * documents against it into schema/trusted-documents.json. Commit them with the code that
 * changed them; a test fails when they are stale.
 */
import { writeFileSync } from "node:fs";
import { buildTrustedManifest, composeHub, SCHEMA_DIR, SUPERGRAPH_PATH, TRUSTED_MANIFEST_PATH } from "./compose-lib.ts";

const composed = await composeHub();
for (const [name, sdl] of Object.entries(composed.sdls)) writeFileSync(`${SCHEMA_DIR}${name}.graphql`, sdl);
writeFileSync(SUPERGRAPH_PATH, composed.supergraph);
console.log(`composed ${Object.keys(composed.sdls).length} subgraphs into schema/supergraph.graphql`);
const manifest = buildTrustedManifest(composed.supergraph);
writeFileSync(TRUSTED_MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`checked ${manifest.operations.length} trusted documents into schema/trusted-documents.json`);
