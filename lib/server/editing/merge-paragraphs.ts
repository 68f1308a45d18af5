// Merges a paragraph with the next one of its text: one paragraph, the two texts joined by a space, in the first
// one's row; the second leaves its row (a row left empty goes).
import "server-only";
import type { Db } from "@/lib/db/client";
import { checkParagraphText } from "./edit-paragraph-text";
import { editRefused } from "./rows";
import { runEdit, type EditOutcome } from "./run-edit";
import { assertParagraphVersion } from "./versions";

export interface MergeParagraphsOptions {
  documentId: number;
  paragraphId: number;
  version: number;
  /** The next paragraph as the page saw it; when the page has not loaded it, the next one in the text. */
  nextId?: number;
  nextVersion?: number;
  actorId: number | null;
}

export async function mergeParagraphs(db: Db, options: MergeParagraphsOptions): Promise<EditOutcome<{ id: number }>> {
  const { documentId, paragraphId, actorId } = options;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    const first = await assertParagraphVersion(tx, documentId, { id: paragraphId, version: options.version });
    const { position } = await tx.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { position: true } });
    const following = await tx.paragraph.findFirst({ where: { textId: first.textId, position: { gt: position } }, orderBy: { position: "asc" }, select: { id: true, version: true } });
    const nextId = options.nextId ?? following?.id;
    if (nextId === undefined) throw editRefused("This is the last paragraph of its text: there is nothing to merge it with.", "editing.mergeNotAdjacent");
    const second = await assertParagraphVersion(tx, documentId, { id: nextId, version: options.nextVersion ?? following!.version });
    const positions = await tx.paragraph.findMany({ where: { id: { in: [paragraphId, nextId] } }, select: { id: true, position: true } });
    const [a, b] = [positions.find((p) => p.id === paragraphId)!, positions.find((p) => p.id === nextId)!];
    const between = await tx.paragraph.count({ where: { textId: first.textId, position: { gt: a.position, lt: b.position } } });
    if (second.textId !== first.textId || b.position <= a.position || between > 0) {
      throw editRefused("Only a paragraph and the one right after it in the same text can be merged.", "editing.mergeNotAdjacent");
    }
    const text = checkParagraphText(`${first.text.trimEnd()} ${second.text.trimStart()}`);
    const cells = await tx.alignmentCell.findMany({ where: { paragraphId: { in: [paragraphId, nextId] } }, select: { rowId: true, paragraphId: true } });
    const secondRow = cells.find((c) => c.paragraphId === nextId)?.rowId;
    return {
      action: "paragraph.merge",
      touches: { paragraphIds: [paragraphId, nextId], rowIds: cells.map((c) => c.rowId) },
      apply: async (tx) => {
        await tx.paragraph.update({ where: { id: paragraphId }, data: { text } });
        await tx.paragraph.delete({ where: { id: nextId } });
        if (secondRow !== undefined && secondRow !== cells.find((c) => c.paragraphId === paragraphId)?.rowId) {
          const left = await tx.alignmentCell.count({ where: { rowId: secondRow } });
          if (left === 0) await tx.alignmentRow.delete({ where: { id: secondRow } });
        }
        return { result: { id: paragraphId } };
      },
    };
  });
}
