// A reviewer's decision on one row. Confirmed rows become anchors for every later re-alignment.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { notFound, staleVersion } from "@/lib/server/errors";

export interface SetRowStatusOptions {
  rowId: number;
  status: "AUTO" | "CONFIRMED" | "REJECTED";
  version: number;
  actorId?: number | null;
}

export async function setRowStatus(db: Db, { rowId, status, version, actorId = null }: SetRowStatusOptions) {
  return db.$transaction(async (tx) => {
    const row = await tx.alignmentRow.findUnique({ where: { id: rowId }, select: { status: true, documentId: true } });
    if (!row) throw notFound("row", rowId);
    const updated = await tx.alignmentRow.updateMany({
      where: { id: rowId, version },
      data: { status, version: { increment: 1 }, decidedById: actorId, decidedAt: new Date() },
    });
    if (updated.count === 0) throw staleVersion("row");
    await recordAudit(tx, {
      actorId,
      documentId: row.documentId,
      action: "row.status",
      entity: "alignment_rows",
      entityId: rowId,
      data: { from: row.status, to: status },
    });
    return { id: rowId, status, version: version + 1 };
  });
}
