// Inserts an empty row below a row (or at the top): somewhere to move paragraphs into by hand.
import "server-only";
import type { Db } from "@/lib/db/client";
import { loadRow } from "./rows";
import { runEdit, type EditOutcome } from "./run-edit";
import { placeRow } from "./slice";

export interface InsertRowOptions {
  documentId: number;
  /** The row the new one goes below; null for the top. */
  afterRowId: number | null;
  actorId: number | null;
}

export async function insertRow(db: Db, options: InsertRowOptions): Promise<EditOutcome<{ newRowId: number }>> {
  const { documentId, afterRowId, actorId } = options;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    const after = afterRowId === null ? null : await loadRow(tx, documentId, afterRowId);
    return {
      action: "row.insert",
      touches: { paragraphIds: [], rowIds: [] },
      apply: async (tx) => {
        const position = await placeRow(tx, documentId, after?.id ?? null, after ? after.position + 1 : 0);
        const created = await tx.alignmentRow.create({ data: { documentId, position, score: 0, origin: "manual" }, select: { id: true } });
        return { result: { newRowId: created.id }, created: { rowIds: [created.id] } };
      },
    };
  });
}
