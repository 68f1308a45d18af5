// Persists a planned n-way alignment (lib/core/jobs/plan-alignment): new rows with their cells and sentence links,
// and the order of every row of the document, kept anchors and rejected rows included. It only writes: the plan,
// sentence links included, was computed before the transaction opened.
import "server-only";
import type { SentenceLink } from "@/lib/core/align";
import { needsSentencePass, type PlannedRow } from "@/lib/core/jobs";
import type { Tx } from "@/lib/db/client";
import { insertCells, insertRows, insertSentenceLinks, insertSentences, reserveIds } from "./bulk-write";

/** One text's aligned units: the paragraphs the aligner saw, in the order it saw them. */
export interface AlignedText {
  lang: string;
  paragraphs: ReadonlyArray<{ id: number; text: string }>;
}

export interface WriteAlignmentOptions {
  documentId: number;
  texts: readonly AlignedText[];
  rows: readonly PlannedRow[];
  /** The stored row id of each anchor the plan was given (plan row .anchor indexes this). */
  anchorIds?: readonly number[];
  /** Rows that stay but are not in the plan (rejected rows), each placed before the first row sharing a paragraph. */
  placeBefore?: ReadonlyArray<{ id: number; paragraphIds: readonly number[] }>;
  origin: string;
  /** The paragraphs were written in this transaction (an import): they have no sentences to clear first. */
  isNewDocument?: boolean;
}

export interface WrittenAlignment {
  created: number[];
  kept: number;
  /** New rows stored waiting for their sentence links. */
  pending: number;
}

export async function writeAlignment(tx: Tx, options: WriteAlignmentOptions): Promise<WrittenAlignment> {
  const { documentId, texts, rows, anchorIds = [], placeBefore = [], origin, isNewDocument = false } = options;
  const byLang = new Map(texts.map((t) => [t.lang, t]));
  const paragraphIdsOf = (row: PlannedRow) =>
    Object.entries(row.cells).flatMap(([lang, units]) =>
      units.map((unit) => {
        const paragraph = byLang.get(lang)?.paragraphs[unit];
        if (!paragraph) throw new Error(`Aligner returned unit ${unit} of ${lang}, which does not exist.`);
        return paragraph.id;
      }),
    );

  const fresh = rows.map((row, index) => ({ row, index, paragraphIds: paragraphIdsOf(row) })).filter((f) => f.row.anchor < 0 && f.paragraphIds.length > 0);
  const created = await reserveIds(tx, "alignment_rows", fresh.length);
  const idOfRow = new Map<number, number>(fresh.map((f, k) => [f.index, created[k]!]));
  rows.forEach((row, index) => {
    if (row.anchor >= 0) idOfRow.set(index, anchorIds[row.anchor]!);
  });
  // New rows are written at their final place; only the rows that stay (anchors, rejected rows) are moved.
  const order = orderRows(rows.map((row, index) => ({ id: idOfRow.get(index), paragraphIds: new Set(paragraphIdsOf(row)) })), placeBefore);
  const positionOf = new Map(order.map((id, position) => [id, position]));
  // A new row still waiting for its sentence pass (planned with `later`, see lib/worker/plan.ts) is stored so.
  const rowsOut = fresh.map((f, k) => ({ id: created[k]!, position: positionOf.get(created[k]!)!, score: roundScore(f.row.score), sentencesPending: needsSentencePass(f.row) }));
  await insertRows(tx, documentId, origin, rowsOut);
  await insertCells(tx, fresh.flatMap((f, k) => f.paragraphIds.map((paragraphId) => ({ rowId: created[k]!, paragraphId }))));

  const resentenced = rows.flatMap((row, index) => (row.anchor >= 0 && row.sentences ? [idOfRow.get(index)!] : []));
  if (resentenced.length > 0) await tx.sentenceLink.deleteMany({ where: { rowId: { in: resentenced } } });
  const withSentences = rows.flatMap((row, index) => (row.sentences && (row.anchor >= 0 || idOfRow.has(index)) ? [{ rowId: idOfRow.get(index)!, row }] : []));
  await writeSentences(tx, withSentences, byLang, isNewDocument);
  if (resentenced.length > 0) await clearSentencesPending(tx, resentenced);

  const isNew = new Set(created);
  const moved = order.filter((id) => !isNew.has(id));
  if (moved.length > 0) {
    await tx.$executeRaw`UPDATE alignment_rows AS r SET position = v.position
      FROM unnest(${moved}::int[], ${moved.map((id) => positionOf.get(id)!)}::int[]) AS v(id, position)
      WHERE r.id = v.id AND r.document_id = ${documentId}`;
  }
  return { created, kept: rows.filter((r) => r.anchor >= 0).length, pending: rowsOut.filter((row) => row.sentencesPending).length };
}

