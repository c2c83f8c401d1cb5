import type { Constructor } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";
import type { MikroORM } from "@mikro-orm/postgresql";
import { createOrm } from "./orm.ts";
import { buildFederatedSchema, type SubgraphSchema, type SubgraphSchemaOptions } from "./schema.ts";
import { createSubgraphServer, type SubgraphServer } from "./server.ts";
import { databaseUrlOf } from "./subgraphs.ts";
import { handoffResolvers } from "./handoff/resolvers.ts";
import { accessResolvers } from "./access-resolvers.ts";
import type { HandoffConfig } from "./handoff/protocol.ts";
import type { CaseIndexer } from "./case-index/publish.ts";
import type { ScheduledTask } from "./handoff/worker.ts";
import type express from "express";

export interface SubgraphDefinition extends SubgraphSchemaOptions {
  name: string;
  /** The handoffs this channel sends and receives (see packages/kit/src/handoff). */
  handoffs?: HandoffConfig;
  /** How this channel's cases appear in the cross-agency case index (packages/kit/src/case-index). */
  indexers?: CaseIndexer[];
  /** Extra internal HTTP endpoints, guarded by the routes themselves. */
  routes?: (orm: MikroORM) => express.Router;
  entities: unknown[];
  migrations: Constructor<Migration>[];
  /** Absolute folder of the checked-in migrations, where new ones are generated. */
  migrationsPath: string;
  /** Periodic jobs run by the subgraph's worker (graphile-worker crontab). */
  scheduled?: ScheduledTask[];
}

export interface Subgraph {
  name: string;
  definition: SubgraphDefinition;
  /** The federated schema and its SDL; needs no database (the compose script uses it). */
  buildSchema(): Promise<SubgraphSchema>;
  createOrm(clientUrl?: string): Promise<MikroORM>;
  /** A ready server: schema built, ORM connected. Call listen() to serve, or hand its app to tests. */
  createServer(clientUrl?: string): Promise<SubgraphServer>;
}

/**
 * Everything a subgraph's server.ts declares. The kit turns it into the schema, the ORM and the
 * HTTP server the same way for every channel, so a new subgraph writes only its domain.
 */
export function defineSubgraph(definition: SubgraphDefinition): Subgraph {
  let schema: Promise<SubgraphSchema> | undefined;
  const handoffs = definition.handoffs ?? {};
  const buildSchema = () =>
    (schema ??= buildFederatedSchema({
      ...definition,
      resolvers: [...definition.resolvers, ...handoffResolvers(definition.name, handoffs), ...accessResolvers(definition.name)] as SubgraphSchemaOptions["resolvers"],
      referenceResolvers: { ...definition.referenceResolvers, Handoff: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) } },
    }));
  const orm = (clientUrl = databaseUrlOf(definition.name)) =>
    createOrm({ clientUrl, entities: definition.entities, migrations: definition.migrations, migrationsPath: definition.migrationsPath });
  return {
    name: definition.name,
    definition,
    buildSchema,
    createOrm: orm,
    async createServer(clientUrl) {
      const url = clientUrl ?? databaseUrlOf(definition.name);
      return createSubgraphServer(definition.name, await buildSchema(), await orm(url), {
        handoffs,
        databaseUrl: url,
        indexers: definition.indexers ?? [],
        routes: definition.routes,
        scheduled: definition.scheduled,
      });
    },
  };
}
