import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, specifiedDirectives, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { hubAuthChecker } from "./authz.ts";

/**
 * The federation version our printed SDL links to. @apollo/subgraph 2.15 knows v2.15, but the
 * 2.14 gateway and composition refuse it, so we pin the newest both sides accept.
 */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.14", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

export interface SubgraphSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  /** Types no resolver returns directly but the graph must know (entities reached only by reference). */
  orphanedTypes?: Function[];
  /** `__resolveReference` for each entity this subgraph can resolve by key. */
  referenceResolvers?: Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;
}

export interface SubgraphSchema {
  schema: GraphQLSchema;
  /** The SDL as printed into schema/<subgraph>.graphql and composed into the supergraph. */
  sdl: string;
}

/**
 * Every query and mutation must name who may call it (`@Authorized(Access.…)`): one without a rule
 * would be open to any caller, so the schema refuses to build instead.
 */
function requireAccessRules(resolvers: readonly Function[]): void {
  const storage = getMetadataStorage();
  const open = [...storage.queries, ...storage.mutations]
    .filter((def) => resolvers.includes(def.target) && (!def.roles || def.roles.length === 0))
    .map((def) => `${def.target.name}.${def.methodName}`);
  if (open.length > 0) throw new Error(`Queries and mutations without @Authorized(Access.…): ${open.join(", ")}`);
}

/**
 * type-graphql builds the schema from classes; @apollo/subgraph then turns it into a federated
 * subgraph (adds _service, _entities). The SDL goes through printSchemaWithDirectives because
 * graphql's printSchema drops @key and @shareable.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<SubgraphSchema> {
  const built = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    directives: [...specifiedDirectives],
    validate: false,
    skipCheck: true,
    authChecker: hubAuthChecker,
    authMode: "error",
  });
  requireAccessRules(options.resolvers);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(built)}`;
  const resolvers = createResolversMap(built) as Record<string, unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: reference.__resolveReference } as never;
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]);
  return { schema, sdl };
}
