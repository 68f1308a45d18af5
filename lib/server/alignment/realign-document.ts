// Re-aligns everything a human has not confirmed. Confirmed rows are hard anchors and come back untouched;
// rejected rows are passed as groupings not to propose again; auto rows are replaced.
import "server-only";
import { alignDocument, type AlignRow } from "@/lib/core/align";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { notFound } from "@/lib/server/errors";
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
  const result = alignDocument(texts.map((t) => ({ lang: t.lang, units: t.paragraphs.map((p) => p.text) })), {
    pivot: document.pivot_lang,
    anchors: confirmed.map(toAlignRow),
    forbidden: rows.filter((r) => r.status === "REJECTED").map(toAlignRow),
    lexicon: await loadLexicon(tx, document.corpus_id),
  });

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
