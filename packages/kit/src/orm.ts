import { MikroORM, PostgreSqlDriver, type EntityManager } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import type { Constructor } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";
import { StatusChangeSchema } from "./workflow.ts";
import { CasePartySchema } from "./party.ts";
import { HandoffRecordSchema } from "./handoff/handoff.entity.ts";
import { AuditEntrySchema } from "./audit.ts";
import { CountingLogger, sqlCountEnabled } from "./sql-count.ts";
import { Logger, runMigrations } from "graphile-worker";
import { CASE_EVENT_TRIGGER_SQL } from "./case-index/publish.ts";

export type { EntityManager };

export interface OrmOptions {
  /** postgres://… URL of this subgraph's own database. */
  clientUrl: string;
  /** The subgraph's entity schemas; the kit adds its shared ones (timeline, parties, handoffs, audit log). */
  entities: unknown[];
  /** Checked-in migrations, in order. Listing them keeps tsx, vitest and node builds alike. */
  migrations: Constructor<Migration>[];
  /** Folder where `npm run migration:create` writes new migration files. */
  migrationsPath?: string;
  poolMax?: number;
}

export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    entities: [...(options.entities as never[]), StatusChangeSchema, CasePartySchema, HandoffRecordSchema, AuditEntrySchema],
    extensions: [Migrator],
    // Six subgraphs, each with this pool and its job worker's, share one server's connection
    // limit (100 by default) in development and tests.
    pool: { min: 0, max: options.poolMax ?? Number(process.env.HUB_DB_POOL_MAX ?? 8) },
    // Each request forks its own EntityManager; a global one would leak identity maps between callers.
    allowGlobalContext: false,
    ensureDatabase: false,
    ...(sqlCountEnabled ? { loggerFactory: CountingLogger.create } : {}),
    migrations: {
      migrationsList: options.migrations.map((m) => ({ name: m.name, class: m })),
      path: options.migrationsPath,
      pathTs: options.migrationsPath,
      emit: "ts",
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}

const quietLogger = new Logger(() => () => {});

/** Creates the database when missing (a fresh embedded server) and applies pending migrations. */
export async function applyMigrations(orm: MikroORM): Promise<string[]> {
  // Creates a missing database but not its tables: those come only from the checked-in migrations.
  await orm.schema.ensureDatabase();
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

/**
 * Migrations, then what every subgraph's database needs beyond its entities: graphile-worker's
 * schema and the trigger that publishes each timeline entry to the case index. These are kept
 * out of the entity migrations, which the schema diff of `npm run migration:create` would
 * otherwise try to drop.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await applyMigrations(orm);
  await runMigrations({ connectionString: orm.config.get("clientUrl"), logger: quietLogger });
  await orm.em.fork().execute(CASE_EVENT_TRIGGER_SQL);
  return applied;
}
