import { afterAll, describe, expect, it } from "vitest";
import { realignDocument } from "@/lib/server/alignment/realign-document";
import { setRowStatus } from "@/lib/server/alignment/set-row-status";
import { importDocument } from "@/lib/server/document/import-document";
import { AppError } from "@/lib/server/errors";
import { setParagraphKind } from "@/lib/server/paragraph/set-paragraph-kind";
import { demoTexts } from "../support/demo";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

async function importDemo() {
  const db = await testDb();
  const { documentId } = await importDocument(db, { corpusSlug: uniqueName("realign"), texts: demoTexts() });
  return { db, documentId };
}

async function rowsOf(documentId: number) {
  const db = await testDb();
  return db.alignmentRow.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      status: true,
      version: true,
      position: true,
      rejectedGrouping: true,
      cells: { select: { paragraphId: true }, orderBy: { paragraphId: "asc" } },
    },
  });
}

const grouping = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join(",");

describe("re-aligning unconfirmed rows", () => {
  it("keeps confirmed rows exactly, and covers every body paragraph once", async () => {
    const { db, documentId } = await importDemo();
    const before = await rowsOf(documentId);
    const target = before[10]!;
    await setRowStatus(db, { rowId: target.id, status: "CONFIRMED", version: target.version });

    const result = await realignDocument(db, { documentId });
    expect(result.kept).toBe(1);
    const after = await rowsOf(documentId);
    const kept = after.find((r) => r.id === target.id)!;
    expect(kept.status).toBe("CONFIRMED");
    expect(kept.version).toBe(target.version + 1);
    expect(kept.cells).toEqual(target.cells);

    const ids = after.flatMap((r) => r.cells.map((c) => c.paragraphId));
    expect(new Set(ids).size).toBe(ids.length);
    const body = await db.paragraph.count({ where: { textRef: { documentId }, kind: { not: "BOILERPLATE" } } });
    expect(ids.length).toBe(body);
    expect(after.map((r) => r.position)).toEqual(after.map((_, i) => i));
  });

  it("keeps rejected rows visible as rejected and never proposes their groupings again, however often it runs", async () => {
    const { db, documentId } = await importDemo();
    const before = await rowsOf(documentId);
    const rejected = [2, 5, 9, 14, 20].map((i) => before[i]!);
    for (const row of rejected) await setRowStatus(db, { rowId: row.id, status: "REJECTED", version: row.version });
    const rejectedGroupings = new Set(rejected.map((r) => grouping(r.cells.map((c) => c.paragraphId))));

    for (let round = 1; round <= 2; round++) {
      await realignDocument(db, { documentId });
      const after = await rowsOf(documentId);
      const stillRejected = after.filter((r) => r.status === "REJECTED");
      expect(stillRejected.map((r) => r.id).sort()).toEqual(rejected.map((r) => r.id).sort());
      for (const row of stillRejected) {
        const original = rejected.find((r) => r.id === row.id)!;
        expect(grouping(row.rejectedGrouping)).toBe(grouping(original.cells.map((c) => c.paragraphId)));
        expect(row.cells).toEqual([]); // its paragraphs are in the new rows
      }
      const proposed = after.filter((r) => r.status !== "REJECTED").map((r) => grouping(r.cells.map((c) => c.paragraphId)));
      expect(proposed.filter((g) => rejectedGroupings.has(g))).toEqual([]);
      // Every body paragraph is still in exactly one live row.
      const ids = after.flatMap((r) => r.cells.map((c) => c.paragraphId));
      const body = await db.paragraph.count({ where: { textRef: { documentId }, kind: { not: "BOILERPLATE" } } });
      expect(new Set(ids).size).toBe(body);
      expect(ids.length).toBe(body);
    }
  });

  it("records in the audit log which rows each re-align replaced", async () => {
    const { db, documentId } = await importDemo();
    const before = await rowsOf(documentId);
    const confirmed = before[0]!;
    await setRowStatus(db, { rowId: confirmed.id, status: "CONFIRMED", version: confirmed.version });
    await realignDocument(db, { documentId });
    const entries = await db.auditLog.findMany({ where: { documentId, action: "alignment.realign" }, select: { data: true } });
    expect(entries).toHaveLength(1);
    const data = entries[0]!.data as { replaced: number[] };
    expect([...data.replaced].sort()).toEqual(before.slice(1).map((r) => r.id).sort());
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const { db, documentId } = await importDemo();
    const [row] = await rowsOf(documentId);
    await setRowStatus(db, { rowId: row!.id, status: "CONFIRMED", version: row!.version });
    const error = await setRowStatus(db, { rowId: row!.id, status: "REJECTED", version: row!.version }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect((await rowsOf(documentId))[0]!.status).toBe("CONFIRMED");
  });

  it("a decision on a row that a re-align replaced is a clear not-found, not a stale version", async () => {
    const { db, documentId } = await importDemo();
    const [row] = await rowsOf(documentId);
    await realignDocument(db, { documentId });
    const error = await setRowStatus(db, { rowId: row!.id, status: "CONFIRMED", version: row!.version }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("not_found");
    expect((error as AppError).details.messageKey).toBe("errors.rowGone");
  });
});

describe("web clutter", () => {
  it("restoring a clutter paragraph places it in a row; marking one takes it out", async () => {
    const { db, documentId } = await importDemo();
    const clutter = await db.paragraph.findFirstOrThrow({
      where: { textRef: { documentId, lang: "en" }, kind: "BOILERPLATE", text: "Leave a Reply" },
      select: { id: true, version: true },
    });
    await setParagraphKind(db, { paragraphId: clutter.id, kind: "BODY", version: clutter.version });
    const restored = await db.paragraph.findUniqueOrThrow({ where: { id: clutter.id }, select: { kind: true, detectedKind: true, cell: true, version: true } });
    expect(restored.kind).toBe("BODY");
    expect(restored.detectedKind).toBe("BOILERPLATE");
    expect(restored.cell).not.toBeNull();

    await setParagraphKind(db, { paragraphId: clutter.id, kind: "BOILERPLATE", version: restored.version });
    const again = await db.paragraph.findUniqueOrThrow({ where: { id: clutter.id }, select: { kind: true, cell: true } });
    expect(again).toEqual({ kind: "BOILERPLATE", cell: null });
    // Imported text, restored, marked again: three revisions.
    expect(await db.paragraphRevision.count({ where: { paragraphId: clutter.id } })).toBe(3);
    // No row is left empty.
    const rows = await rowsOf(documentId);
    expect(rows.every((r) => r.cells.length > 0)).toBe(true);
  });

  it("marking a paragraph of a confirmed row as clutter turns the row back to unconfirmed, with a new version and an audit entry", async () => {
    const { db, documentId } = await importDemo();
    const en = await db.paragraph.findMany({ where: { textRef: { documentId, lang: "en" } }, orderBy: { position: "asc" }, select: { id: true, version: true } });
    const rows = await rowsOf(documentId);
    const merged = rows.find((r) => [11, 12, 13].every((i) => r.cells.some((c) => c.paragraphId === en[i]!.id)))!;
    await setRowStatus(db, { rowId: merged.id, status: "CONFIRMED", version: merged.version });

    await setParagraphKind(db, { paragraphId: en[12]!.id, kind: "BOILERPLATE", version: en[12]!.version });
    const after = (await rowsOf(documentId)).find((r) => r.id === merged.id)!;
    expect(after.status).toBe("AUTO");
    expect(after.version).toBe(merged.version + 2);
    expect(after.cells.map((c) => c.paragraphId)).not.toContain(en[12]!.id);
    const audit = await db.auditLog.findFirst({ where: { documentId, action: "paragraph.clutter" }, orderBy: { id: "desc" }, select: { data: true } });
    expect(audit?.data).toMatchObject({ unconfirmed: [merged.id] });
  });

  it("a paragraph restored inside a confirmed row joins it, and the row says it changed", async () => {
    const { db, documentId } = await importDemo();
    const en = await db.paragraph.findMany({ where: { textRef: { documentId, lang: "en" } }, orderBy: { position: "asc" }, select: { id: true, version: true } });
    // The salutation: three English lines that the Persian gives as one paragraph (gold row EN 11-13).
    const merged = (await rowsOf(documentId)).find((r) => [11, 12, 13].every((i) => r.cells.some((c) => c.paragraphId === en[i]!.id)))!;
    expect(merged).toBeDefined();
    // The middle line is clutter (the row loses it), then a reviewer confirms the row as it now stands: EN 11 + 13.
    await setParagraphKind(db, { paragraphId: en[12]!.id, kind: "BOILERPLATE", version: en[12]!.version });
    const gapped = (await rowsOf(documentId)).find((r) => r.id === merged.id)!;
    await setRowStatus(db, { rowId: gapped.id, status: "CONFIRMED", version: gapped.version });

    const middle = await db.paragraph.findUniqueOrThrow({ where: { id: en[12]!.id }, select: { version: true } });
    await setParagraphKind(db, { paragraphId: en[12]!.id, kind: "BODY", version: middle.version });

    const after = (await rowsOf(documentId)).find((r) => r.id === merged.id)!;
    expect(after.cells).toEqual(merged.cells);
    expect(after.status).toBe("AUTO");
    expect(after.version).toBe(gapped.version + 2);
    const audit = await db.auditLog.findFirst({ where: { documentId, action: "row.reset", entityId: String(merged.id) }, orderBy: { id: "desc" }, select: { data: true } });
    expect(audit?.data).toMatchObject({ reason: "paragraphs-restored-inside", from: "CONFIRMED", paragraphs: [en[12]!.id] });
  });
});
