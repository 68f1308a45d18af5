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
    select: { id: true, status: true, version: true, position: true, cells: { select: { paragraphId: true }, orderBy: { paragraphId: "asc" } } },
  });
}

describe("re-aligning unconfirmed rows", () => {
  it("keeps confirmed rows exactly, and covers every body paragraph once", async () => {
    const { db, documentId } = await importDemo();
    const before = await rowsOf(documentId);
    // A reviewer confirms a row in the middle, but with a different grouping than the aligner proposed:
    // merge two neighbouring rows' paragraphs into the first row by hand.
    const target = before[10]!;
    await setRowStatus(db, { rowId: target.id, status: "CONFIRMED", version: target.version });
    const rejected = before[3]!;
    await setRowStatus(db, { rowId: rejected.id, status: "REJECTED", version: rejected.version });

    const result = await realignDocument(db, { documentId });
    expect(result.kept).toBe(1);
    const after = await rowsOf(documentId);
    const kept = after.find((r) => r.id === target.id)!;
    expect(kept.status).toBe("CONFIRMED");
    expect(kept.cells).toEqual(target.cells);
    expect(after.some((r) => r.id === rejected.id)).toBe(false); // replaced by fresh proposals

    const ids = after.flatMap((r) => r.cells.map((c) => c.paragraphId));
    expect(new Set(ids).size).toBe(ids.length);
    const body = await db.paragraph.count({ where: { textRef: { documentId }, kind: { not: "BOILERPLATE" } } });
    expect(ids.length).toBe(body);
    expect(after.map((r) => r.position)).toEqual(after.map((_, i) => i));
    expect(await db.auditLog.count({ where: { documentId, action: "alignment.realign" } })).toBe(1);
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
    expect(await db.paragraphRevision.count({ where: { paragraphId: clutter.id } })).toBe(2);
    // No row is left empty.
    const rows = await rowsOf(documentId);
    expect(rows.every((r) => r.cells.length > 0)).toBe(true);
  });

  it("a paragraph restored inside a confirmed merged row joins that row", async () => {
    const { db, documentId } = await importDemo();
    const en = await db.paragraph.findMany({ where: { textRef: { documentId, lang: "en" } }, orderBy: { position: "asc" }, select: { id: true, version: true } });
    const rows = await rowsOf(documentId);
    // The salutation: three English lines that the Persian gives as one paragraph (gold row EN 11-13).
    const merged = rows.find((r) => [11, 12, 13].every((i) => r.cells.some((c) => c.paragraphId === en[i]!.id)))!;
    expect(merged).toBeDefined();
    await setRowStatus(db, { rowId: merged.id, status: "CONFIRMED", version: merged.version });

    await setParagraphKind(db, { paragraphId: en[12]!.id, kind: "BOILERPLATE", version: en[12]!.version });
    const middle = await db.paragraph.findUniqueOrThrow({ where: { id: en[12]!.id }, select: { version: true } });
    await setParagraphKind(db, { paragraphId: en[12]!.id, kind: "BODY", version: middle.version });

    const after = (await rowsOf(documentId)).find((r) => r.id === merged.id)!;
    expect(after.status).toBe("CONFIRMED");
    expect(after.cells).toEqual(merged.cells);
  });
});