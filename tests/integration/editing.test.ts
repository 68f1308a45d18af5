// Editing a document's texts and rows: each operation, what it does to decisions, versions, revisions and
// sentences, and undo/redo, against the real database.
import { afterAll, describe, expect, it } from "vitest";
import { setRowStatus } from "@/lib/server/alignment/set-row-status";
import { importDocument } from "@/lib/server/document/import-document";
import { confirmRowsAbove, countRowsAbove } from "@/lib/server/editing/confirm-above";
import { editParagraphText } from "@/lib/server/editing/edit-paragraph-text";
import { insertRow } from "@/lib/server/editing/insert-row";
import { markNoCounterpart } from "@/lib/server/editing/mark-no-counterpart";
import { mergeParagraphs } from "@/lib/server/editing/merge-paragraphs";
import { mergeRows } from "@/lib/server/editing/merge-rows";
import { moveParagraph } from "@/lib/server/editing/move-paragraph";
import { restoreRevision } from "@/lib/server/editing/restore-revision";
import { splitParagraph } from "@/lib/server/editing/split-paragraph";
import { splitRow } from "@/lib/server/editing/split-row";
import { redoEdit, undoEdit } from "@/lib/server/editing/undo-edit";
import { AppError } from "@/lib/server/errors";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

const EN = ["First paragraph. It has two sentences.", "Second paragraph here.", "Third one, short.", "Fourth and last."];
const FA = ["پاراگراف نخست. دو جمله دارد.", "پاراگراف دوم اینجاست.", "سومی، کوتاه.", "چهارم و آخر."];

async function importSmall() {
  const db = await testDb();
  const { documentId } = await importDocument(db, {
    corpusSlug: uniqueName("editing"),
    texts: [
      { lang: "en", role: "translation", format: "plain", content: { kind: "text", text: EN.join("\n\n") } },
      { lang: "fa", role: "original", format: "plain", content: { kind: "text", text: FA.join("\n\n") } },
    ],
  });
  const actor = await db.user.create({ data: { email: `${uniqueName("u")}@test.local`, name: "Tina Translator", role: "TRANSLATOR", passwordHash: "x" }, select: { id: true } });
  return { db, documentId, actorId: actor.id };
}

async function state(documentId: number) {
  const db = await testDb();
  const rows = await db.alignmentRow.findMany({
    where: { documentId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, status: true, version: true, cells: { select: { paragraph: { select: { id: true, text: true, position: true, version: true, textRef: { select: { lang: true } } } } } } },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    version: r.version,
    en: r.cells.filter((c) => c.paragraph.textRef.lang === "en").sort((a, b) => a.paragraph.position - b.paragraph.position).map((c) => c.paragraph),
    fa: r.cells.filter((c) => c.paragraph.textRef.lang === "fa").sort((a, b) => a.paragraph.position - b.paragraph.position).map((c) => c.paragraph),
  }));
}

const texts = (rows: Awaited<ReturnType<typeof state>>) => rows.map((r) => [r.en.map((p) => p.text), r.fa.map((p) => p.text)]);

