// A translator fixes a paragraph's text in place. Each save is a revision (who, when, before, after); an edit
// inside a decided row turns the row back to unconfirmed and says so (run-edit.ts).
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { runEdit, type EditOutcome } from "./run-edit";
import { assertParagraphVersion } from "./versions";

/** Far above any real paragraph (a long one is a few kilobytes), far below what would strain a page or a row. */
export const MAX_PARAGRAPH_CHARS = 100_000;

export interface EditParagraphTextOptions {
  documentId: number;
  paragraphId: number;
  version: number;
  text: string;
  actorId: number | null;
  /** "paragraph.edit", or "paragraph.restore" when the text comes from an earlier revision. */
  action?: string;
}

export async function editParagraphText(db: Db, options: EditParagraphTextOptions): Promise<EditOutcome<{ id: number }>> {
  const { documentId, paragraphId, version, actorId } = options;
  const text = checkParagraphText(options.text);
  return runEdit(db, { documentId, actorId }, async (tx) => {
    await assertParagraphVersion(tx, documentId, { id: paragraphId, version });
    const cell = await tx.alignmentCell.findUnique({ where: { paragraphId }, select: { rowId: true } });
    return {
      action: options.action ?? "paragraph.edit",
      touches: { paragraphIds: [paragraphId], rowIds: cell ? [cell.rowId] : [] },
      apply: async (tx) => {
        await tx.paragraph.update({ where: { id: paragraphId }, data: { text } });
        return { result: { id: paragraphId } };
      },
    };
  });
}

/** Paragraph text as typed, kept exactly (no normalization); only blank or oversized text is refused. */
export function checkParagraphText(text: string): string {
  if (text.trim().length === 0) {
    throw new AppError("validation", "A paragraph cannot be empty: merge it with another or mark it as clutter.", {
      messageKey: "editing.emptyParagraph",
      problems: [{ field: "text", messageKey: "editing.emptyParagraph", message: "A paragraph cannot be empty." }],
    });
  }
  if (text.length > MAX_PARAGRAPH_CHARS) {
    throw new AppError("payload_too_large", `A paragraph holds at most ${MAX_PARAGRAPH_CHARS} characters; this one has ${text.length}.`, {
      messageKey: "editing.paragraphTooLong",
      params: { max: MAX_PARAGRAPH_CHARS, length: text.length },
    });
  }
  return text;
}
