// withConnection (lib/db/transaction-connection.ts): a Prisma transaction's body also gets the `pg` connection the
// transaction runs on, so that a large bytea can be written as it is; whatever is written either way commits or rolls
// back together.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Tx } from "@/lib/db/client";
import { withConnection } from "@/lib/db/transaction-connection";
import { closeDb, testDb, uniqueName } from "../support/db";

let db: Db;
beforeAll(async () => (db = await testDb()));
afterAll(closeDb);

const inTransaction = <T>(body: (tx: Tx) => Promise<T>) => db.$transaction(body);

async function corpusSlugs(prefix: string): Promise<string[]> {
  const rows = await db.corpus.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.map((row) => row.slug);
}

describe("withConnection", () => {
  it("gives the transaction's own connection: each sees what the other wrote, and both commit together", async () => {
    const prefix = uniqueName("conn");
    const bytes = Uint8Array.from([0, 1, 2, 254, 255, 0x5c, 0x78]); // a NUL, high bytes, and "\x"
    await withConnection(inTransaction, async (tx, connection) => {
      expect(connection).not.toBeNull();
      const corpus = await tx.corpus.create({ data: { slug: `${prefix}-a`, name: "a" }, select: { id: true } });
      const seen = await connection!.query<{ slug: string }>("SELECT slug FROM corpora WHERE id = $1", [corpus.id]);
      expect(seen.rows).toEqual([{ slug: `${prefix}-a` }]);
      await connection!.query("INSERT INTO corpora (slug, name) VALUES ($1, $2)", [`${prefix}-b`, "b"]);
      expect(await tx.corpus.count({ where: { slug: `${prefix}-b` } })).toBe(1);
      const echoed = await connection!.query<{ bytes: Buffer }>("SELECT $1::bytea AS bytes", [Buffer.from(bytes)]);
      expect([...echoed.rows[0]!.bytes]).toEqual([...bytes]);
    });
    expect(await corpusSlugs(prefix)).toEqual([`${prefix}-a`, `${prefix}-b`]);
  });

  it("rolls back what either wrote when the body throws", async () => {
    const prefix = uniqueName("rollback");
    const failed = withConnection(inTransaction, async (tx, connection) => {
      await tx.corpus.create({ data: { slug: `${prefix}-a`, name: "a" } });
      await connection!.query("INSERT INTO corpora (slug, name) VALUES ($1, $2)", [`${prefix}-b`, "b"]);
      throw new Error("the import found a problem");
    });
    await expect(failed).rejects.toThrow("the import found a problem");
    expect(await corpusSlugs(prefix)).toEqual([]);
  });

  it("gives transactions that run at once a connection each, their own", async () => {
    const ids = await Promise.all(
      [0, 1, 2].map(() =>
        withConnection(inTransaction, async (tx, connection) => {
          const [ours] = await tx.$queryRaw<Array<{ id: string }>>`SELECT txid_current()::text AS id`;
          const theirs = await connection!.query<{ id: string }>("SELECT txid_current()::text AS id");
          expect(theirs.rows[0]!.id).toBe(ours!.id);
          return ours!.id;
        }),
      ),
    );
    expect(new Set(ids).size).toBe(3);
  });

  it("gives null for a transaction begun outside its context, whose connection it cannot tell", async () => {
    const prefix = uniqueName("untracked");
    // A timer made out here runs its callbacks in this context, not withConnection's: the pool hands the transaction's
    // connection to nobody.
    const queued: Array<() => void> = [];
    const runner = setInterval(() => queued.shift()?.(), 5);
    try {
      const seen = await withConnection(
        (body: (tx: Tx) => Promise<pg.PoolClient | null>) => new Promise<pg.PoolClient | null>((resolve, reject) => queued.push(() => void db.$transaction(body).then(resolve, reject))),
        async (tx, connection) => {
          await tx.corpus.create({ data: { slug: `${prefix}-a`, name: "a" } });
          return connection;
        },
      );
      expect(seen).toBeNull();
    } finally {
      clearInterval(runner);
    }
    expect(await corpusSlugs(prefix)).toEqual([`${prefix}-a`]);
  });
});
