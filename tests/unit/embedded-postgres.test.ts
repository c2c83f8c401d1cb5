import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/postgres.ts";
import { freePort } from "../../scripts/lib/ports.ts";

// `npm start` on a fresh machine depends on this: a real PostgreSQL from an npm package, on a
// loopback port of its own, keeping its data across restarts.
describe("embedded PostgreSQL", () => {
  it("starts on its own port, keeps data across a restart, and stops", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hub-pg-"));
    chmodSync(dir, 0o755); // as root the server runs as the postgres user, which must reach the folder
    const port = await freePort();
    try {
      let server = await startEmbeddedPostgres(path.join(dir, "data"), port);
      expect(server.url).toContain(`127.0.0.1:${port}`);
      let client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query("create table kept (note text)");
      await client.query("insert into kept values ('调解')");
      await client.end();
      await server.stop();

      server = await startEmbeddedPostgres(path.join(dir, "data"), port);
      client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query("select note from kept");
      await client.end();
      await server.stop();
      expect(rows).toEqual([{ note: "调解" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
