import type { ApolloServerPlugin } from "@apollo/server";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { GraphQLError, Kind, visit, validate, valueFromASTUntyped, type DocumentNode, type GraphQLSchema, type ValueNode } from "graphql";

// The page-size arguments GraphQL Armor multiplies into the cost of the selection below them.
const PAGE_SIZE_ARGUMENTS = new Set(["first", "last"]);

/**
 * The operation as Armor should cost it: every `first` / `last` given as a variable replaced by
 * the variable's value (or its declared default). Armor's rule runs at validation, before
 * variables exist, and multiplies only literals, so `first: $first` used to cost as `first: 1`.
 */
export function withPageSizesInlined(document: DocumentNode, variables: Record<string, unknown> | undefined): DocumentNode {
  const defaults = new Map<string, unknown>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, valueFromASTUntyped(variable.defaultValue));
    }
  }
  return visit(document, {
    Argument(node) {
      if (!PAGE_SIZE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const value = variables && name in variables ? variables[name] : defaults.get(name);
      if (typeof value !== "number" || !Number.isInteger(value)) return undefined;
      const literal: ValueNode = { kind: Kind.INT, value: String(value) };
      return { ...node, value: literal };
    },
  });
}

/**
 * GraphQL Armor's cost estimate, applied once the variables are known, so a page size costs the
 * same whether it is written in the query or passed as a variable. Over the limit: 400 and
 * GRAPHQL_VALIDATION_FAILED, before the gateway plans anything.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const cost = operationCost(schema, withPageSizesInlined(document, request.variables));
          if (cost > maxCost) {
            throw new GraphQLError(
              `This operation costs ${cost}, more than the gateway's limit of ${maxCost}: ask for fewer items per page (first) or fewer fields per item`,
              { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/** Armor's cost estimate of the operation. */
function operationCost(schema: GraphQLSchema, document: DocumentNode): number {
  let cost = 0;
  // No limit inside the rule: it reports the figure, and the plugin decides and words the refusal.
  validate(schema, document, [costLimitRule({ maxCost: Number.POSITIVE_INFINITY, ignoreIntrospection: true, onAccept: [(_context, { n }) => (cost = n)] })]);
  return cost;
}
