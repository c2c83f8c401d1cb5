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
      presetConfig: { fragmentMasking: false },
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
