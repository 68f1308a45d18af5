// Marks a paragraph as web clutter, or restores it. Clutter leaves its alignment row (an emptied row goes; a
// confirmed row it leaves goes back to unconfirmed, and says so); a paragraph restored from clutter is placed by
// re-aligning the undecided rows, in the same transaction as the change of kind.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { realignAround } from "@/lib/server/alignment/realign-document";
import { recordAudit } from "@/lib/server/audit";
import { lockDocumentOfParagraph } from "@/lib/server/document/lock-document";
import { notFound, staleVersion } from "@/lib/server/errors";

type Kind = "BODY" | "HEADING" | "BOILERPLATE";

export interface SetParagraphKindOptions {
  paragraphId: number;
  kind: Kind;
  /** The version the user saw; a newer one means someone else changed it meanwhile. */
  version: number;
  actorId?: number | null;
}

export interface SetParagraphKindResult {
  documentId: number;
  changed: boolean;
  version: number;
}

export async function setParagraphKind(db: Db, options: SetParagraphKindOptions): Promise<SetParagraphKindResult> {
  const { paragraphId, kind, version, actorId = null } = options;
  const current = await db.paragraph.findUnique({
    where: { id: paragraphId },
    select: { kind: true, version: true, textRef: { select: { documentId: true } } },
  });
  if (!current) throw notFound("paragraph", paragraphId);
  const documentId = current.textRef.documentId;
  if (current.kind === kind) return { documentId, changed: false, version: current.version };
  if (current.version !== version) throw staleVersion("paragraph");

  // Out of clutter: the paragraph needs a row, which only an alignment of its neighbourhood can give it.
  if (current.kind === "BOILERPLATE") {
    const { applied } = await realignAround(
      db,
      { documentId, actorId },
      { overrides: { kinds: new Map([[paragraphId, kind]]) }, apply: (tx) => changeKind(tx, options) },
    );
    return applied!;
  }
  return db.$transaction(async (tx) => {
    await lockDocumentOfParagraph(tx, paragraphId);
    return changeKind(tx, options);
  });
}

async function changeKind(tx: Tx, { paragraphId, kind, version, actorId = null }: SetParagraphKindOptions): Promise<SetParagraphKindResult> {
  const paragraph = await tx.paragraph.findUnique({
    where: { id: paragraphId },
    select: { kind: true, text: true, textRef: { select: { documentId: true } }, cell: { select: { row: { select: { id: true, status: true } } } } },
  });
  if (!paragraph) throw notFound("paragraph", paragraphId);
  const documentId = paragraph.textRef.documentId;
  const updated = await tx.paragraph.updateMany({ where: { id: paragraphId, version }, data: { kind, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion("paragraph");
  await tx.paragraphRevision.create({ data: { paragraphId, version: version + 1, text: paragraph.text, kind, authorId: actorId } });
  await recordAudit(tx, {
    actorId,
    documentId,
    action: "paragraph.kind",
    entity: "paragraphs",
    entityId: paragraphId,
    data: { from: paragraph.kind, to: kind },
  });

  const row = paragraph.cell?.row;
  if (kind === "BOILERPLATE" && row) {
    await tx.sentence.deleteMany({ where: { paragraphId } });
    await tx.alignmentCell.delete({ where: { paragraphId } });
    const remaining = await tx.alignmentCell.count({ where: { rowId: row.id } });
    if (remaining === 0) {
      await tx.alignmentRow.delete({ where: { id: row.id } });
    } else {
      // The row's content changed: a decision about it no longer holds.
      await tx.alignmentRow.update({
        where: { id: row.id },
        data: { version: { increment: 1 }, ...(row.status === "AUTO" ? {} : { status: "AUTO", decidedById: actorId, decidedAt: new Date() }) },
      });
      if (row.status !== "AUTO") {
        await recordAudit(tx, {
          actorId,
          documentId,
          action: "row.reset",
          entity: "alignment_rows",
          entityId: row.id,
          data: { reason: "paragraph-marked-clutter", from: row.status, paragraph: paragraphId },
        });
      }
    }
  }
  return { documentId, changed: true, version: version + 1 };
}
