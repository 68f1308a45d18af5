// The sentence links an import left for later, aligned once it has answered. A row of one paragraph a language
// cannot be changed by its sentence pass (sentencesCanWait), and such rows are most of an article's sentence pass; nor
// can a row the seam pass has read once its seams are cut (reSentencingCanWait). So an import over HTTP stores them
// without their links and answers (import-document.ts, `sentences: "after"`). The
// database records which rows wait (alignment_rows.sentences_pending), so that any instance finishes them: the one
// that imported, right after; every instance as it starts (instrumentation.ts); and an export at sentence level, the
// only reader of sentence links, before it reads (export-parallel.ts).
import "server-only";
import type { SentenceCell } from "@/lib/core/align";
import { getDb, type Db } from "@/lib/db/client";
import { sentenceMeasuresOf } from "@/lib/server/alignment/align-info";
import { WRITE_TRANSACTION } from "@/lib/server/alignment/realign-document";
import { clearSentencesPending, writeSentenceLinks } from "@/lib/server/alignment/write-alignment";
import { lockDocument } from "@/lib/server/document/lock-document";
import { AppError } from "@/lib/server/errors";
import { alignSentencesOnThreads } from "@/lib/worker/plan";

interface CellRecord {
  row_id: number;
  score: number;
  paragraph_id: number;
  lang: string;
  text: string;
}

interface PendingRow {
  id: number;
  score: number;
  paragraphs: Record<string, number[]>;
  cells: SentenceCell[];
}

/**
 * Aligns the sentences of the document's waiting rows and stores their links; returns how many rows it finished.
 * The links are computed outside any transaction (on the worker threads), then written under the document's lock
 * for the rows that still wait with the same paragraphs and texts: a row an edit changed meanwhile was aligned again
 * by that edit (resentence.ts).
 */
export async function alignPendingSentences(db: Db, documentId: number): Promise<number> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { pivotLang: true, alignInfo: true } });
  if (!document) return 0;
  const rows = groupRows(await pendingCells(db, documentId));
  if (rows.length === 0) return 0;
  const links = await alignSentencesOnThreads({
    pivot: document.pivotLang,
    measures: sentenceMeasuresOf(document.alignInfo),
    rows: rows.map((row) => ({ cells: row.cells, seams: false, score: row.score })),
  });
  try {
    return await db.$transaction(async (tx) => {
      await lockDocument(tx, documentId);
      const now = new Map(groupRows(await pendingCells(tx, documentId)).map((row) => [row.id, row]));
      const done = rows.flatMap((row, k) => (sameCells(row, now.get(row.id)) ? [{ rowId: row.id, paragraphs: row.paragraphs, links: links[k]! }] : []));
      await writeSentenceLinks(tx, done);
      await clearSentencesPending(tx, done.map((row) => row.rowId));
      return done.length;
    }, WRITE_TRANSACTION);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return 0; // the document was deleted meanwhile
    throw error;
  }
}

const running = new Map<number, Promise<number>>();

/**
 * alignPendingSentences, one run at a time per document in this process: a run asked for while one is under way
 * follows it (and finds what it left). Resolves once the document's rows no longer wait, as far as this run knows.
 */
export function whenSentencesAligned(documentId: number, db?: Db): Promise<number> {
  const previous = running.get(documentId) ?? Promise.resolve(0);
  const next = previous.catch(() => 0).then(async () => alignPendingSentences(db ?? (await getDb()), documentId));
  running.set(documentId, next);
  const forget = () => running.get(documentId) === next && running.delete(documentId);
  void next.then(forget, forget);
  return next;
}

/** Starts aligning the document's waiting sentences without waiting for it; a failure is logged and left for a later run. */
export function alignSentencesSoon(documentId: number): void {
  whenSentencesAligned(documentId).catch((error: unknown) => {
    console.error(`Sentence links of document ${documentId} are still to be aligned: ${(error as Error).message}`);
  });
}

/** The documents of `documentIds` (every document when omitted) that have rows waiting for their sentences. */
export async function documentsWithPendingSentences(db: Db, documentIds?: readonly number[]): Promise<number[]> {
  const found = documentIds
    ? await db.$queryRaw<Array<{ document_id: number }>>`
        SELECT DISTINCT document_id FROM alignment_rows WHERE sentences_pending AND document_id = ANY(${documentIds}::int[])`
    : await db.$queryRaw<Array<{ document_id: number }>>`SELECT DISTINCT document_id FROM alignment_rows WHERE sentences_pending`;
  return found.map((row) => row.document_id).sort((a, b) => a - b);
}

/** As a server starts: the rows an instance that stopped left waiting. Never rejects. */
export async function alignEveryPendingSentence(): Promise<void> {
  try {
    const db = await getDb();
    for (const documentId of await documentsWithPendingSentences(db)) await whenSentencesAligned(documentId, db);
  } catch (error) {
    console.error(`Waiting sentence links were not aligned at start: ${(error as Error).message}`);
  }
}

// The cells of the waiting rows, each language's paragraphs in order, the languages in the order of their texts
// (the order the import gave its texts, and so its rows' cells).
function pendingCells(db: Pick<Db, "$queryRaw">, documentId: number): Promise<CellRecord[]> {
  return db.$queryRaw<CellRecord[]>`
    SELECT r.id AS row_id, r.score, p.id AS paragraph_id, t.lang, p.text
    FROM alignment_rows r
    JOIN alignment_cells c ON c.row_id = r.id
    JOIN paragraphs p ON p.id = c.paragraph_id
    JOIN texts t ON t.id = p.text_id
    WHERE r.document_id = ${documentId} AND r.sentences_pending
    ORDER BY r.id, t.id, p.position`;
}

function groupRows(records: readonly CellRecord[]): PendingRow[] {
  const rows: PendingRow[] = [];
  for (const record of records) {
    let row = rows.at(-1);
    if (row?.id !== record.row_id) rows.push((row = { id: record.row_id, score: record.score, paragraphs: {}, cells: [] }));
    let cell = row.cells.at(-1);
    if (cell?.lang !== record.lang) {
      row.cells.push((cell = { lang: record.lang, texts: [] }));
      row.paragraphs[record.lang] = [];
    }
    cell.texts.push(record.text);
    row.paragraphs[record.lang]!.push(record.paragraph_id);
  }
  return rows;
}

function sameCells(before: PendingRow, now: PendingRow | undefined): boolean {
  return now !== undefined && JSON.stringify(before.paragraphs) === JSON.stringify(now.paragraphs) && JSON.stringify(before.cells) === JSON.stringify(now.cells);
}
