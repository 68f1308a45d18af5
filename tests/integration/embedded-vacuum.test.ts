// The embedded database has no autovacuum (single-user Postgres): its owner vacuums through its own socket, between
// clients' transactions.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectEmbedded, serveEmbedded, type EmbeddedHandle } from "@/lib/db/embedded";
import { vacuumTables } from "@/lib/db/embedded-vacuum";

let owner: EmbeddedHandle;
let client: pg.Client;
beforeAll(async () => {
  owner = await serveEmbedded(null, "vacuum test");
  client = new pg.Client({ connectionString: owner.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await owner.close();
});

interface TableStats {
  n_dead_tup: string;
  last_vacuum: Date | null;
  last_analyze: Date | null;
}

async function statsOf(table: string): Promise<TableStats> {
  const { rows } = await client.query<TableStats>("SELECT n_dead_tup, last_vacuum, last_analyze FROM pg_stat_user_tables WHERE relname = $1", [table]);
  return rows[0]!;
}

/** Statistics reach pg_stat_user_tables a moment after the transaction that made them (at most once a second). */
async function untilStats(table: string, isThere: (stats: TableStats) => boolean): Promise<TableStats> {
  const started = Date.now();
  for (;;) {
    const stats = await statsOf(table);
    if (isThere(stats) || Date.now() - started > 10_000) return stats;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("vacuuming the embedded database", { timeout: 60_000 }, () => {
  it("takes the tables past autovacuum's thresholds, and only those", async () => {
    await client.query("CREATE TABLE churn (id int PRIMARY KEY, body text); CREATE TABLE calm (id int PRIMARY KEY)");
    await client.query("INSERT INTO churn SELECT g, repeat('x', 200) FROM generate_series(1, 3000) g");
    await client.query("INSERT INTO calm VALUES (1), (2)");
    expect(await vacuumTables(owner.url, "all")).toEqual(expect.arrayContaining(["public.calm", "public.churn"]));

    await client.query("DELETE FROM churn WHERE id > 300");
    expect(Number((await untilStats("churn", (s) => Number(s.n_dead_tup) > 0)).n_dead_tup)).toBe(2700);
    expect(await vacuumTables(owner.url, "due")).toEqual(["public.churn"]);
    const after = await untilStats("churn", (s) => Number(s.n_dead_tup) === 0);
    expect(after).toMatchObject({ n_dead_tup: "0", last_vacuum: expect.any(Date), last_analyze: expect.any(Date) });
    expect(await vacuumTables(owner.url, "due")).toEqual([]);
  });

  it("waits for a client's open transaction instead of running inside it", async () => {
    await client.query("CREATE TABLE held (id int)");
    await client.query("BEGIN");
    await client.query("INSERT INTO held VALUES (1)");
    let isDone = false;
    const vacuuming = vacuumTables(owner.url, "all").then((tables) => {
      isDone = true;
      return tables;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(isDone).toBe(false);
    await client.query("COMMIT");
    expect(await vacuuming).toContain("public.held");
    expect((await client.query<{ n: number }>("SELECT count(*)::int AS n FROM held")).rows[0]!.n).toBe(1);
  });

  /** How many tables were vacuumed once the owner has had up to 10 s to start. */
  async function vacuumedTables(url: string): Promise<number> {
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const started = Date.now();
      let vacuumed = 0;
      while (vacuumed === 0 && Date.now() - started < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        ({ rows: [{ vacuumed }] } = await other.query<{ vacuumed: number }>("SELECT count(*)::int AS vacuumed FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL"));
      }
      return vacuumed;
    } finally {
      await other.end();
    }
  }

  it("an owner started with vacuum: true vacuums every table as it opens, and closes cleanly", async () => {
    const served = await serveEmbedded(null, "vacuum at open", { vacuum: true });
    try {
      expect(await vacuumedTables(served.url)).toBeGreaterThan(0);
    } finally {
      await served.close();
    }
  });

  it("a process that becomes the owner through connectEmbedded vacuums when asked to, as the app's server does", async () => {
    const root = mkdtempSync(join(tmpdir(), "tarjuman-vacuum-"));
    try {
      const owner = await connectEmbedded(join(root, "data"), "vacuum takeover", { vacuum: true });
      try {
        expect(owner.isOwner).toBe(true);
        expect(await vacuumedTables(owner.url)).toBeGreaterThan(0);
      } finally {
        await owner.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
