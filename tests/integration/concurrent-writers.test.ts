// Several people at once on one document: decisions are never lost, nobody deadlocks, and every refusal is a
// clear conflict or not-found. Runs on both databases (CI runs the suite on PostgreSQL and on PGlite).
import { afterAll, describe, expect, it } from "vitest";
import { realignDocument } from "@/lib/server/alignment/realign-document";
import { setRowStatus } from "@/lib/server/alignment/set-row-status";
import { importDocument } from "@/lib/server/document/import-document";
import { AppError } from "@/lib/server/errors";
import { demoBytes, demoTexts, DEMO_LANGS } from "../support/demo";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

/** The demo article repeated, so that a re-align takes long enough for other writers to run meanwhile. */
function longDemo(times: number) {
  return DEMO_LANGS.map((lang) => ({
    lang,
    role: lang === "en" ? ("translation" as const) : ("original" as const),
    format: "plain" as const,
    content: { kind: "text" as const, text: Array.from({ length: times }, () => demoBytes(lang).toString("utf8")).join("\n\n") },
  }));
}

describe("concurrent writers", () => {
  it("N reviewers deciding one row at once: exactly one wins, the others get a conflict", async () => {
    const db = await testDb();
    const { documentId } = await importDocument(db, { corpusSlug: uniqueName("race"), texts: demoTexts() });
    const row = await db.alignmentRow.findFirstOrThrow({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, version: true } });

    const statuses = ["CONFIRMED", "REJECTED"] as const;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, k) => setRowStatus(db, { rowId: row.id, status: statuses[k % 2]!, version: row.version })),
    );
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((o) => (o.reason as AppError).code)).toEqual(Array(7).fill("conflict"));

    const after = await db.alignmentRow.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, version: true } });
    expect(after.version).toBe(row.version + 1);
    expect(after.status).toBe((won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof setRowStatus>>>).value.result.status);
    expect(await db.auditLog.count({ where: { documentId, action: "row.status" } })).toBe(1);
  });

  it("confirms racing a re-align: no deadlock, every confirmed row survives, refusals say why", async () => {
    const db = await testDb();
    const { documentId } = await importDocument(db, { corpusSlug: uniqueName("race"), texts: longDemo(8) });
    const rows = await db.alignmentRow.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, version: true } });
    expect(rows.length).toBeGreaterThan(150);

    const realign = realignDocument(db, { documentId }).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    // A reviewer confirms rows one after another while the re-align runs, each from what the page last showed.
    const confirmed: number[] = [];
    const refused: AppError[] = [];
    for (const row of rows.filter((_, i) => i % 12 === 0)) {
      try {
        await setRowStatus(db, { rowId: row.id, status: "CONFIRMED", version: row.version });
        confirmed.push(row.id);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        refused.push(error as AppError);
      }
    }
    const outcome = await realign;
    if (!outcome.ok) {
      // The only acceptable failure: the document kept changing under it, said plainly.
      expect(outcome.error).toBeInstanceOf(AppError);
      expect((outcome.error as AppError).details.messageKey).toBe("workbench.realignRaced");
    }
    for (const error of refused) expect(["errors.rowGone", "errors.staleVersion"]).toContain(error.details.messageKey);

    const after = await db.alignmentRow.findMany({ where: { id: { in: confirmed } }, select: { status: true } });
    expect(after).toHaveLength(confirmed.length);
    expect(after.every((r) => r.status === "CONFIRMED")).toBe(true);
    expect(confirmed.length).toBeGreaterThan(0);

    // Whatever the interleaving, the document is whole: every body paragraph in exactly one row.
    const cells = await db.alignmentCell.findMany({ where: { row: { documentId } }, select: { paragraphId: true } });
    const body = await db.paragraph.count({ where: { textRef: { documentId }, kind: { not: "BOILERPLATE" } } });
    expect(new Set(cells.map((c) => c.paragraphId)).size).toBe(body);
    expect(cells).toHaveLength(body);
  });
});
