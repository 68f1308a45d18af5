// Splits a paragraph at the cursor: the text after it becomes a new paragraph right below, in the same row (split
// the row afterwards to give it a row of its own). Whitespace at the cut goes; nothing else is changed.
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { checkParagraphText } from "./edit-paragraph-text";
import { runEdit, type EditOutcome } from "./run-edit";
import { placeParagraph } from "./slice";
import { assertParagraphVersion } from "./versions";

export interface SplitParagraphOptions {
  documentId: number;
  paragraphId: number;
  version: number;
  /** UTF-16 offset of the cursor in the paragraph's text. */
  at: number;
  actorId: number | null;
}

export async function splitParagraph(db: Db, options: SplitParagraphOptions): Promise<EditOutcome<{ id: number; newId: number }>> {
  const { documentId, paragraphId, version, actorId } = options;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    const paragraph = await assertParagraphVersion(tx, documentId, { id: paragraphId, version });
    const [head, tail] = cut(paragraph.text, options.at);
    const cell = await tx.alignmentCell.findUnique({ where: { paragraphId }, select: { rowId: true } });
    return {
      action: "paragraph.split",
      touches: { paragraphIds: [paragraphId], rowIds: cell ? [cell.rowId] : [] },
      apply: async (tx) => {
        const { kind, position } = await tx.paragraph.update({ where: { id: paragraphId }, data: { text: head }, select: { kind: true, position: true } });
        const at = await placeParagraph(tx, paragraph.textId, paragraphId, position + 1);
        const created = await tx.paragraph.create({
          data: { textId: paragraph.textId, position: at, text: tail, kind, detectedKind: kind },
          select: { id: true },
        });
        if (cell) await tx.alignmentCell.create({ data: { rowId: cell.rowId, paragraphId: created.id } });
        return { result: { id: paragraphId, newId: created.id }, created: { paragraphIds: [created.id] } };
      },
    };
  });
}

function cut(text: string, at: number): [string, string] {
  // Never between the two halves of a surrogate pair.
  const offset = at > 0 && at < text.length && /[\udc00-\udfff]/.test(text[at]!) ? at + 1 : at;
  const head = text.slice(0, offset).trimEnd();
  const tail = text.slice(offset).trimStart();
  if (!Number.isInteger(at) || head.trim() === "" || tail.trim() === "") {
    throw new AppError("validation", "Put the cursor inside the text: both parts of a split need some text.", { messageKey: "editing.splitAtEdge" });
  }
  return [checkParagraphText(head), checkParagraphText(tail)];
}
