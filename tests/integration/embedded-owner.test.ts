// One process owns an embedded database folder; others connect through it or are refused, never open it twice.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseBusyError, findOwnerUrl, serveEmbedded } from "@/lib/db/embedded";
import { lockPathFor } from "@/lib/db/owner-lock";

const root = mkdtempSync(join(tmpdir(), "tarjuman-owner-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Asynchronous on purpose: the owner may live in this very process and must keep serving while the child runs.
async function countCorporaInChild(dir: string): Promise<{ stdout: string; stderr: string }> {
  // A separate Node process using the app's own client module, as `npm run import` would.
  const script = join(root, "count.mts");
  writeFileSync(
    script,
    `import { getDb, closeDb } from "${join(process.cwd(), "lib/db/client.ts")}";
     const db = await getDb(); await db.corpus.create({ data: { slug: "child-" + process.pid, name: "c" } });
     console.log(await db.corpus.count()); await closeDb();`,
  );
  return promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dir, TSX_TSCONFIG_PATH: join(process.cwd(), "tsconfig.json") },
    encoding: "utf8",
    timeout: 60_000,
  });
}

// Each child process compiles TypeScript and opens PGlite: seconds each, more on a loaded CI machine.
describe("the embedded database owner", { timeout: 120_000 }, () => {
  it("serves the folder to other processes and refuses a second opener", async () => {
    const dir = join(root, "db1");
    const owner = await serveEmbedded(dir, "test owner");
    try {
      const live = await findOwnerUrl(dir);
      expect(live?.owner.pid).toBe(process.pid);
      expect(live?.url).toBe(owner.url);

      const child = await countCorporaInChild(dir);
      expect(child.stderr).not.toMatch(/Error/);
      expect(child.stdout.trim()).toBe("1");

      const client = new pg.Client({ connectionString: owner.url });
      await client.connect();
      const { rows } = await client.query("SELECT count(*)::int AS n FROM corpora");
      await client.end();
      expect(rows[0].n).toBe(1);

      const second = await serveEmbedded(dir, "intruder").catch((e: unknown) => e);
      expect(second).toBeInstanceOf(EmbeddedDatabaseBusyError);
      expect((second as Error).message).toContain(`test owner (pid ${process.pid}`);
    } finally {
      await owner.close();
    }
    expect(await findOwnerUrl(dir)).toBeNull();
  });

  it("takes over a lock left by a process that died", async () => {
    const dir = join(root, "db2");
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: 2 ** 22 + 12345, port: 1, role: "crashed", startedAt: "2020-01-01" }));
    expect(await findOwnerUrl(dir)).toBeNull();
    const owner = await serveEmbedded(dir, "successor");
    expect((await findOwnerUrl(dir))?.owner.role).toBe("successor");
    await owner.close();
  });

  it("a process with no owner around becomes the owner, and its data survives", async () => {
    const dir = join(root, "db3");
    expect((await countCorporaInChild(dir)).stdout.trim()).toBe("1");
    expect((await countCorporaInChild(dir)).stdout.trim()).toBe("2");
    expect(await findOwnerUrl(dir)).toBeNull();
  });
});
