/**
 * Generates the next migration of a subgraph from the difference between its entities and its
 * checked-in migrations: `npm run migration:create -- court-mediation`. It applies the existing
 * migrations to a scratch database, diffs, writes the new file and rewrites migrations/index.ts.
 */
import { readdirSync, writeFileSync } from "node:fs";
import pg from "pg";
import { applyMigrations, type Subgraph } from "@hub/kit";

const name = process.argv[2];
if (!name) {
  console.error("usage: npm run migration:create -- <subgraph>");
  process.exit(2);
}
// Imported by folder rather than from the registry, so a subgraph gets migrations before it is wired in.
const module = (await import(`../subgraphs/${name}/src/server.ts`)) as Record<string, unknown>;
const subgraph = Object.values(module).find((v): v is Subgraph => typeof v === "object" && v !== null && "definition" in v);
if (!subgraph) throw new Error(`subgraphs/${name}/src/server.ts exports no defineSubgraph(...) result`);
const server = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const scratch = `hub_migration_scratch_${name.replace(/-/g, "_")}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`drop database if exists ${scratch}`);
await admin(`create database ${scratch}`);
const url = new URL(server);
url.pathname = `/${scratch}`;
const orm = await subgraph.createOrm(url.toString());
try {
  await applyMigrations(orm);
  const result = await orm.migrator.create(subgraph.definition.migrationsPath, false, subgraph.definition.migrations.length === 0);
  console.log(result.fileName ? `wrote ${result.fileName}` : "entities match the migrations; nothing to write");
} finally {
  await orm.close();
  await admin(`drop database if exists ${scratch}`);
}

const dir = subgraph.definition.migrationsPath;
const classes = readdirSync(dir)
  .filter((f) => /^Migration\d+.*\.ts$/.test(f))
  .sort()
  .map((f) => f.replace(/\.ts$/, ""));
writeFileSync(
  `${dir}/index.ts`,
  `// Written by \`npm run migration:create\`: the checked-in migrations, oldest first.\n` +
    classes.map((c) => `import { ${c} } from "./${c}.ts";`).join("\n") +
    `\n\nexport const migrations = [${classes.join(", ")}];\n`,
);
