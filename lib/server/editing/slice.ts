// A slice of a document: the paragraphs and rows one user action touched, as they stand. An edit stores the slice
// before and after it (EditOperation); undo and redo write one of them back. Content (texts, kinds, cells,
// decisions) is what is compared and restored; versions are not restored but bumped, since they only ever grow.
import "server-only";
import type { Tx } from "@/lib/db/client";

type Kind = "BODY" | "HEADING" | "BOILERPLATE";
type Status = "AUTO" | "CONFIRMED" | "REJECTED";

export type ParagraphState =
  | { id: number; exists: false }
  | {
      id: number;
      exists: true;
      textId: number;
      position: number;
      /** The paragraph before it in its text, where a re-created paragraph goes back. */
      after: number | null;
      text: string;
      kind: Kind;
      detectedKind: Kind;
      /** The row holding it, or null: compared, never restored (rows restore their own cells). */
      rowId: number | null;
    };

export type RowState =
  | { id: number; exists: false }
  | {
      id: number;
      exists: true;
      position: number;
      after: number | null;
      status: Status;
      score: number;
      origin: string;
      comment: string;
      decidedById: number | null;
      decidedAt: string | null;
      rejectedGrouping: number[];
      /** Paragraph ids, ascending. */
      cells: number[];
    };

export interface Slice {
  paragraphs: ParagraphState[];
  rows: RowState[];
}

export interface SliceIds {
  paragraphIds: Iterable<number>;
  rowIds: Iterable<number>;
}

export function idsOf(...slices: Slice[]): { paragraphIds: number[]; rowIds: number[] } {
  return {
    paragraphIds: [...new Set(slices.flatMap((s) => s.paragraphs.map((p) => p.id)))],
    rowIds: [...new Set(slices.flatMap((s) => s.rows.map((r) => r.id)))],
  };
}

export async function captureSlice(tx: Tx, documentId: number, ids: SliceIds): Promise<Slice> {
  const paragraphIds = [...new Set(ids.paragraphIds)];
  const rowIds = [...new Set(ids.rowIds)];
  const paragraphs = paragraphIds.length === 0 ? [] : await tx.$queryRaw<Array<{ id: number; text_id: number; position: number; text: string; kind: Kind; detected_kind: Kind; row_id: number | null; after: number | null }>>`
    SELECT p.id, p.text_id, p.position, p.text, p.kind::text AS kind, p.detected_kind::text AS detected_kind,
      (SELECT c.row_id FROM alignment_cells c WHERE c.paragraph_id = p.id) AS row_id,
      (SELECT q.id FROM paragraphs q WHERE q.text_id = p.text_id AND q.position < p.position ORDER BY q.position DESC LIMIT 1) AS after
    FROM paragraphs p JOIN texts t ON t.id = p.text_id
    WHERE p.id = ANY(${paragraphIds}::int[]) AND t.document_id = ${documentId}`;
  const rows = rowIds.length === 0 ? [] : await tx.$queryRaw<Array<{ id: number; position: number; status: Status; score: number; origin: string; comment: string; decided_by_id: number | null; decided_at: Date | null; rejected_grouping: number[]; cells: number[] | null; after: number | null }>>`
    SELECT r.id, r.position, r.status::text AS status, r.score, r.origin, r.comment, r.decided_by_id, r.decided_at, r.rejected_grouping,
      (SELECT array_agg(c.paragraph_id ORDER BY c.paragraph_id) FROM alignment_cells c WHERE c.row_id = r.id) AS cells,
      (SELECT q.id FROM alignment_rows q WHERE q.document_id = r.document_id AND (q.position, q.id) < (r.position, r.id)
        ORDER BY q.position DESC, q.id DESC LIMIT 1) AS after
    FROM alignment_rows r WHERE r.id = ANY(${rowIds}::int[]) AND r.document_id = ${documentId}`;
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));
  const rowById = new Map(rows.map((r) => [r.id, r]));
  return {
    paragraphs: paragraphIds.map((id): ParagraphState => {
      const p = paragraphById.get(id);
      return p
        ? { id, exists: true, textId: p.text_id, position: p.position, after: p.after, text: p.text, kind: p.kind, detectedKind: p.detected_kind, rowId: p.row_id }
        : { id, exists: false };
    }),
    rows: rowIds.map((id): RowState => {
      const r = rowById.get(id);
      return r
        ? {
            id,
            exists: true,
            position: r.position,
            after: r.after,
            status: r.status,
            score: r.score,
            origin: r.origin,
            comment: r.comment,
            decidedById: r.decided_by_id,
            decidedAt: r.decided_at?.toISOString() ?? null,
            rejectedGrouping: r.rejected_grouping,
            cells: r.cells ?? [],
          }
        : { id, exists: false };
    }),
  };
}

/** What differs between two slices of the same ids, by content: texts, kinds, cells, decisions, existence. */
export function diffSlices(from: Slice, to: Slice): { paragraphs: number[]; texts: number[]; rows: number[]; cells: number[] } {
  const fromParagraph = new Map(from.paragraphs.map((p) => [p.id, p]));
  const fromRow = new Map(from.rows.map((r) => [r.id, r]));
  const paragraphs: number[] = [];
  const texts: number[] = [];
  for (const p of to.paragraphs) {
    const q = fromParagraph.get(p.id) ?? { id: p.id, exists: false as const };
    if (p.exists !== q.exists || (p.exists && q.exists && (p.text !== q.text || p.kind !== q.kind))) paragraphs.push(p.id);
    if (p.exists && q.exists && p.text !== q.text) texts.push(p.id);
  }
  const rows: number[] = [];
  const cells: number[] = [];
  for (const r of to.rows) {
    const q = fromRow.get(r.id) ?? { id: r.id, exists: false as const };
    if (!r.exists && !q.exists) continue;
    const sameCells = r.exists && q.exists && r.cells.join() === q.cells.join();
    // A decision is a change even when it repeats the status: who decided, and when, is part of the row.
    const sameDecision = r.exists && q.exists && r.status === q.status && r.comment === q.comment && r.decidedById === q.decidedById && r.decidedAt === q.decidedAt;
    if (r.exists !== q.exists || !sameCells || !sameDecision || (r.exists && q.exists && r.rejectedGrouping.join() !== q.rejectedGrouping.join())) {
      rows.push(r.id);
    }
    if (r.exists && !sameCells) cells.push(r.id);
  }
  return { paragraphs, texts, rows, cells };
}

