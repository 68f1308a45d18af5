// An import that answers first (`sentences: "after"`, as POST /api/documents does) stores the rows of one paragraph a
// language without their sentence links, and aligns them right after (lib/server/alignment/pending-sentences.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { alignEveryPendingSentence, whenSentencesAligned } from "@/lib/server/alignment/pending-sentences";
import { importDocument } from "@/lib/server/document/import-document";
import { editParagraphText } from "@/lib/server/editing/edit-paragraph-text";
import { exportParallel } from "@/lib/server/export/export-parallel";
import { demoTexts } from "../support/demo";
import { closeDb, testDb, uniqueName } from "../support/db";
import { bodyOf } from "./parallel-fixtures";

// Lets a test act between the moment the waiting links are aligned and the moment they are written.
const hooks = vi.hoisted(() => ({ beforeLinks: undefined as undefined | (() => Promise<void>) }));
vi.mock("@/lib/worker/plan", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/worker/plan")>();
  return {
    ...actual,
    alignSentencesOnThreads: async (...args: Parameters<typeof actual.alignSentencesOnThreads>) => {
      const links = await actual.alignSentencesOnThreads(...args);
      await hooks.beforeLinks?.();
      return links;
    },
  };
});

let db: Db;
let reference: number; // the demo imported with every link stored at once
beforeAll(async () => {
  db = await testDb();
  ({ documentId: reference } = await importDocument(db, { title: "Demo", corpusSlug: uniqueName("now"), texts: demoTexts() }));
});
afterEach(() => (hooks.beforeLinks = undefined));
afterAll(closeDb);

/** Every sentence link of a document, by row and paragraph position, as an export would read them. */
async function linksOf(documentId: number) {
  return db.$queryRaw<Array<{ row: number; link: number; score: number; lang: string; paragraph: number; start: number; end: number }>>`
    SELECT r.position AS row, l.position AS link, l.score, t.lang, p.position AS paragraph, s.start, s."end"
    FROM alignment_rows r JOIN sentence_links l ON l.row_id = r.id JOIN sentences s ON s.link_id = l.id
    JOIN paragraphs p ON p.id = s.paragraph_id JOIN texts t ON t.id = p.text_id
    WHERE r.document_id = ${documentId} ORDER BY r.position, l.position, t.lang, p.position, s.start`;
}

async function pendingRows(documentId: number): Promise<number[]> {
  const rows = await db.alignmentRow.findMany({ where: { documentId, sentencesPending: true }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.id);
}

async function exportSentences(documentId: number): Promise<string> {
  const now = new Date(Date.UTC(2025, 5, 1));
  const result = await exportParallel(db, { documents: [documentId], format: "jsonl", langs: "all", unit: "sentence", status: "all", minScore: 0, now });
  return (await bodyOf(result)).toString("utf8");
}

/** What a server that stopped before aligning them leaves: the links of the rows of one paragraph a language gone, the rows waiting. */
async function forgetLinksOfSingleRows(documentId: number): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT r.id FROM alignment_rows r JOIN alignment_cells c ON c.row_id = r.id JOIN paragraphs p ON p.id = c.paragraph_id
      WHERE r.document_id = ${documentId} GROUP BY r.id HAVING count(*) = count(DISTINCT p.text_id)`;
    const ids = rows.map((row) => row.id);
    await tx.$executeRaw`DELETE FROM sentences WHERE paragraph_id IN (SELECT paragraph_id FROM alignment_cells WHERE row_id = ANY(${ids}::int[]))`;
    await tx.$executeRaw`DELETE FROM sentence_links WHERE row_id = ANY(${ids}::int[])`;
    await tx.$executeRaw`UPDATE alignment_rows SET sentences_pending = true WHERE id = ANY(${ids}::int[])`;
    return ids.length;
  });
}

describe("sentence links aligned after an import answers", () => {
  it("stores the rows with the waiting ones marked, then the same links as an import that waits for them", async () => {
    let seen: { pending: number[]; links: number } | undefined;
    let documentId = 0;
    hooks.beforeLinks = async () => {
      const pending = await pendingRows(documentId);
      const links = await db.sentenceLink.count({ where: { rowId: { in: pending } } });
      seen ??= { pending, links };
    };
    const result = await importDocument(db, { title: "Demo", corpusSlug: uniqueName("after"), texts: demoTexts(), sentences: "after" });
    documentId = result.documentId;
    expect(result.sentencesPending).toBeGreaterThan(5);
    await whenSentencesAligned(documentId);

    // While they were aligned, the rows that the import left waiting had no links.
    expect(seen?.pending.length).toBe(result.sentencesPending);
    expect(seen?.links).toBe(0);
    expect(await pendingRows(documentId)).toEqual([]);
    const [now, after] = [await linksOf(reference), await linksOf(documentId)];
    expect(after.length).toBeGreaterThan(result.sentencesPending * 2);
    expect(after).toEqual(now);
    expect(await whenSentencesAligned(documentId)).toBe(0); // nothing left to do
  });

  it("leaves a row that an edit changed while its links were aligned with the links of its new text", async () => {
    let edited: { rowId: number; paragraphId: number; text: string } | undefined;
    let documentId = 0;
    hooks.beforeLinks = async () => {
      if (edited) return;
      const [rowId] = await pendingRows(documentId);
      const cell = await db.alignmentCell.findFirstOrThrow({ where: { rowId, paragraph: { textRef: { lang: "en" } } }, select: { paragraph: { select: { id: true, version: true } } } });
      const text = "One sentence now. And a second one.";
      await editParagraphText(db, { documentId, paragraphId: cell.paragraph.id, version: cell.paragraph.version, text, actorId: null });
      edited = { rowId: rowId!, paragraphId: cell.paragraph.id, text };
    };
    const result = await importDocument(db, { title: "Demo", corpusSlug: uniqueName("edited"), texts: demoTexts(), sentences: "after" });
    documentId = result.documentId;
    await whenSentencesAligned(documentId);

    expect(edited).toBeDefined();
    expect(await pendingRows(documentId)).toEqual([]);
    // The edit's links, once: each English sentence of the new text in exactly one span (a waiting row may hold
    // other paragraphs too).
    const spans = await db.sentence.findMany({
      where: { link: { rowId: edited!.rowId }, paragraphId: edited!.paragraphId },
      select: { start: true, end: true },
      orderBy: { start: "asc" },
    });
    expect(spans.map((span) => edited!.text.slice(span.start, span.end).trim())).toEqual(["One sentence now.", "And a second one."]);
  });

  it("an export at sentence level aligns the links still waiting before it reads", async () => {
    const complete = await exportSentences(reference);
    expect(await forgetLinksOfSingleRows(reference)).toBeGreaterThan(5);
    expect(await exportSentences(reference)).toBe(complete);
    expect(await pendingRows(reference)).toEqual([]);
  });

  it("a server that starts aligns what an instance that stopped left waiting", async () => {
    const before = await linksOf(reference);
    const waiting = await forgetLinksOfSingleRows(reference);
    expect((await pendingRows(reference)).length).toBe(waiting);
    await alignEveryPendingSentence();
    expect(await pendingRows(reference)).toEqual([]);
    expect(await linksOf(reference)).toEqual(before);
  });
});
