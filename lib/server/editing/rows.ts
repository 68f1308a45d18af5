// Reading rows for the editing operations: a row with its paragraphs in order, and its live neighbours (a rejected
// row that a re-align replaced holds nothing and is skipped).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { rowGone } from "@/lib/server/document/lock-document";
import { AppError } from "@/lib/server/errors";

export interface RowParagraph {
  id: number;
  lang: string;
  position: number;
}

export interface LoadedRow {
  id: number;
  position: number;
  status: "AUTO" | "CONFIRMED" | "REJECTED";
  score: number;
  isReplaced: boolean;
  paragraphs: RowParagraph[];
}

export async function loadRow(tx: Tx, documentId: number, rowId: number): Promise<LoadedRow> {
  const row = await tx.alignmentRow.findFirst({
    where: { id: rowId, documentId },
    select: {
      id: true,
      position: true,
      status: true,
      score: true,
      rejectedGrouping: true,
      cells: { select: { paragraph: { select: { id: true, position: true, textRef: { select: { lang: true } } } } } },
    },
  });
  if (!row) throw rowGone(rowId);
  const paragraphs = row.cells
    .map(({ paragraph }) => ({ id: paragraph.id, lang: paragraph.textRef.lang, position: paragraph.position }))
    .sort((a, b) => a.lang.localeCompare(b.lang) || a.position - b.position);
  return { id: row.id, position: row.position, status: row.status, score: row.score, isReplaced: row.rejectedGrouping.length > 0 && paragraphs.length === 0, paragraphs };
}

export async function neighbourRow(tx: Tx, documentId: number, row: LoadedRow, direction: "up" | "down"): Promise<LoadedRow | null> {
  const live = (r: { rejected_grouping: number[]; cells: number }) => r.rejected_grouping.length === 0 || r.cells > 0;
  const candidates =
    direction === "up"
      ? await tx.$queryRaw<Array<{ id: number; rejected_grouping: number[]; cells: number }>>`
          SELECT r.id, r.rejected_grouping, (SELECT count(*)::int FROM alignment_cells c WHERE c.row_id = r.id) AS cells
          FROM alignment_rows r WHERE r.document_id = ${documentId} AND (r.position, r.id) < (${row.position}, ${row.id})
          ORDER BY r.position DESC, r.id DESC LIMIT 8`
      : await tx.$queryRaw<Array<{ id: number; rejected_grouping: number[]; cells: number }>>`
          SELECT r.id, r.rejected_grouping, (SELECT count(*)::int FROM alignment_cells c WHERE c.row_id = r.id) AS cells
          FROM alignment_rows r WHERE r.document_id = ${documentId} AND (r.position, r.id) > (${row.position}, ${row.id})
          ORDER BY r.position ASC, r.id ASC LIMIT 8`;
  // Replaced rejected rows stand just before the rows that took their paragraphs: a few at most in a row.
  const next = candidates.find(live);
  return next ? loadRow(tx, documentId, next.id) : null;
}

export function paragraphsOfLang(row: LoadedRow, lang: string): RowParagraph[] {
  return row.paragraphs.filter((p) => p.lang === lang);
}

export function editRefused(message: string, messageKey: string, params: Record<string, string | number> = {}): AppError {
  return new AppError("conflict", message, { messageKey, params });
}
