// What a re-align starts from, read in one consistent snapshot before any lock is taken: the texts as the aligner
// sees them, the human decisions (confirmed rows are anchors, rejected groupings are forbidden) and a fingerprint
// of everything those depend on. The write transaction compares fingerprints: if anyone changed a row or a
// paragraph of the document meanwhile, the plan is stale and is computed again.
import "server-only";
import type { AlignRow } from "@/lib/core/align";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/errors";
import type { AlignedText } from "./write-alignment";

type Kind = "BODY" | "HEADING" | "BOILERPLATE";

export interface DecidedRow {
  id: number;
  version: number;
  paragraphIds: number[];
}

export interface AlignmentState {
  documentId: number;
  corpusId: number;
  pivot: string;
  texts: AlignedText[];
  /** Confirmed rows, each with the paragraphs restored inside its span that it must take in (see absorbGaps). */
  confirmed: Array<DecidedRow & { absorbed: number[] }>;
  /** Rejected rows still holding their paragraphs; a re-align hands those to new rows. */
  rejectedLive: DecidedRow[];
  /** Rejected rows already re-placed, shown with the grouping they were rejected for. */
  rejectedPlaced: DecidedRow[];
  autoRowIds: number[];
  fingerprint: string;
}

export interface StateOverrides {
  /** Paragraph kinds as the action that triggers the re-align is about to set them. */
  kinds?: ReadonlyMap<number, Kind>;
}

export async function readAlignmentState(db: Db, documentId: number, overrides: StateOverrides = {}): Promise<AlignmentState> {
  return db.$transaction(
    async (tx) => {
      const document = await tx.document.findUnique({ where: { id: documentId }, select: { corpusId: true, pivotLang: true } });
      if (!document) throw notFound("document", documentId);
      const [fingerprint, texts, rows] = await Promise.all([
        alignmentFingerprint(tx, documentId),
        tx.text.findMany({
          where: { documentId },
          orderBy: { id: "asc" },
          select: { lang: true, paragraphs: { orderBy: { position: "asc" }, select: { id: true, text: true, kind: true } } },
        }),
        tx.alignmentRow.findMany({
          where: { documentId },
          select: { id: true, status: true, version: true, rejectedGrouping: true, cells: { select: { paragraphId: true } } },
        }),
      ]);
      const kindOf = (p: { id: number; kind: Kind }) => overrides.kinds?.get(p.id) ?? p.kind;
      const aligned: AlignedText[] = texts.map((t) => ({
        lang: t.lang,
        paragraphs: t.paragraphs.filter((p) => kindOf(p) !== "BOILERPLATE").map((p) => ({ id: p.id, text: p.text })),
      }));
      const decided = (r: (typeof rows)[number], ids: number[]): DecidedRow => ({ id: r.id, version: r.version, paragraphIds: ids });
      const confirmed = rows.filter((r) => r.status === "CONFIRMED").map((r) => decided(r, r.cells.map((c) => c.paragraphId)));
      return {
        documentId,
        corpusId: document.corpusId,
        pivot: document.pivotLang,
        texts: aligned,
        confirmed: absorbGaps(confirmed, aligned),
        rejectedLive: rows.filter((r) => r.status === "REJECTED" && r.cells.length > 0).map((r) => decided(r, r.cells.map((c) => c.paragraphId))),
        rejectedPlaced: rows.filter((r) => r.status === "REJECTED" && r.cells.length === 0).map((r) => decided(r, r.rejectedGrouping)),
        autoRowIds: rows.filter((r) => r.status === "AUTO").map((r) => r.id),
        fingerprint,
      };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}

/**
 * Every row's id, status and version and every paragraph's id, version and kind, hashed. Writers bump the version
 * of what they change, so any change that could alter an alignment changes this.
 */
export async function alignmentFingerprint(tx: Tx, documentId: number): Promise<string> {
  const [row] = await tx.$queryRaw<Array<{ fingerprint: string }>>`
    SELECT md5(
      coalesce((SELECT string_agg(r.id || ':' || r.status || ':' || r.version, ',' ORDER BY r.id)
                FROM alignment_rows r WHERE r.document_id = ${documentId}), '')
      || '|' ||
      coalesce((SELECT string_agg(p.id || ':' || p.kind || ':' || p.version, ',' ORDER BY p.id)
                FROM paragraphs p JOIN texts t ON t.id = p.text_id WHERE t.document_id = ${documentId}), '')
    ) AS fingerprint`;
  return row!.fingerprint;
}

/**
 * A confirmed row must hold consecutive paragraphs of each text. A paragraph restored from clutter between two of
 * them breaks that; since rows never cross, such a paragraph is in no row, and the confirmed span takes it in.
 */
function absorbGaps(confirmed: DecidedRow[], texts: readonly AlignedText[]): Array<DecidedRow & { absorbed: number[] }> {
  const indexOf = new Map<number, { text: AlignedText; index: number }>();
  for (const text of texts) text.paragraphs.forEach((p, index) => indexOf.set(p.id, { text, index }));
  return confirmed.map((row) => {
    const absorbed: number[] = [];
    for (const text of texts) {
      const indices = row.paragraphIds.flatMap((id) => {
        const at = indexOf.get(id);
        return at && at.text === text ? [at.index] : [];
      });
      if (indices.length < 2) continue;
      const [first, last] = [Math.min(...indices), Math.max(...indices)];
      for (let i = first; i <= last; i++) if (!indices.includes(i)) absorbed.push(text.paragraphs[i]!.id);
    }
    return { ...row, absorbed };
  });
}

/** A row of paragraph ids as the aligner's units, in the coordinates of `texts`; paragraphs it cannot see drop out. */
export function toAlignRow(paragraphIds: readonly number[], texts: readonly AlignedText[], score = 1): AlignRow {
  const cells: Record<string, number[]> = Object.fromEntries(texts.map((t) => [t.lang, [] as number[]]));
  const at = new Map<number, { lang: string; index: number }>();
  for (const text of texts) text.paragraphs.forEach((p, index) => at.set(p.id, { lang: text.lang, index }));
  for (const id of paragraphIds) {
    const unit = at.get(id);
    if (unit) cells[unit.lang]!.push(unit.index);
  }
  for (const units of Object.values(cells)) units.sort((a, b) => a - b);
  return { cells, score };
}
