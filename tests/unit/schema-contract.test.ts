import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildTrustedManifest, composeHub, readCheckedIn, TRUSTED_MANIFEST_PATH } from "../../schema/compose-lib.ts";

// The checked-in SDL and supergraph are the contract partner agencies and the gateway rely on:
// they must compose and must match the code. `npm run compose` regenerates them.
describe("schema contract", () => {
  it("composes, and the checked-in SDL and supergraph are up to date", async () => {
    const fresh = await composeHub();
    const checkedIn = readCheckedIn();
    for (const [name, sdl] of Object.entries(fresh.sdls)) {
      expect(checkedIn.sdls[name], `schema/${name}.graphql is stale: run npm run compose`).toBe(sdl);
    }
    expect(checkedIn.supergraph === fresh.supergraph, "schema/supergraph.graphql is stale: run npm run compose").toBe(true);
    // Every registered operation still fits the schema (buildTrustedManifest throws naming it), and the manifest is current.
    const manifest = buildTrustedManifest(fresh.supergraph);
    expect(JSON.parse(readFileSync(TRUSTED_MANIFEST_PATH, "utf8")), "schema/trusted-documents.json is stale: run npm run compose").toEqual(manifest);
    expect(manifest.operations.length).toBeGreaterThan(0);
  }, 60_000);

  it("describes every public type and field", async () => {
    const { sdls } = await composeHub();
    const { parse, Kind } = await import("graphql");
    const missing: string[] = [];
    for (const [name, sdl] of Object.entries(sdls)) {
      for (const def of parse(sdl).definitions) {
        if (!("name" in def) || !def.name) continue;
        const typeName = def.name.value;
        if (typeName === "Query" || typeName === "Mutation") {
          // The root types are not described; their fields are.
        } else if (!("description" in def) || !def.description) {
          missing.push(`${name}: type ${typeName}`);
        }
        const fields = "fields" in def ? (def.fields ?? []) : [];
        for (const field of fields) {
          if (!field.description) missing.push(`${name}: ${typeName}.${field.name.value}`);
        }
      }
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