describe("editing paragraphs", () => {
  it("an edit is a revision with author; in a confirmed row it unconfirms the row and says so", async () => {
    const { db, documentId, actorId } = await importSmall();
    const [row] = await state(documentId);
    await setRowStatus(db, { rowId: row!.id, status: "CONFIRMED", version: row!.version });
    const paragraph = row!.en[0]!;
    const outcome = await editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, text: "First paragraph, fixed. It has two sentences.", actorId });
    expect(outcome.unconfirmed).toEqual([row!.id]);
    const [after] = await state(documentId);
    expect(after!.status).toBe("AUTO");
    expect(after!.en[0]!.text).toBe("First paragraph, fixed. It has two sentences.");
    expect(after!.en[0]!.version).toBe(paragraph.version + 1);
    const revisions = await db.paragraphRevision.findMany({ where: { paragraphId: paragraph.id }, orderBy: { version: "asc" }, select: { version: true, text: true, authorId: true } });
    expect(revisions).toEqual([
      { version: 1, text: EN[0], authorId: null },
      { version: 2, text: "First paragraph, fixed. It has two sentences.", authorId: actorId },
    ]);
    // Sentences follow the new text.
    const sentences = await db.sentence.findMany({ where: { paragraphId: paragraph.id }, orderBy: { position: "asc" }, select: { start: true, end: true } });
    expect(sentences.map((s) => after!.en[0]!.text.slice(s.start, s.end))).toEqual(["First paragraph, fixed.", "It has two sentences."]);
  });

  it("a stale version is refused with who changed it, and the text is not overwritten", async () => {
    const { db, documentId, actorId } = await importSmall();
    const paragraph = (await state(documentId))[1]!.en[0]!;
    await editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, text: "Theirs.", actorId });
    const error = (await editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, text: "Mine.", actorId: null }).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("conflict");
    expect(error.details.params).toMatchObject({ by: "Tina Translator" });
    expect(error.details.current).toMatchObject({ paragraph: { text: "Theirs." } });
    expect((await state(documentId))[1]!.en[0]!.text).toBe("Theirs.");
  });

  it("refuses an empty paragraph and keeps HTML as text", async () => {
    const { db, documentId, actorId } = await importSmall();
    const paragraph = (await state(documentId))[2]!.en[0]!;
    await expect(editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, text: "  \n ", actorId })).rejects.toMatchObject({ code: "validation" });
    await editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, text: "<script>alert(1)</script>", actorId });
    expect((await state(documentId))[2]!.en[0]!.text).toBe("<script>alert(1)</script>");
  });

  it("splits at the cursor into the same row, merges back, and both undo and redo", async () => {
    const { db, documentId, actorId } = await importSmall();
    const original = await state(documentId);
    const paragraph = original[0]!.en[0]!;
    const split = await splitParagraph(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, at: EN[0]!.indexOf("It has"), actorId });
    const afterSplit = await state(documentId);
    expect(texts(afterSplit)[0]).toEqual([["First paragraph.", "It has two sentences."], [FA[0]]]);

    const second = afterSplit[0]!.en[1]!;
    expect(second.id).toBe(split.result.newId);
    await mergeParagraphs(db, { documentId, paragraphId: paragraph.id, version: afterSplit[0]!.en[0]!.version, nextId: second.id, nextVersion: second.version, actorId });
    expect(texts(await state(documentId))[0]).toEqual([["First paragraph. It has two sentences."], [FA[0]]]);

    await undoEdit(db, { documentId, actorId }); // the merge
    expect(texts(await state(documentId))[0]).toEqual([["First paragraph.", "It has two sentences."], [FA[0]]]);
    await undoEdit(db, { documentId, actorId }); // the split
    expect(texts(await state(documentId))).toEqual(texts(original));
    await redoEdit(db, { documentId, actorId });
    expect(texts(await state(documentId))[0]).toEqual([["First paragraph.", "It has two sentences."], [FA[0]]]);
    // The paragraph order in the text survived the round trips.
    const order = await db.paragraph.findMany({ where: { textRef: { documentId, lang: "en" } }, orderBy: { position: "asc" }, select: { text: true } });
    expect(order.map((p) => p.text)).toEqual(["First paragraph.", "It has two sentences.", ...EN.slice(1)]);
  });

  it("restores an earlier revision as a new revision", async () => {
    const { db, documentId, actorId } = await importSmall();
    const paragraph = (await state(documentId))[3]!.en[0]!;
    await editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, text: "Changed.", actorId });
    await restoreRevision(db, { documentId, paragraphId: paragraph.id, version: paragraph.version + 1, revision: 1, actorId });
    const revisions = await db.paragraphRevision.findMany({ where: { paragraphId: paragraph.id }, orderBy: { version: "asc" }, select: { text: true } });
    expect(revisions.map((r) => r.text)).toEqual([EN[3], "Changed.", EN[3]]);
  });
});

