// Rows as the workbench and the API show them (views.ts), by id: their paragraphs per language, and for a rejected
// row a re-align replaced, the grouping it showed.
import "server-only";
import type { Db } from "@/lib/db/client";
import { lower, type ParagraphView, type RowView } from "./views";

export const paragraphSelect = { id: true, position: true, text: true, kind: true, version: true, textRef: { select: { lang: true } } } as const;

export function paragraphView(p: { id: number; position: number; text: string; kind: "BODY" | "HEADING" | "BOILERPLATE"; version: number; textRef: { lang: string } }): ParagraphView {
  return { id: p.id, lang: p.textRef.lang, position: p.position, text: p.text, kind: lower(p.kind), version: p.version };
}

export async function loadRows(db: Db, documentId: number, rowIds: readonly number[]): Promise<RowView[]> {
  if (rowIds.length === 0) return [];
  const rows = await db.alignmentRow.findMany({
    where: { id: { in: [...rowIds] }, documentId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      score: true,
      version: true,
      comment: true,
      decidedAt: true,
      rejectedGrouping: true,
      decidedBy: { select: { name: true } },
      cells: { select: { paragraph: { select: paragraphSelect } } },
    },
  });
  const replacedIds = rows.filter((r) => r.cells.length === 0 && r.rejectedGrouping.length > 0).flatMap((r) => r.rejectedGrouping);
  const replacedParagraphs = new Map(
    (replacedIds.length === 0 ? [] : await db.paragraph.findMany({ where: { id: { in: replacedIds } }, select: paragraphSelect })).map((p) => [p.id, p]),
  );
  return rows.map((r) => {
    const replaced = r.cells.length === 0 && r.rejectedGrouping.length > 0;
    const paragraphs = replaced ? r.rejectedGrouping.flatMap((id) => replacedParagraphs.get(id) ?? []) : r.cells.map((c) => c.paragraph);
    const cells: Record<string, ParagraphView[]> = {};
    for (const p of paragraphs.map(paragraphView).sort((a, b) => a.position - b.position)) (cells[p.lang] ??= []).push(p);
    return {
      id: r.id,
      status: lower(r.status),
      score: r.score,
      version: r.version,
      comment: r.comment,
      replaced,
      decidedBy: r.decidedBy?.name ?? null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      cells,
    };
  });
}
