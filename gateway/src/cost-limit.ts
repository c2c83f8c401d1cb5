import type { ApolloServerPlugin } from "@apollo/server";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import {
  GraphQLError, Kind, TypeInfo, visit, visitWithTypeInfo, validate, valueFromASTUntyped,
  type ArgumentNode, type ASTVisitor, type DocumentNode, type GraphQLSchema, type SelectionNode, type ValueNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@hub/kit/limits";

// The page-size arguments GraphQL Armor multiplies into the cost of the selection below them.
const PAGE_SIZE_ARGUMENTS = new Set(["first", "last"]);

/**
 * The operation as Armor should cost it: the page size of every list as the subgraphs will run
 * it, written in as a literal. A variable (`first: $n`) becomes its value or declared default; a
 * list asked without `first` gets the hub's default; anything above the hub's largest page counts
 * as that page (the subgraph refuses more anyway); a selection left out by `@include` / `@skip`
 * is not costed at all. Armor's rule runs at validation, before variables exist, and multiplies
 * only literals, so `first: $n` used to cost as one item and a switched-off field as a present one.
 */
export function withPageSizesInlined(document: DocumentNode, variables: Record<string, unknown> | undefined, schema?: GraphQLSchema): DocumentNode {
  const defaults = new Map<string, unknown>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, valueFromASTUntyped(variable.defaultValue));
    }
  }
  const literal = (size: number): ValueNode => ({ kind: Kind.INT, value: String(Math.min(size, MAX_PAGE_SIZE)) });
  const valueOf = (value: ValueNode): unknown => {
    if (value.kind !== Kind.VARIABLE) return valueFromASTUntyped(value);
    const name = value.name.value;
    return variables && name in variables ? variables[name] : defaults.get(name);
  };
  const pageSizeOf = (node: ArgumentNode): number | undefined => {
    const value = valueOf(node.value);
    return typeof value === "number" && Number.isInteger(value) ? value : undefined;
  };
  // graphql-js leaves out a selection whose @skip(if:) is true or whose @include(if:) is false.
  const leftOut = (node: SelectionNode): boolean =>
    (node.directives ?? []).some((directive) => {
      const condition = directive.arguments?.find((arg) => arg.name.value === "if");
      if (!condition) return false;
      const value = valueOf(condition.value);
      return (directive.name.value === "skip" && value === true) || (directive.name.value === "include" && value === false);
    });
  const typeInfo = schema ? new TypeInfo(schema) : undefined;
  const visitor: ASTVisitor = {
    InlineFragment: (node) => (leftOut(node) ? null : undefined),
    FragmentSpread: (node) => (leftOut(node) ? null : undefined),
    Field(node) {
      if (leftOut(node)) return null;
      // A list field asked without a page size: the subgraph serves DEFAULT_PAGE_SIZE items.
      const field = typeInfo?.getFieldDef();
      const takesFirst = field?.args.some((arg) => arg.name === "first");
      if (!takesFirst || node.arguments?.some((arg) => PAGE_SIZE_ARGUMENTS.has(arg.name.value))) return undefined;
      const first: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "first" }, value: literal(DEFAULT_PAGE_SIZE) };
      return { ...node, arguments: [...(node.arguments ?? []), first] };
    },
    Argument(node) {
      if (!PAGE_SIZE_ARGUMENTS.has(node.name.value)) return undefined;
      const size = pageSizeOf(node);
      return size === undefined ? undefined : { ...node, value: literal(size) };
    },
  };
  return visit(document, typeInfo ? visitWithTypeInfo(typeInfo, visitor) : visitor);
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
          const cost = memoisedCost(schema, document, request.variables);
          if (cost > maxCost) {
            throw new GraphQLError(
              `This operation costs ${cost}, more than the gateway's limit of ${maxCost}: ask for fewer items per page (first) or fewer fields per item`,
              { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 }, messageZh: "一次查询的内容过多，请减少每页条数或查询的项目" } },
            );
          }
        },
      };
    },
  };
}

// Apollo Server hands the same DocumentNode for the same query text (its document cache), and a
// cost depends only on the variables of page sizes and of @include / @skip: cost each document
// once per set of their values instead of validating it again on every request (about 0.1 ms each).
const costs = new WeakMap<DocumentNode, { pageVariables: string[]; bySizes: Map<string, number> }>();
const MAX_SIZES_PER_DOCUMENT = 200;

function memoisedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): number {
  let entry = costs.get(document);
  if (!entry) {
    const pageVariables = new Set<string>();
    visit(document, {
      Argument(node) {
        if (PAGE_SIZE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) pageVariables.add(node.value.name.value);
      },
      Directive(node) {
        if (node.name.value !== "skip" && node.name.value !== "include") return;
        for (const arg of node.arguments ?? []) if (arg.value.kind === Kind.VARIABLE) pageVariables.add(arg.value.name.value);
      },
    });
    entry = { pageVariables: [...pageVariables], bySizes: new Map() };
    costs.set(document, entry);
  }
  const key = entry.pageVariables.map((name) => JSON.stringify(variables?.[name] ?? null)).join(",");
  let cost = entry.bySizes.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, withPageSizesInlined(document, variables, schema));
    if (entry.bySizes.size < MAX_SIZES_PER_DOCUMENT) entry.bySizes.set(key, cost);
  }
  return cost;
}

/** Armor's cost estimate of the operation. */
function operationCost(schema: GraphQLSchema, document: DocumentNode): number {
  let cost = 0;
  // No limit inside the rule: it reports the figure, and the plugin decides and words the refusal.
  validate(schema, document, [costLimitRule({ maxCost: Number.POSITIVE_INFINITY, ignoreIntrospection: true, onAccept: [(_context, { n }) => (cost = n)] })]);
  return cost;
}
