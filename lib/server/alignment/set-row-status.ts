// A reviewer's decision on one row, with an optional comment. Confirmed rows become anchors for every later
// re-alignment; rejected rows are kept and their grouping is never proposed again. Undoable like every edit.
import "server-only";
import type { Db } from "@/lib/db/client";
import { rowGone } from "@/lib/server/document/lock-document";
import { runEdit, type EditOutcome } from "@/lib/server/editing/run-edit";
import { loadRow } from "@/lib/server/editing/rows";
import { assertRowVersions } from "@/lib/server/editing/versions";
import { AppError } from "@/lib/server/errors";

export type RowStatus = "AUTO" | "CONFIRMED" | "REJECTED";

export interface SetRowStatusOptions {
  rowId: number;
  status: RowStatus;
  version: number;
  comment?: string;
  actorId?: number | null;
}

export interface SetRowStatusResult {
  id: number;
  status: RowStatus;
}

export async function setRowStatus(db: Db, options: SetRowStatusOptions): Promise<EditOutcome<SetRowStatusResult>> {
  const { rowId, status, version, actorId = null } = options;
  const located = await db.alignmentRow.findUnique({ where: { id: rowId }, select: { documentId: true } });
  if (!located) throw rowGone(rowId);
  const documentId = located.documentId;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    await assertRowVersions(tx, documentId, [{ id: rowId, version }]);
    const row = await loadRow(tx, documentId, rowId);
    // A rejected row whose paragraphs a re-align gave to other rows holds nothing left to confirm.
    if (row.isReplaced && status !== "REJECTED") {
      throw new AppError("conflict", "This rejected alignment was replaced by a re-align; its paragraphs are in the rows below it.", {
        messageKey: "errors.rowReplaced",
      });
    }
    return {
      action: "row.status",
      touches: { paragraphIds: [], rowIds: [rowId] },
      details: { from: row.status, to: status, comment: options.comment ?? "" },
      apply: async (tx) => {
        await tx.alignmentRow.update({
          where: { id: rowId },
          data: { status, decidedById: actorId, decidedAt: new Date(), ...(options.comment !== undefined ? { comment: options.comment } : {}) },
        });
        return { result: { id: rowId, status } };
      },
    };
  });
}
