// Undo and redo of a user's own last actions on a document. Undo writes back the slice from before the action, but
// only while everything it touched still reads as the action left it; redo the reverse. Someone else's change in
// between makes it a conflict that names them: nothing is overwritten silently.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { lockDocument } from "@/lib/server/document/lock-document";
import { AppError } from "@/lib/server/errors";
import { settle, versionsOf, type EditOutcome } from "./run-edit";
import { captureSlice, idsOf, restoreSlice, sameContent, type Slice } from "./slice";

export interface UndoOptions {
  documentId: number;
  actorId: number | null;
}

export interface UndoResult {
  action: string;
  operationId: number;
}

export function undoEdit(db: Db, options: UndoOptions): Promise<EditOutcome<UndoResult>> {
  return step(db, options, "undo");
}

export function redoEdit(db: Db, options: UndoOptions): Promise<EditOutcome<UndoResult>> {
  return step(db, options, "redo");
}

/** What the page shows on its undo and redo buttons. */
export async function undoState(db: Db, { documentId, actorId }: UndoOptions): Promise<{ undo: string | null; redo: string | null }> {
  const [undo, redo] = await Promise.all([
    db.editOperation.findFirst({ where: { documentId, userId: actorId, undoneAt: null }, orderBy: { id: "desc" }, select: { action: true } }),
    db.editOperation.findFirst({ where: { documentId, userId: actorId, undoneAt: { not: null } }, orderBy: { id: "asc" }, select: { action: true } }),
  ]);
  return { undo: undo?.action ?? null, redo: redo?.action ?? null };
}

async function step(db: Db, { documentId, actorId }: UndoOptions, direction: "undo" | "redo"): Promise<EditOutcome<UndoResult>> {
  return db.$transaction(async (tx) => {
    const { pivotLang } = await lockDocument(tx, documentId);
    // Undone operations form the tail of a user's list (a new action deletes them): undo takes the last one not
    // undone, redo the first one undone.
    const operation = await tx.editOperation.findFirst({
      where: { documentId, userId: actorId, undoneAt: direction === "undo" ? null : { not: null } },
      orderBy: { id: direction === "undo" ? "desc" : "asc" },
    });
    if (!operation) {
      throw new AppError("conflict", direction === "undo" ? "There is nothing to undo." : "There is nothing to redo.", {
        messageKey: direction === "undo" ? "editing.nothingToUndo" : "editing.nothingToRedo",
      });
    }
    const before = operation.before as unknown as Slice;
    const after = operation.after as unknown as Slice;
    const [expected, target] = direction === "undo" ? [after, before] : [before, after];
    const current = await captureSlice(tx, documentId, idsOf(before, after));
    if (!sameContent(current, expected)) {
      throw new AppError("conflict", `This ${direction} would overwrite changes made since; it was not done.`, {
        messageKey: direction === "undo" ? "editing.undoConflict" : "editing.redoConflict",
        params: { action: operation.action },
      });
    }
    await restoreSlice(tx, documentId, target);
    const settled = await settle(tx, { documentId, actorId }, current, pivotLang, { resetDecisions: false });
    await tx.editOperation.update({ where: { id: operation.id }, data: { undoneAt: direction === "undo" ? new Date() : null } });
    await recordAudit(tx, {
      actorId,
      documentId,
      action: `edit.${direction}`,
      entity: "edit_operations",
      entityId: operation.id,
      data: { action: operation.action, ...settled.changed } as Prisma.InputJsonObject,
    });
    return {
      result: { action: operation.action, operationId: operation.id },
      operationId: operation.id,
      changed: settled.changed,
      unconfirmed: [],
      versions: await versionsOf(tx, settled.changed),
    };
  });
}
