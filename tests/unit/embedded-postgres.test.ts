import { existsSync, mkdirSync, mkdtempSync, rmSync, chmodSync, chownSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { blockingFolder } from "../../scripts/lib/folder-access.ts";
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

  // As root the server runs as the postgres user. A clone inside a folder only root may enter
  // (a 0700 /root) used to die in initdb with a bare "spawn … EACCES" stack.
  it.runIf(userInfo().uid === 0)("as root, with the data in a folder the postgres user cannot enter, stops at once saying what to do", async () => {
    const home = mkdtempSync(path.join(tmpdir(), "hub-root-home-")); // mkdtemp makes it 0700, like /root
    const dataDir = path.join(home, "hub", ".data", "postgres");
    try {
      await expect(startEmbeddedPostgres(dataDir, await freePort())).rejects.toThrow(
        new RegExp(`system user "postgres".*\\n.*may not enter ${home} \\(mode 0700\\)[\\s\\S]*chmod o\\+x ${home}[\\s\\S]*DATABASE_URL=`),
      );
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe("which folder a user may not enter", () => {
  it("checks search permission along the path as owner, group or anybody else", () => {
    const top = mkdtempSync(path.join(tmpdir(), "hub-access-"));
    const inner = path.join(top, "a", "b");
    mkdirSync(inner, { recursive: true });
    try {
      const me = { name: "me", uid: userInfo().uid, gid: userInfo().gid };
      const stranger = { name: "stranger", uid: 54321, gid: 54321 };
      chmodSync(top, 0o700);
      expect(blockingFolder(inner, me)).toBeNull();
      expect(blockingFolder(inner, stranger)).toEqual({ folder: top, mode: "0700", ownerUid: me.uid });
      expect(blockingFolder(inner, undefined)).toMatchObject({ folder: top });
      chmodSync(top, 0o701);
      expect(blockingFolder(inner, stranger)).toBeNull();
      chmodSync(path.join(top, "a"), 0o750);
      expect(blockingFolder(inner, stranger)).toMatchObject({ folder: path.join(top, "a"), mode: "0750" });
      if (me.uid === 0) {
        chownSync(path.join(top, "a"), 0, stranger.gid);
        expect(blockingFolder(inner, stranger)).toBeNull(); // group may enter
      }
      // A folder that does not exist yet blocks nobody: whoever creates it sets its mode.
      expect(blockingFolder(path.join(inner, "not-yet", "data"), stranger)).toBeNull();
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});
