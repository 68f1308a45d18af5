// Marks a paragraph as web clutter, or restores it. Clutter leaves its alignment row (an emptied row goes; a decided
// row it leaves goes back to unconfirmed, and says so): an edit like any other, undoable. A paragraph restored from
// clutter is placed by re-aligning the undecided rows, in the same transaction as the change of kind.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { realignAround } from "@/lib/server/alignment/realign-document";
import { recordAudit } from "@/lib/server/audit";
import { lockDocumentOfParagraph } from "@/lib/server/document/lock-document";
import { runEdit } from "@/lib/server/editing/run-edit";
import { assertParagraphVersion } from "@/lib/server/editing/versions";
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
  unconfirmed: number[];
}

export async function setParagraphKind(db: Db, options: SetParagraphKindOptions): Promise<SetParagraphKindResult> {
  const { paragraphId, kind, version, actorId = null } = options;
  const current = await db.paragraph.findUnique({
    where: { id: paragraphId },
    select: { kind: true, version: true, textRef: { select: { documentId: true } } },
  });
  if (!current) throw notFound("paragraph", paragraphId);
  const documentId = current.textRef.documentId;
  if (current.kind === kind) return { documentId, changed: false, version: current.version, unconfirmed: [] };
  if (current.version !== version) throw staleVersion("paragraph");

  // Out of clutter: the paragraph needs a row, which only an alignment of its neighbourhood can give it.
  if (current.kind === "BOILERPLATE") {
    const { applied } = await realignAround(
      db,
      { documentId, actorId },
      { overrides: { kinds: new Map([[paragraphId, kind]]) }, apply: (tx) => restoreKind(tx, documentId, options) },
    );
    return applied!;
  }

  const outcome = await runEdit(db, { documentId, actorId }, async (tx) => {
    await assertParagraphVersion(tx, documentId, { id: paragraphId, version });
    const cell = await tx.alignmentCell.findUnique({ where: { paragraphId }, select: { rowId: true } });
    return {
      action: kind === "BOILERPLATE" ? "paragraph.clutter" : "paragraph.kind",
      touches: { paragraphIds: [paragraphId], rowIds: cell ? [cell.rowId] : [] },
      apply: async (tx) => {
        await tx.paragraph.update({ where: { id: paragraphId }, data: { kind } });
        if (kind === "BOILERPLATE" && cell) {
          await tx.alignmentCell.delete({ where: { paragraphId } });
          if ((await tx.alignmentCell.count({ where: { rowId: cell.rowId } })) === 0) await tx.alignmentRow.delete({ where: { id: cell.rowId } });
        }
        return { result: null };
      },
    };
  });
  return { documentId, changed: true, version: outcome.versions.paragraphs[paragraphId] ?? version + 1, unconfirmed: outcome.unconfirmed };
}

// Inside the re-align's transaction: the kind, its revision and audit; the re-align then writes the paragraph's row.
async function restoreKind(tx: Tx, documentId: number, { paragraphId, kind, version, actorId = null }: SetParagraphKindOptions): Promise<SetParagraphKindResult> {
  await lockDocumentOfParagraph(tx, paragraphId);
  const paragraph = await assertParagraphVersion(tx, documentId, { id: paragraphId, version });
  await tx.paragraph.update({ where: { id: paragraphId }, data: { kind, version: { increment: 1 } } });
  await tx.paragraphRevision.upsert({
    where: { paragraphId_version: { paragraphId, version } },
    create: { paragraphId, version, text: paragraph.text, kind: "BOILERPLATE", authorId: null },
    update: {},
  });
  await tx.paragraphRevision.create({ data: { paragraphId, version: version + 1, text: paragraph.text, kind, authorId: actorId } });
  await recordAudit(tx, { actorId, documentId, action: "paragraph.kind", entity: "paragraphs", entityId: paragraphId, data: { from: "BOILERPLATE", to: kind, paragraphs: [paragraphId] } });
  return { documentId, changed: true, version: version + 1, unconfirmed: [] };
}
