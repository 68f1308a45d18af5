// Splits a row before one of its paragraphs: that paragraph and the ones after it in its language move to a new
// row right below; the other languages stay (move them down one by one if they belong below too).
import "server-only";
import type { Db } from "@/lib/db/client";
import { editRefused, loadRow, paragraphsOfLang } from "./rows";
import { runEdit, type EditOutcome } from "./run-edit";
import { placeRow } from "./slice";
import { assertRowVersions } from "./versions";

export interface SplitRowOptions {
  documentId: number;
  rowId: number;
  version: number;
  /** The first paragraph of the new row. */
  paragraphId: number;
  actorId: number | null;
}

export async function splitRow(db: Db, options: SplitRowOptions): Promise<EditOutcome<{ id: number; newRowId: number }>> {
  const { documentId, rowId, paragraphId, actorId } = options;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    await assertRowVersions(tx, documentId, [{ id: rowId, version: options.version }]);
    const row = await loadRow(tx, documentId, rowId);
    const paragraph = row.paragraphs.find((p) => p.id === paragraphId);
    if (!paragraph || row.paragraphs.length < 2) {
      throw editRefused("Choose a paragraph of this row, in a row that holds more than one.", "editing.splitRowNeedsParagraph");
    }
    const moving = paragraphsOfLang(row, paragraph.lang).filter((p) => p.position >= paragraph.position);
    if (moving.length === row.paragraphs.length) {
      throw editRefused("Splitting here would leave the row empty.", "editing.splitRowEmpty");
    }
    return {
      action: "row.split",
      touches: { paragraphIds: moving.map((p) => p.id), rowIds: [rowId] },
      apply: async (tx) => {
        const position = await placeRow(tx, documentId, rowId, row.position + 1);
        const created = await tx.alignmentRow.create({ data: { documentId, position, score: row.score, origin: "manual" }, select: { id: true } });
        await tx.alignmentCell.updateMany({ where: { paragraphId: { in: moving.map((p) => p.id) } }, data: { rowId: created.id } });
        return { result: { id: rowId, newRowId: created.id }, created: { rowIds: [created.id] } };
      },
    };
  });
}
