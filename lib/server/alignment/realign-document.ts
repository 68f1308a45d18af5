// Re-aligns everything a human has not confirmed. Confirmed rows are hard anchors and come back untouched;
// rejected rows are passed as groupings not to propose again; auto rows are replaced.
import "server-only";
import { AlignInputError, alignDocument, type AlignRow } from "@/lib/core/align";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { AppError, notFound } from "@/lib/server/errors";
import { loadLexicon } from "./load-lexicon";
import { cellKey, writeAlignment, type AlignedText } from "./write-alignment";

export interface RealignDocumentOptions {
  documentId: number;
  actorId?: number | null;
}

export interface RealignResult {
  rows: number;
  kept: number;
  created: number;
  status: "ok" | "gave-up";
  millis: number;
}

export const ALIGNER_ORIGIN = "auto:v1";
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 180_000 } as const;

export async function realignDocument(db: Db, options: RealignDocumentOptions): Promise<RealignResult> {
  return db.$transaction((tx) => realignWithin(tx, options), TRANSACTION_OPTIONS);
}

/** The same, inside a transaction the caller already holds (e.g. restoring a paragraph and placing it). */
export async function realignWithin(tx: Tx, { documentId, actorId = null }: RealignDocumentOptions): Promise<RealignResult> {
  // Serializes alignment changes to one document: two re-aligns at once would both rewrite the same rows.
  const locked = await tx.$queryRaw<Array<{ id: number; pivot_lang: string; corpus_id: number }>>`
    SELECT id, pivot_lang, corpus_id FROM documents WHERE id = ${documentId} FOR UPDATE`;
  const document = locked[0];
  if (!document) throw notFound("document", documentId);

  const started = performance.now();
  const texts = await loadAlignedTexts(tx, documentId);
  const rows = await tx.alignmentRow.findMany({
    where: { documentId, status: { in: ["CONFIRMED", "REJECTED"] } },
    select: { id: true, status: true, score: true, cells: { select: { paragraphId: true } } },
  });
  const unitOf = unitIndex(texts);
  const toAlignRow = (row: (typeof rows)[number]): AlignRow => {
    const cells: Record<string, number[]> = Object.fromEntries(texts.map((t) => [t.lang, [] as number[]]));
    for (const { paragraphId } of row.cells) {
      const unit = unitOf.get(paragraphId);
      if (unit) cells[unit.lang]!.push(unit.index);
    }
    for (const units of Object.values(cells)) units.sort((a, b) => a - b);
    return { cells, score: row.score };
  };
  const confirmed = rows.filter((r) => r.status === "CONFIRMED");
  const anchors = confirmed.map(toAlignRow);
  await absorbGaps(tx, confirmed, anchors, texts);
  let result: ReturnType<typeof alignDocument>;
  try {
    result = alignDocument(texts.map((t) => ({ lang: t.lang, units: t.paragraphs.map((p) => p.text) })), {
      pivot: document.pivot_lang,
      anchors,
      forbidden: rows.filter((r) => r.status === "REJECTED").map(toAlignRow),
      lexicon: await loadLexicon(tx, document.corpus_id),
    });
  } catch (error) {
    if (!(error instanceof AlignInputError)) throw error;
    throw new AppError("conflict", `The confirmed rows of this document cannot be kept as they are: ${error.message}`, {
      messageKey: "workbench.anchorsInconsistent",
    });
  }

  const replaced = await tx.alignmentRow.findMany({ where: { documentId, status: { not: "CONFIRMED" } }, select: { id: true } });
  const replacedIds = replaced.map((r) => r.id);
  await tx.sentence.deleteMany({ where: { link: { rowId: { in: replacedIds } } } });
  await tx.alignmentRow.deleteMany({ where: { id: { in: replacedIds } } });
  const written = await writeAlignment(tx, {
    documentId,
    texts,
    rows: result.rows,
    keep: new Map(confirmed.map((r) => [cellKey(r.cells.map((c) => c.paragraphId)), r.id])),
    origin: ALIGNER_ORIGIN,
  });

  const millis = Math.round(performance.now() - started);
  await tx.document.update({
    where: { id: documentId },
    data: { alignedAt: new Date(), alignInfo: { status: result.status, origin: ALIGNER_ORIGIN, millis, rows: result.rows.length } },
  });
  await recordAudit(tx, {
    actorId,
    documentId,
    action: "alignment.realign",
    entity: "documents",
    entityId: documentId,
    data: { replaced: replacedIds.length, kept: written.kept, created: written.created, status: result.status },
  });
  return { rows: result.rows.length, kept: written.kept, created: written.created, status: result.status, millis };
}

/**
 * A confirmed row must hold consecutive paragraphs of each text. A paragraph restored from clutter between two of
 * them breaks that; since rows never cross, such a paragraph is in no row, and the confirmed span takes it in.
 */
async function absorbGaps(
  tx: Tx,
  confirmed: ReadonlyArray<{ id: number; cells: Array<{ paragraphId: number }> }>,
  anchors: AlignRow[],
  texts: readonly AlignedText[],
): Promise<void> {
  const added: Array<{ rowId: number; paragraphId: number }> = [];
  confirmed.forEach((row, i) => {
    const anchor = anchors[i]!;
    for (const text of texts) {
      const units = anchor.cells[text.lang]!;
      if (units.length < 2 || units.at(-1)! - units[0]! + 1 === units.length) continue;
      const filled = Array.from({ length: units.at(-1)! - units[0]! + 1 }, (_, k) => units[0]! + k);
      for (const unit of filled.filter((u) => !units.includes(u))) {
        added.push({ rowId: row.id, paragraphId: text.paragraphs[unit]!.id });
        row.cells.push({ paragraphId: text.paragraphs[unit]!.id });
      }
      anchor.cells[text.lang] = filled;
    }
  });
  if (added.length === 0) return;
  await tx.alignmentCell.deleteMany({ where: { paragraphId: { in: added.map((a) => a.paragraphId) } } });
  await tx.alignmentCell.createMany({ data: added });
}

/** Body and heading paragraphs of every text, in order: what the aligner sees. */
export async function loadAlignedTexts(tx: Tx, documentId: number): Promise<AlignedText[]> {
  const texts = await tx.text.findMany({
    where: { documentId },
    orderBy: { id: "asc" },
    select: {
      lang: true,
      paragraphs: { where: { kind: { not: "BOILERPLATE" } }, orderBy: { position: "asc" }, select: { id: true, text: true } },
    },
  });
  return texts;
}

function unitIndex(texts: readonly AlignedText[]): Map<number, { lang: string; index: number }> {
  const map = new Map<number, { lang: string; index: number }>();
  for (const text of texts) text.paragraphs.forEach((p, index) => map.set(p.id, { lang: text.lang, index }));
  return map;
}
