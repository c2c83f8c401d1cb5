import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
// One copy of graphql for everything the tests import: the ESM and CJS builds are different
// realms, and graphql refuses schemas made by "another copy".
const graphql = require.resolve("graphql");

export default defineConfig({
  resolve: { alias: { graphql } },
  test: {
    projects: [
      {
        resolve: { alias: { graphql } },
        test: { name: "unit", include: ["packages/*/test/**/*.test.ts", "tests/unit/**/*.test.ts"] },
      },
      {
        resolve: { alias: { graphql } },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: { graphql } },
        test: {
          // Kills and restarts subgraph processes: each file starts a hub of its own (no shared
          // globalSetup), and `npm test` runs this project after the others, on its own.
          name: "faults",
          include: ["tests/faults/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
