// Persists an n-way alignment: new rows with their cells and sentence links, and the new positions of the rows
// that were kept (confirmed rows are anchors; the aligner returns them unchanged).
import "server-only";
import { alignSentences, type AlignRow } from "@/lib/core/align";
import type { Tx } from "@/lib/db/client";

/** One text's aligned units: the paragraphs the aligner saw, in the order it saw them. */
export interface AlignedText {
  lang: string;
  paragraphs: ReadonlyArray<{ id: number; text: string }>;
}

export interface WriteAlignmentOptions {
  documentId: number;
  texts: readonly AlignedText[];
  rows: readonly AlignRow[];
  /** Rows already stored that must be kept (by the set of their paragraph ids), e.g. confirmed rows. */
  keep?: ReadonlyMap<string, number>;
  origin: string;
}

export function cellKey(paragraphIds: Iterable<number>): string {
  return [...paragraphIds].sort((a, b) => a - b).join(",");
}

export async function writeAlignment(tx: Tx, options: WriteAlignmentOptions): Promise<{ created: number; kept: number }> {
  const { documentId, texts, rows, keep = new Map(), origin } = options;
  const byLang = new Map(texts.map((t) => [t.lang, t]));

  const fresh: Array<{ position: number; row: AlignRow; paragraphIds: number[] }> = [];
  const moved: Array<{ id: number; position: number }> = [];
  rows.forEach((row, position) => {
    const paragraphIds = Object.entries(row.cells).flatMap(([lang, units]) =>
      units.map((unit) => {
        const paragraph = byLang.get(lang)?.paragraphs[unit];
        if (!paragraph) throw new Error(`Aligner returned unit ${unit} of ${lang}, which does not exist.`);
        return paragraph.id;
      }),
    );
    const keptId = keep.get(cellKey(paragraphIds));
    if (keptId !== undefined) moved.push({ id: keptId, position });
    else if (paragraphIds.length > 0) fresh.push({ position, row, paragraphIds });
  });

  if (moved.length > 0) {
    await tx.$executeRaw`UPDATE alignment_rows AS r SET position = v.position
      FROM unnest(${moved.map((m) => m.id)}::int[], ${moved.map((m) => m.position)}::int[]) AS v(id, position)
      WHERE r.id = v.id`;
  }
  if (fresh.length === 0) return { created: 0, kept: moved.length };

  const created = await tx.alignmentRow.createManyAndReturn({
    data: fresh.map((f) => ({ documentId, position: f.position, score: roundScore(f.row.score), origin })),
    select: { id: true, position: true },
  });
  const idByPosition = new Map(created.map((r) => [r.position, r.id]));
  await tx.alignmentCell.createMany({
    data: fresh.flatMap((f) => f.paragraphIds.map((paragraphId) => ({ rowId: idByPosition.get(f.position)!, paragraphId }))),
  });

  await writeSentenceLinks(tx, fresh.map((f) => ({ rowId: idByPosition.get(f.position)!, row: f.row })), byLang);
  return { created: created.length, kept: moved.length };
}

// Sentences are split and aligned inside each new row, so that export can go down to sentence level.
async function writeSentenceLinks(
  tx: Tx,
  rows: ReadonlyArray<{ rowId: number; row: AlignRow }>,
  byLang: ReadonlyMap<string, AlignedText>,
): Promise<void> {
  const links: Array<{ rowId: number; position: number; score: number }> = [];
  const spans: Array<{ linkIndex: number; paragraphId: number; start: number; end: number }> = [];
  for (const { rowId, row } of rows) {
    const cells = Object.entries(row.cells)
      .filter(([, units]) => units.length > 0)
      .map(([lang, units]) => ({ lang, paragraphs: units.map((u) => byLang.get(lang)!.paragraphs[u]!) }));
    const sentenceLinks = alignSentences(cells.map((c) => ({ lang: c.lang, texts: c.paragraphs.map((p) => p.text) })));
    sentenceLinks.forEach((link, position) => {
      const linkIndex = links.push({ rowId, position, score: roundScore(link.score) }) - 1;
      for (const [lang, langSpans] of Object.entries(link.spans)) {
        const cell = cells.find((c) => c.lang === lang)!;
        for (const span of langSpans) spans.push({ linkIndex, paragraphId: cell.paragraphs[span.unit]!.id, start: span.start, end: span.end });
      }
    });
  }
  if (links.length === 0) return;
  const createdLinks = await tx.sentenceLink.createManyAndReturn({ data: links, select: { id: true, rowId: true, position: true } });
  const linkId = new Map(createdLinks.map((l) => [`${l.rowId}:${l.position}`, l.id]));
  // Positions of sentences within their paragraph follow their offsets.
  spans.sort((a, b) => a.paragraphId - b.paragraphId || a.start - b.start);
  let previousParagraph = -1;
  let position = 0;
  await tx.sentence.createMany({
    data: spans.map((span) => {
      position = span.paragraphId === previousParagraph ? position + 1 : 0;
      previousParagraph = span.paragraphId;
      return { paragraphId: span.paragraphId, position, start: span.start, end: span.end, linkId: linkId.get(`${links[span.linkIndex]!.rowId}:${links[span.linkIndex]!.position}`)! };
    }),
  });
}

function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1e4) / 1e4;
}
