// Merges a row with the next one: its paragraphs join the first row (an n-m row the aligner missed), the second
// row goes. The merged row is unconfirmed, whatever the two were.
import "server-only";
import type { Db } from "@/lib/db/client";
import { editRefused, loadRow, neighbourRow } from "./rows";
import { runEdit, type EditOutcome } from "./run-edit";
import { assertRowVersions } from "./versions";

export interface MergeRowsOptions {
  documentId: number;
  rowId: number;
  version: number;
  nextRowId: number;
  nextVersion: number;
  actorId: number | null;
}

export async function mergeRows(db: Db, options: MergeRowsOptions): Promise<EditOutcome<{ id: number }>> {
  const { documentId, rowId, nextRowId, actorId } = options;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    await assertRowVersions(tx, documentId, [
      { id: rowId, version: options.version },
      { id: nextRowId, version: options.nextVersion },
    ]);
    const row = await loadRow(tx, documentId, rowId);
    const next = await neighbourRow(tx, documentId, row, "down");
    if (row.isReplaced || next?.id !== nextRowId) {
      throw editRefused("Only a row and the row right below it can be merged.", "editing.mergeRowsNotAdjacent");
    }
    return {
      action: "row.merge",
      touches: { paragraphIds: next.paragraphs.map((p) => p.id), rowIds: [rowId, nextRowId] },
      apply: async (tx) => {
        await tx.alignmentCell.updateMany({ where: { rowId: nextRowId }, data: { rowId } });
        await tx.alignmentRow.update({ where: { id: rowId }, data: { score: Math.min(row.score, next.score), origin: "manual" } });
        await tx.alignmentRow.delete({ where: { id: nextRowId } });
        return { result: { id: rowId } };
      },
    };
  });
}
