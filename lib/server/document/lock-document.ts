// The one lock order for every writer: the document first, then its rows and paragraphs. Two writers of one
// document queue on this row lock instead of each holding a row the other needs (which PostgreSQL reports as a
// deadlock). Writers that start from a row or a paragraph look up its document, lock it, then read again.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/server/errors";

export interface LockedDocument {
  id: number;
  corpusId: number;
  pivotLang: string;
}

export async function lockDocument(tx: Tx, documentId: number): Promise<LockedDocument> {
  const rows = await tx.$queryRaw<Array<{ id: number; corpus_id: number; pivot_lang: string }>>`
    SELECT id, corpus_id, pivot_lang FROM documents WHERE id = ${documentId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw notFound("document", documentId);
  return { id: row.id, corpusId: row.corpus_id, pivotLang: row.pivot_lang };
}

/** Locks the document of a row; the row may be gone once the lock is ours, so callers read it again. */
export async function lockDocumentOfRow(tx: Tx, rowId: number): Promise<LockedDocument> {
  const row = await tx.alignmentRow.findUnique({ where: { id: rowId }, select: { documentId: true } });
  if (!row) throw rowGone(rowId);
  return lockDocument(tx, row.documentId);
}

export async function lockDocumentOfParagraph(tx: Tx, paragraphId: number): Promise<LockedDocument> {
  const paragraph = await tx.paragraph.findUnique({ where: { id: paragraphId }, select: { textRef: { select: { documentId: true } } } });
  if (!paragraph) throw notFound("paragraph", paragraphId);
  return lockDocument(tx, paragraph.textRef.documentId);
}

/** A row that no longer exists was most often replaced by a re-align: say so rather than "stale version". */
export function rowGone(rowId: number): AppError {
  return new AppError("not_found", `Row ${rowId} no longer exists: a re-align or an edit replaced it. Reload to see the current rows.`, {
    messageKey: "errors.rowGone",
    params: { id: rowId },
  });
}