describe("sentences of an edited row", () => {
  it("are aligned again with the document's length ratio, kept from the import, which tells a sentence the edit added", async () => {
    const db = await testDb();
    const en = ["The talks in Vienna ended without an agreement.", "Both delegations will return to their capitals for consultations.", "The next round has not been scheduled."];
    const fa = ["گفت‌وگوها در وین بدون توافق به پایان رسید.", "هر دو هیئت برای رایزنی به پایتخت‌های خود بازمی‌گردند.", "دور بعدی هنوز زمان‌بندی نشده است."];
    const { documentId } = await importDocument(db, {
      corpusSlug: uniqueName("resentence"),
      texts: [
        { lang: "en", role: "translation", format: "plain", content: { kind: "text", text: [en.join(" "), ...EN.slice(1)].join("\n\n") } },
        { lang: "fa", role: "original", format: "plain", content: { kind: "text", text: [fa.join(" "), ...FA.slice(1)].join("\n\n") } },
      ],
    });
    const actor = await db.user.create({ data: { email: `${uniqueName("u")}@test.local`, name: "Tina", role: "TRANSLATOR", passwordHash: "x" }, select: { id: true } });
    const [row] = await state(documentId);
    const paragraph = row!.en[0]!;
    // The English gains a sentence the Persian does not have. Counted into the row's own ratio, its letters made
    // every Persian sentence look short, and it was paired with the Persian's last sentence.
    const added = "A spokesman for the foreign ministry called the round constructive and useful.";
    const text = [en[0], en[1], added, en[2]].join(" ");
    await editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, text, actorId: actor.id });

    const links = await db.sentenceLink.findMany({
      where: { rowId: row!.id },
      orderBy: { position: "asc" },
      select: { sentences: { orderBy: { position: "asc" }, select: { start: true, end: true, paragraph: { select: { text: true, textRef: { select: { lang: true } } } } } } },
    });
    const side = (lang: string) => links.map((link) => link.sentences.filter((s) => s.paragraph.textRef.lang === lang).map((s) => s.paragraph.text.slice(s.start, s.end).trim()));
    expect(side("en")).toEqual([[en[0]], [en[1]], [added], [en[2]]]);
    expect(side("fa")).toEqual([[fa[0]], [fa[1]], [], [fa[2]]]);
  });
});