/** Whether `a` still looks like `b`: same content, and every paragraph in the same row. */
export function sameContent(a: Slice, b: Slice): boolean {
  const d = diffSlices(a, b);
  if (d.paragraphs.length > 0 || d.rows.length > 0) return false;
  const rowOf = new Map(a.paragraphs.map((p) => [p.id, p.exists ? p.rowId : undefined]));
  return b.paragraphs.every((p) => rowOf.get(p.id) === (p.exists ? p.rowId : undefined));
}

/**
 * Writes `target` back: entities it says do not exist are deleted, missing ones re-created with their old ids
 * where they stood (after the same neighbour), the others given the target's content. The caller checked that
 * the slice's entities are as the operation left them, and bumps versions afterwards (see run-edit.ts).
 */
export async function restoreSlice(tx: Tx, documentId: number, target: Slice): Promise<void> {
  const current = await captureSlice(tx, documentId, idsOf(target));
  const now = new Map<string, ParagraphState | RowState>([
    ...current.paragraphs.map((p) => [`p${p.id}`, p] as const),
    ...current.rows.map((r) => [`r${r.id}`, r] as const),
  ]);
  const exists = (key: string) => now.get(key)?.exists === true;

  const rowsToDelete = target.rows.filter((r) => !r.exists && exists(`r${r.id}`)).map((r) => r.id);
  if (rowsToDelete.length > 0) await tx.alignmentRow.deleteMany({ where: { id: { in: rowsToDelete }, documentId } });
  const keptRows = target.rows.filter((r) => r.exists).map((r) => r.id);
  if (keptRows.length > 0) await tx.alignmentCell.deleteMany({ where: { rowId: { in: keptRows } } });
  const paragraphsToDelete = target.paragraphs.filter((p) => !p.exists && exists(`p${p.id}`)).map((p) => p.id);
  if (paragraphsToDelete.length > 0) await tx.paragraph.deleteMany({ where: { id: { in: paragraphsToDelete } } });

  for (const p of target.paragraphs) {
    if (!p.exists) continue;
    if (!exists(`p${p.id}`)) {
      const position = await placeParagraph(tx, p.textId, p.after, p.position);
      await tx.paragraph.create({ data: { id: p.id, textId: p.textId, position, text: p.text, kind: p.kind, detectedKind: p.detectedKind } });
    } else {
      await tx.paragraph.update({ where: { id: p.id }, data: { text: p.text, kind: p.kind } });
    }
  }
  for (const r of target.rows) {
    if (!r.exists) continue;
    const fields = {
      status: r.status,
      score: r.score,
      origin: r.origin,
      comment: r.comment,
      decidedById: r.decidedById,
      decidedAt: r.decidedAt ? new Date(r.decidedAt) : null,
      rejectedGrouping: r.rejectedGrouping,
    };
    if (!exists(`r${r.id}`)) {
      const position = await placeRow(tx, documentId, r.after, r.position);
      await tx.alignmentRow.create({ data: { id: r.id, documentId, position, ...fields } });
    } else {
      await tx.alignmentRow.update({ where: { id: r.id }, data: fields });
    }
  }
  const cells = target.rows.flatMap((r) => (r.exists ? r.cells.map((paragraphId) => ({ rowId: r.id, paragraphId })) : []));
  if (cells.length > 0) await tx.alignmentCell.createMany({ data: cells });
}

/**
 * The position for a paragraph going right after `after` in its text (first when null), moving the ones behind it
 * along when the place is taken. Positions are unique per text, so the move goes through negative numbers.
 */
export async function placeParagraph(tx: Tx, textId: number, after: number | null, hint: number): Promise<number> {
  let position = hint;
  if (after !== null) {
    const previous = await tx.paragraph.findFirst({ where: { id: after, textId }, select: { position: true } });
    if (previous) position = previous.position + 1;
  } else {
    position = 0;
  }
  const taken = await tx.paragraph.findFirst({ where: { textId, position }, select: { id: true } });
  if (taken) {
    await tx.$executeRaw`UPDATE paragraphs SET position = -position - 1 WHERE text_id = ${textId} AND position >= ${position}`;
    await tx.$executeRaw`UPDATE paragraphs SET position = -position WHERE text_id = ${textId} AND position < 0`;
  }
  return position;
}

/** The same for a row of the document (row positions are not unique, only ordered: no detour needed). */
export async function placeRow(tx: Tx, documentId: number, after: number | null, hint: number): Promise<number> {
  let position = hint;
  if (after !== null) {
    const previous = await tx.alignmentRow.findFirst({ where: { id: after, documentId }, select: { position: true } });
    if (previous) position = previous.position + 1;
  } else {
    position = 0;
  }
  await tx.$executeRaw`UPDATE alignment_rows SET position = position + 1 WHERE document_id = ${documentId} AND position >= ${position}`;
  return position;
}
