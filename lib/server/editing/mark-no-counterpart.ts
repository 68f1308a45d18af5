// Marks a paragraph as having no counterpart: it leaves its row for a row of its own, above the row when it is its
// language's first paragraph there, below when it is the last (from the middle, split the row first).
import "server-only";
import type { Db } from "@/lib/db/client";
import { editRefused, loadRow, paragraphsOfLang } from "./rows";
import { runEdit, type EditOutcome } from "./run-edit";
import { placeRow } from "./slice";
import { assertRowVersions } from "./versions";

export interface MarkNoCounterpartOptions {
  documentId: number;
  paragraphId: number;
  rowId: number;
  rowVersion: number;
  actorId: number | null;
}

export async function markNoCounterpart(db: Db, options: MarkNoCounterpartOptions): Promise<EditOutcome<{ rowId: number; newRowId: number }>> {
  const { documentId, paragraphId, rowId, actorId } = options;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    await assertRowVersions(tx, documentId, [{ id: rowId, version: options.rowVersion }]);
    const row = await loadRow(tx, documentId, rowId);
    const paragraph = row.paragraphs.find((p) => p.id === paragraphId);
    if (!paragraph) throw editRefused("That paragraph is not in this row.", "editing.notInRow");
    if (row.paragraphs.length === 1) throw editRefused("This paragraph already has a row of its own.", "editing.alreadyAlone");
    const same = paragraphsOfLang(row, paragraph.lang);
    const isFirst = same[0]!.id === paragraphId;
    const isLast = same.at(-1)!.id === paragraphId;
    if (!isFirst && !isLast) throw editRefused("Split the row first: this paragraph sits between two others.", "editing.noCounterpartMiddle");
    return {
      action: "row.no-counterpart",
      touches: { paragraphIds: [paragraphId], rowIds: [rowId] },
      apply: async (tx) => {
        const above = await tx.alignmentRow.findFirst({
          where: { documentId, OR: [{ position: { lt: row.position } }, { position: row.position, id: { lt: row.id } }] },
          orderBy: [{ position: "desc" }, { id: "desc" }],
          select: { id: true },
        });
        const position = await placeRow(tx, documentId, isFirst ? (above?.id ?? null) : rowId, isFirst ? row.position : row.position + 1);
        const created = await tx.alignmentRow.create({ data: { documentId, position, score: 1, origin: "manual" }, select: { id: true } });
        await tx.alignmentCell.update({ where: { paragraphId }, data: { rowId: created.id } });
        return { result: { rowId, newRowId: created.id }, created: { rowIds: [created.id] } };
      },
    };
  });
}
