// Moves a paragraph to the row above or below. Order is kept: only the first paragraph of its language in a row
// can go up, only the last can go down. A row left empty goes.
import "server-only";
import type { Db } from "@/lib/db/client";
import { editRefused, loadRow, neighbourRow, paragraphsOfLang } from "./rows";
import { runEdit, type EditOutcome } from "./run-edit";
import { assertRowVersions } from "./versions";

export interface MoveParagraphOptions {
  documentId: number;
  paragraphId: number;
  rowId: number;
  rowVersion: number;
  direction: "up" | "down";
  actorId: number | null;
}

export async function moveParagraph(db: Db, options: MoveParagraphOptions): Promise<EditOutcome<{ rowId: number; targetRowId: number }>> {
  const { documentId, paragraphId, rowId, direction, actorId } = options;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    await assertRowVersions(tx, documentId, [{ id: rowId, version: options.rowVersion }]);
    const row = await loadRow(tx, documentId, rowId);
    const paragraph = row.paragraphs.find((p) => p.id === paragraphId);
    if (!paragraph) throw editRefused("That paragraph is not in this row.", "editing.notInRow");
    const same = paragraphsOfLang(row, paragraph.lang);
    const edge = direction === "up" ? same[0] : same.at(-1);
    if (edge?.id !== paragraphId) {
      throw editRefused(
        direction === "up" ? "Only the first paragraph of a language can move to the row above." : "Only the last paragraph of a language can move to the row below.",
        direction === "up" ? "editing.moveUpNotFirst" : "editing.moveDownNotLast",
      );
    }
    const target = await neighbourRow(tx, documentId, row, direction);
    if (!target) throw editRefused("There is no row there to move it to.", "editing.noRowThere");
    return {
      action: direction === "up" ? "row.move-up" : "row.move-down",
      touches: { paragraphIds: [paragraphId], rowIds: [rowId, target.id] },
      apply: async (tx) => {
        await tx.alignmentCell.update({ where: { paragraphId }, data: { rowId: target.id } });
        if (row.paragraphs.length === 1) await tx.alignmentRow.delete({ where: { id: rowId } });
        else await tx.alignmentRow.update({ where: { id: rowId }, data: { origin: "manual" } });
        await tx.alignmentRow.update({ where: { id: target.id }, data: { origin: "manual" } });
        return { result: { rowId, targetRowId: target.id } };
      },
    };
  });
}
