// A reviewer's decision on one row. Confirmed rows become anchors for every later re-alignment; rejected rows are
// kept and their grouping is never proposed again.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { lockDocumentOfRow, rowGone } from "@/lib/server/document/lock-document";
import { AppError, staleVersion } from "@/lib/server/errors";

export interface SetRowStatusOptions {
  rowId: number;
  status: "AUTO" | "CONFIRMED" | "REJECTED";
  version: number;
  actorId?: number | null;
}

export async function setRowStatus(db: Db, { rowId, status, version, actorId = null }: SetRowStatusOptions) {
  return db.$transaction(async (tx) => {
    const { id: documentId } = await lockDocumentOfRow(tx, rowId);
    const row = await tx.alignmentRow.findUnique({ where: { id: rowId }, select: { status: true, version: true, rejectedGrouping: true } });
    if (!row) throw rowGone(rowId);
    if (row.version !== version) throw staleVersion("row");
    // A rejected row whose paragraphs a re-align gave to other rows holds nothing left to confirm.
    if (row.rejectedGrouping.length > 0 && status !== "REJECTED") {
      throw new AppError("conflict", "This rejected alignment was replaced by a re-align; its paragraphs are in the rows below it.", {
        messageKey: "errors.rowReplaced",
      });
    }
    await tx.alignmentRow.update({
      where: { id: rowId },
      data: { status, version: { increment: 1 }, decidedById: actorId, decidedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId,
      documentId,
      action: "row.status",
      entity: "alignment_rows",
      entityId: rowId,
      data: { from: row.status, to: status },
    });
    return { id: rowId, status, version: version + 1 };
  });
}
