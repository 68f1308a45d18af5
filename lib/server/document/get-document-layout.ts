// The order of everything the workbench shows for a document, as item keys ("r<row id>", "p<paragraph id>"), and a
// key that changes whenever that order does: the page holds the whole order (a few bytes an item, so a 7,000-row
// document scrolls to any row at once) and loads the items' texts page by page.
import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { looseItemKey, rowItemKey } from "./views";
import { layoutWorkbenchRows } from "./workbench-rows";

export interface DocumentLayout {
  key: string;
  items: string[];
}

export async function getDocumentLayout(db: Db, documentId: number): Promise<DocumentLayout> {
  const texts = await db.text.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true, lang: true } });
  if (texts.length === 0 && !(await db.document.findUnique({ where: { id: documentId }, select: { id: true } }))) throw notFound("document", documentId);
  const [paragraphs, rows] = await Promise.all([
    db.$queryRaw<Array<{ id: number; text_id: number; position: number }>>`
      SELECT p.id, p.text_id, p.position FROM paragraphs p JOIN texts t ON t.id = p.text_id
      WHERE t.document_id = ${documentId} ORDER BY p.text_id, p.position`,
    db.$queryRaw<Array<{ id: number; rejected_grouping: number[]; cells: number[] | null }>>`
      SELECT r.id, r.rejected_grouping, (SELECT array_agg(c.paragraph_id) FROM alignment_cells c WHERE c.row_id = r.id) AS cells
      FROM alignment_rows r WHERE r.document_id = ${documentId} ORDER BY r.position, r.id`,
  ]);
  const langOf = new Map(texts.map((t) => [t.id, t.lang]));
  const byLang: Record<string, Array<{ id: number; position: number }>> = Object.fromEntries(texts.map((t) => [t.lang, []]));
  for (const p of paragraphs) byLang[langOf.get(p.text_id)!]!.push({ id: p.id, position: p.position });
  const entries = layoutWorkbenchRows({
    langs: texts.map((t) => t.lang),
    paragraphs: byLang,
    rows: rows.map((r) => {
      const replaced = (r.cells ?? []).length === 0 && r.rejected_grouping.length > 0;
      return { id: r.id, replaced, paragraphIds: replaced ? r.rejected_grouping : (r.cells ?? []) };
    }),
  });
  const items = entries.map((e) => (e.type === "row" ? rowItemKey(e.id) : looseItemKey(e.paragraphId)));
  return { key: createHash("sha1").update(items.join(",")).digest("base64url").slice(0, 16), items };
}