describe("re-shaping rows", () => {
  it("merges two rows into an unconfirmed one, splits it again, and undo brings the confirmed rows back", async () => {
    const { db, documentId, actorId } = await importSmall();
    const [a, b] = await state(documentId);
    await setRowStatus(db, { rowId: a!.id, status: "CONFIRMED", version: a!.version, actorId });
    const confirmedVersion = a!.version + 1;
    const merged = await mergeRows(db, { documentId, rowId: a!.id, version: confirmedVersion, nextRowId: b!.id, nextVersion: b!.version, actorId });
    expect(merged.unconfirmed).toEqual([a!.id]);
    const afterMerge = await state(documentId);
    expect(afterMerge).toHaveLength(3);
    expect(texts(afterMerge)[0]).toEqual([[EN[0], EN[1]], [FA[0], FA[1]]]);
    expect(afterMerge[0]!.status).toBe("AUTO");

    await undoEdit(db, { documentId, actorId });
    const undone = await state(documentId);
    expect(texts(undone)).toEqual(EN.map((e, i) => [[e], [FA[i]]]));
    expect(undone[0]!.status).toBe("CONFIRMED");
    expect(undone[1]!.id).toBe(b!.id); // the same row, with its old id

    const row = undone[0]!;
    await redoEdit(db, { documentId, actorId });
    const redone = await state(documentId);
    expect(texts(redone)[0]).toEqual([[EN[0], EN[1]], [FA[0], FA[1]]]);

    const split = await splitRow(db, { documentId, rowId: row.id, version: redone[0]!.version, paragraphId: redone[0]!.en[1]!.id, actorId });
    const afterSplit = await state(documentId);
    expect(texts(afterSplit).slice(0, 2)).toEqual([[[EN[0]], [FA[0], FA[1]]], [[EN[1]], []]]);
    expect(afterSplit[1]!.id).toBe(split.result.newRowId);
  });

  it("moves a paragraph to the row below and back up; only edge paragraphs may move", async () => {
    const { db, documentId, actorId } = await importSmall();
    const rows = await state(documentId);
    const fa1 = rows[1]!.fa[0]!;
    await moveParagraph(db, { documentId, paragraphId: fa1.id, rowId: rows[1]!.id, rowVersion: rows[1]!.version, direction: "down", actorId });
    let now = await state(documentId);
    expect(texts(now).slice(1, 3)).toEqual([[[EN[1]], []], [[EN[2]], [FA[1], FA[2]]]]);

    // FA 2 is now last in its row, FA 1 first: FA 2 cannot go up.
    const target = now[2]!;
    const refused = await moveParagraph(db, { documentId, paragraphId: target.fa[1]!.id, rowId: target.id, rowVersion: target.version, direction: "up", actorId }).catch((e: unknown) => e);
    expect((refused as AppError).details.messageKey).toBe("editing.moveUpNotFirst");
    await moveParagraph(db, { documentId, paragraphId: fa1.id, rowId: target.id, rowVersion: target.version, direction: "up", actorId });
    now = await state(documentId);
    expect(texts(now)).toEqual(EN.map((e, i) => [[e], [FA[i]]]));
  });

  it("marks a paragraph as having no counterpart, and inserts an empty row", async () => {
    const { db, documentId, actorId } = await importSmall();
    const rows = await state(documentId);
    const result = await markNoCounterpart(db, { documentId, paragraphId: rows[2]!.fa[0]!.id, rowId: rows[2]!.id, rowVersion: rows[2]!.version, actorId });
    let now = await state(documentId);
    expect(texts(now).slice(2, 4)).toEqual([[[], [FA[2]]], [[EN[2]], []]]);
    expect(now[2]!.id).toBe(result.result.newRowId);

    const inserted = await insertRow(db, { documentId, afterRowId: rows[0]!.id, actorId });
    now = await state(documentId);
    expect(now[1]!.id).toBe(inserted.result.newRowId);
    expect(texts(now)[1]).toEqual([[], []]);
  });

  it("confirms every undecided row at or above a score, only if the count is the one shown", async () => {
    const { db, documentId, actorId } = await importSmall();
    const count = await countRowsAbove(db, documentId, 0);
    expect(count).toBe(4);
    await expect(confirmRowsAbove(db, { documentId, minScore: 0, expectedCount: 3, actorId })).rejects.toMatchObject({ code: "conflict" });
    const done = await confirmRowsAbove(db, { documentId, minScore: 0, expectedCount: 4, actorId });
    expect(done.result.confirmed).toBe(4);
    expect((await state(documentId)).every((r) => r.status === "CONFIRMED")).toBe(true);
    await undoEdit(db, { documentId, actorId });
    expect((await state(documentId)).every((r) => r.status === "AUTO")).toBe(true);
  });

  it("undo refuses to overwrite someone else's later change", async () => {
    const { db, documentId, actorId } = await importSmall();
    const rows = await state(documentId);
    const paragraph = rows[0]!.en[0]!;
    await editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version, text: "Mine.", actorId });
    await editParagraphText(db, { documentId, paragraphId: paragraph.id, version: paragraph.version + 1, text: "Someone else's.", actorId: null });
    await expect(undoEdit(db, { documentId, actorId })).rejects.toMatchObject({ code: "conflict", details: { messageKey: "editing.undoConflict" } });
    expect((await state(documentId))[0]!.en[0]!.text).toBe("Someone else's.");
  });
});
