// Which document a row or paragraph belongs to: every edit locks and checks within its document.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { rowGone } from "./lock-document";

export async function documentOfRow(db: Db, rowId: number): Promise<number> {
  const row = await db.alignmentRow.findUnique({ where: { id: rowId }, select: { documentId: true } });
  if (!row) throw rowGone(rowId);
  return row.documentId;
}

export async function documentOfParagraph(db: Db, paragraphId: number): Promise<number> {
  const paragraph = await db.paragraph.findUnique({ where: { id: paragraphId }, select: { textRef: { select: { documentId: true } } } });
  if (!paragraph) throw notFound("paragraph", paragraphId);
  return paragraph.textRef.documentId;
}