function orderRows(
  planned: ReadonlyArray<{ id: number | undefined; paragraphIds: ReadonlySet<number> }>,
  placeBefore: ReadonlyArray<{ id: number; paragraphIds: readonly number[] }>,
): number[] {
  const before = new Map<number, number[]>(); // plan index -> rows placed before it
  const atEnd: number[] = [];
  for (const extra of placeBefore) {
    const at = planned.findIndex((p) => extra.paragraphIds.some((id) => p.paragraphIds.has(id)));
    if (at < 0) atEnd.push(extra.id);
    else before.set(at, [...(before.get(at) ?? []), extra.id]);
  }
  const order: number[] = [];
  planned.forEach((p, index) => {
    order.push(...(before.get(index) ?? []));
    if (p.id !== undefined) order.push(p.id);
  });
  return [...order, ...atEnd];
}

// Sentences of the new rows (and of anchors whose paragraphs changed), as aligned in the plan.
async function writeSentences(
  tx: Tx,
  rows: ReadonlyArray<{ rowId: number; row: PlannedRow }>,
  byLang: ReadonlyMap<string, AlignedText>,
  isNewDocument: boolean,
): Promise<void> {
  await writeSentenceLinks(
    tx,
    rows.map(({ rowId, row }) => ({
      rowId,
      paragraphs: Object.fromEntries(Object.entries(row.cells).map(([lang, units]) => [lang, units.map((u) => byLang.get(lang)!.paragraphs[u]!.id)])),
      links: row.sentences ?? [],
    })),
    { hasOldSentences: !isNewDocument },
  );
}

export interface RowSentences {
  rowId: number;
  /** The row's paragraph ids per language, in order: SentenceRef.unit indexes these. */
  paragraphs: Record<string, number[]>;
  links: readonly SentenceLink[];
}

/**
 * Sentence spans (UTF-16 offsets into the paragraph) and the links joining them across languages, for export at
 * sentence level. The rows' paragraphs lose their old sentences first: they may have been in other rows before.
 */
export async function writeSentenceLinks(tx: Tx, rows: readonly RowSentences[], { hasOldSentences = true } = {}): Promise<void> {
  const links: Array<{ rowId: number; position: number; score: number }> = [];
  const spans: Array<{ link: number; paragraphId: number; start: number; end: number }> = [];
  const paragraphIds = rows.flatMap((row) => Object.values(row.paragraphs).flat());
  for (const row of rows) {
    row.links.forEach((link, position) => {
      const index = links.push({ rowId: row.rowId, position, score: roundScore(link.score) }) - 1;
      for (const [lang, refs] of Object.entries(link.spans)) {
        for (const ref of refs) spans.push({ link: index, paragraphId: row.paragraphs[lang]![ref.unit]!, start: ref.start, end: ref.end });
      }
    });
  }
  if (hasOldSentences && paragraphIds.length > 0) await tx.$executeRaw`DELETE FROM sentences WHERE paragraph_id = ANY(${paragraphIds}::int[])`;
  if (links.length === 0) return;
  const linkIds = await reserveIds(tx, "sentence_links", links.length);
  await insertSentenceLinks(tx, links.map((link, k) => ({ id: linkIds[k]!, ...link })));
  spans.sort((a, b) => a.paragraphId - b.paragraphId || a.start - b.start);
  let previous = -1;
  let position = 0;
  await insertSentences(
    tx,
    spans.map((span) => {
      position = span.paragraphId === previous ? position + 1 : 0;
      previous = span.paragraphId;
      return { paragraphId: span.paragraphId, position, start: span.start, end: span.end, linkId: linkIds[span.link]! };
    }),
  );
}

function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1e4) / 1e4;
}

/** The rows no longer wait for their sentence links (pending-sentences.ts): they were just written. */
export async function clearSentencesPending(tx: Tx, rowIds: readonly number[]): Promise<void> {
  await tx.$executeRaw`UPDATE alignment_rows SET sentences_pending = false WHERE id = ANY(${rowIds}::int[]) AND sentences_pending`;
}
