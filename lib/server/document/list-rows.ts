// Rows for scripts, in document order and in pages: a cursor (the last row id of the previous page) rather than an
// offset, so that paging stays right while others edit.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { loadRows } from "./load-rows";
import type { RowView } from "./views";

export const MAX_ROWS_PAGE = 1000;

export async function listRows(db: Db, documentId: number, { after, limit }: { after?: number; limit: number }): Promise<{ rows: RowView[]; next: number | null }> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw notFound("document", documentId);
  const from = after === undefined ? null : await db.alignmentRow.findFirst({ where: { id: after, documentId }, select: { id: true, position: true } });
  if (after !== undefined && !from) throw notFound("row", after);
  const page = await db.alignmentRow.findMany({
    where: { documentId, ...(from ? { OR: [{ position: { gt: from.position } }, { position: from.position, id: { gt: from.id } }] } : {}) },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true },
  });
  const ids = page.slice(0, limit).map((r) => r.id);
  const langs = await db.text.findMany({ where: { documentId }, select: { lang: true } });
  const rows = await loadRows(db, documentId, ids);
  for (const row of rows) for (const { lang } of langs) row.cells[lang] ??= [];
  return { rows, next: page.length > limit ? ids.at(-1)! : null };
}
