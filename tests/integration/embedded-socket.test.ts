// The embedded database lets anyone in as superuser, so only this user may reach it: a unix socket in a folder
// of mode 0700, no TCP port, and an owner record that only this user can read.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { serveEmbedded } from "@/lib/db/embedded";
import { ownerFolderFor, readCurrentOwner } from "@/lib/db/owner-lock";

const root = mkdtempSync(join(tmpdir(), "tarjuman-socket-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const NOBODY = 65_534;
const modeOf = (path: string) => statSync(path).mode & 0o777;
const socketFolderOf = (url: string) => new URL(url).searchParams.get("host") ?? "";

/** Tries a raw connection to the socket from a separate process, as the given user; prints what happened. */
function connectAs(socketPath: string, uid?: number): string {
  const script = `require("net").connect(${JSON.stringify(socketPath)}).on("connect", () => { console.log("connected"); process.exit(0); }).on("error", (e) => { console.log(e.code); process.exit(0); });`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: "/", encoding: "utf8", timeout: 30_000, ...(uid === undefined ? {} : { uid, gid: uid }) });
  return (result.stdout || result.stderr).trim();
}

describe("the embedded database's socket", { timeout: 120_000 }, () => {
  it("is a unix socket in the owner's private folder, and the URL names no port", async () => {
    const dir = join(root, "db");
    const owner = await serveEmbedded(dir, "socket test");
    try {
      const folder = ownerFolderFor(dir);
      expect(socketFolderOf(owner.url)).toBe(folder);
      expect(new URL(owner.url).port).toBe("");
      expect(modeOf(folder)).toBe(0o700);
      const socket = join(folder, ".s.PGSQL.5432");
      expect(statSync(socket).isSocket()).toBe(true);
      expect(modeOf(socket)).toBe(0o600);

      const generation = readCurrentOwner(dir)?.generation;
      expect(modeOf(join(folder, `owner.${generation}.json`))).toBe(0o600);
      expect(modeOf(join(folder, `socket.${generation}.json`))).toBe(0o600);
      expect(JSON.parse(readFileSync(join(folder, `socket.${generation}.json`), "utf8"))).toEqual({ socketDir: folder });

      const client = new pg.Client({ connectionString: owner.url });
      await client.connect();
      expect((await client.query<{ user: string }>("SELECT current_user AS user")).rows[0].user).toBe("postgres");
      await client.end();
    } finally {
      await owner.close();
    }
    expect(existsSync(join(ownerFolderFor(dir), ".s.PGSQL.5432"))).toBe(false);
  });

  // Only root can run a process as another user; elsewhere the mode checks above are what stands.
  it.skipIf(process.getuid?.() !== 0)("refuses another local user", async () => {
    chmodSync(root, 0o755); // so that the owner folder's own mode is all that keeps them out
    const owner = await serveEmbedded(join(root, "other-user"), "socket test");
    try {
      const socket = join(socketFolderOf(owner.url), ".s.PGSQL.5432");
      expect(connectAs(socket)).toBe("connected");
      expect(connectAs(socket, NOBODY)).toBe("EACCES");
    } finally {
      await owner.close();
    }
  });

  it("moves to a private folder in the temp dir when the path beside the data is too long for a socket", async () => {
    const dir = join(root, "d".repeat(110));
    const owner = await serveEmbedded(dir, "socket test");
    const folder = socketFolderOf(owner.url);
    try {
      expect(folder.startsWith(join(tmpdir(), "tarjuman-db-"))).toBe(true);
      expect(modeOf(folder)).toBe(0o700);
      expect(readCurrentOwner(dir)?.record.socketDir).toBe(folder);
      const client = new pg.Client({ connectionString: owner.url });
      await client.connect();
      expect((await client.query<{ n: number }>("SELECT 1 + 1 AS n")).rows[0].n).toBe(2);
      await client.end();
    } finally {
      await owner.close();
    }
    expect(existsSync(folder)).toBe(false);
  });

  it("serves an in-memory database the same way, and removes its folder on close", async () => {
    const owner = await serveEmbedded(null, "socket test");
    const folder = socketFolderOf(owner.url);
    expect(modeOf(folder)).toBe(0o700);
    await owner.close();
    expect(existsSync(folder)).toBe(false);
  });
});
