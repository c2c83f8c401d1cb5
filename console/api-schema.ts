/**
 * The schema clients see, derived from the checked-in supergraph: the same API schema the gateway
 * serves (join__/link__ machinery and @inaccessible elements removed), computed by Apollo's own
 * federation code rather than by stripping directives by hand, so it can never drift from what
 * the gateway answers.
 */
import { Supergraph } from "@apollo/federation-internals";
import { printSchema } from "graphql";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SUPERGRAPH = fileURLToPath(new URL("../schema/supergraph.graphql", import.meta.url));

export function apiSchemaSdl(): string {
  return printSchema(Supergraph.build(readFileSync(SUPERGRAPH, "utf8")).apiSchema().toGraphQLJSSchema());
}
