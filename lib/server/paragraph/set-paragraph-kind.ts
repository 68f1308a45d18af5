// Marks a paragraph as web clutter, or restores it. Clutter leaves its alignment row (an emptied row goes);
// a restored paragraph is placed again by re-aligning the unconfirmed rows, in the same transaction.
import "server-only";
import type { Db } from "@/lib/db/client";
import { realignWithin, TRANSACTION_OPTIONS } from "@/lib/server/alignment/realign-document";
import { recordAudit } from "@/lib/server/audit";
import { notFound, staleVersion } from "@/lib/server/errors";

export interface SetParagraphKindOptions {
  paragraphId: number;
  kind: "BODY" | "HEADING" | "BOILERPLATE";
  /** The version the user saw; a newer one means someone else changed it meanwhile. */
  version: number;
  actorId?: number | null;
}

export async function setParagraphKind(db: Db, options: SetParagraphKindOptions) {
  const { paragraphId, kind, version, actorId = null } = options;
  return db.$transaction(async (tx) => {
    const paragraph = await tx.paragraph.findUnique({
      where: { id: paragraphId },
      select: { kind: true, text: true, version: true, textRef: { select: { documentId: true } }, cell: { select: { rowId: true } } },
    });
    if (!paragraph) throw notFound("paragraph", paragraphId);
    if (paragraph.kind === kind) return { documentId: paragraph.textRef.documentId, changed: false, version: paragraph.version };

    const updated = await tx.paragraph.updateMany({ where: { id: paragraphId, version }, data: { kind, version: { increment: 1 } } });
    if (updated.count === 0) throw staleVersion("paragraph");
    await tx.paragraphRevision.create({ data: { paragraphId, version: version + 1, text: paragraph.text, kind, authorId: actorId } });

    const leavesAlignment = kind === "BOILERPLATE" && paragraph.cell !== null;
    if (leavesAlignment) {
      await tx.sentence.deleteMany({ where: { paragraphId } });
      await tx.alignmentCell.delete({ where: { paragraphId } });
      const rowId = paragraph.cell!.rowId;
      const remaining = await tx.alignmentCell.count({ where: { rowId } });
      if (remaining === 0) await tx.alignmentRow.delete({ where: { id: rowId } });
      else await tx.alignmentRow.update({ where: { id: rowId }, data: { version: { increment: 1 } } });
    }
    await recordAudit(tx, {
      actorId,
      documentId: paragraph.textRef.documentId,
      action: "paragraph.kind",
      entity: "paragraphs",
      entityId: paragraphId,
      data: { from: paragraph.kind, to: kind },
    });
    if (kind !== "BOILERPLATE") await realignWithin(tx, { documentId: paragraph.textRef.documentId, actorId });
    return { documentId: paragraph.textRef.documentId, changed: true, version: version + 1 };
  }, TRANSACTION_OPTIONS);
}
