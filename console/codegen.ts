import type { CodegenConfig } from "@graphql-codegen/cli";
import { apiSchemaSdl } from "./api-schema.ts";

// Operations are typed against the gateway's API schema; `npm run typecheck` runs codegen with
// --check first, so a schema change that breaks a page (or generated code left stale) fails it.
const config: CodegenConfig = {
  schema: apiSchemaSdl(),
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      // persisted-documents.json: the console's operations by SHA-256, which npm run compose adds to
      // the hub's trusted documents; the console sends only the hash (see client.ts).
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Scalars arrive as JSON strings: Money is a decimal string (never a float), dates ISO 8601.
        scalars: {
          DateTimeISO: "string",
          Money: "string",
          ResidentId: "string",
          CreditCode: "string",
          DivisionCode: "string",
          DivisionPrefix: "string",
          CaseNumber: "string",
        },
      },
    },
  },
};
export default config;
