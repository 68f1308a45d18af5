// withoutReferenceChecks: an import's bulk writes skip the foreign-key checks where the session may, and only they.
import { afterAll, describe, expect, it } from "vitest";
import { insertCells, withoutReferenceChecks } from "@/lib/server/alignment/bulk-write";
import type { Tx } from "@/lib/db/client";
import { closeDb, testDb } from "../support/db";

afterAll(closeDb);

// No row or paragraph has an id this large.
const ORPHAN = { rowId: 2_000_000_000, paragraphId: 2_000_000_001 };
const ROLLBACK = new Error("rollback");

async function replicationRole(tx: Tx) {
  const [row] = await tx.$queryRaw<Array<{ role: string }>>`SELECT current_setting('session_replication_role') AS role`;
  return row!.role;
}

describe("withoutReferenceChecks", () => {
  it("skips the checks for the write it wraps, where the session is a superuser's, and restores them after it", async () => {
    const db = await testDb();
    const [session] = await db.$queryRaw<Array<{ superuser: boolean }>>`SELECT current_setting('is_superuser') = 'on' AS superuser`;
    const seen: string[] = [];
    const outcome = await db
      .$transaction(async (tx) => {
        await withoutReferenceChecks(tx, async () => {
          seen.push(await replicationRole(tx));
          // Accepted without the checks; the transaction is rolled back below.
          if (session!.superuser) await insertCells(tx, [ORPHAN]);
        });
        seen.push(await replicationRole(tx));
        const after = await insertCells(tx, [{ rowId: ORPHAN.rowId, paragraphId: ORPHAN.paragraphId + 1 }]).then(
          () => "inserted",
          (error: Error) => error.message,
        );
        seen.push(/foreign key|23503/i.test(after) ? "refused" : after);
        throw ROLLBACK;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(ROLLBACK);
    expect(seen).toEqual([session!.superuser ? "replica" : "origin", "origin", "refused"]);
  });

  it("leaves the checks on for later transactions when the write fails", async () => {
    const db = await testDb();
    const failure = new Error("write failed");
    const outcome = await db
      .$transaction((tx) =>
        withoutReferenceChecks(tx, async () => {
          throw failure;
        }),
      )
      .catch((error: unknown) => error);
    expect(outcome).toBe(failure);
    const role = await db.$transaction((tx) => replicationRole(tx));
    expect(role).toBe("origin");
    const insert = await db.$transaction((tx) => insertCells(tx, [ORPHAN])).then(
      () => "inserted",
      () => "refused",
    );
    expect(insert).toBe("refused");
  });
});
