// Confirms every undecided row at or above a score in one action. The page first asks how many that is
// (countRowsAbove) and sends the count it showed: if it changed meanwhile, nothing is confirmed and the new count
// is returned, so that a reviewer never confirms more than they agreed to.
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { runEdit, type EditOutcome } from "./run-edit";

export interface ConfirmAboveOptions {
  documentId: number;
  minScore: number;
  expectedCount: number;
  actorId: number | null;
}

const undecidedAbove = (documentId: number, minScore: number) => ({
  documentId,
  status: "AUTO" as const,
  score: { gte: minScore },
  cells: { some: {} },
});

export async function countRowsAbove(db: Db, documentId: number, minScore: number): Promise<number> {
  return db.alignmentRow.count({ where: undecidedAbove(documentId, minScore) });
}

export async function confirmRowsAbove(db: Db, options: ConfirmAboveOptions): Promise<EditOutcome<{ confirmed: number }>> {
  const { documentId, minScore, expectedCount, actorId } = options;
  return runEdit(db, { documentId, actorId }, async (tx) => {
    const rows = await tx.alignmentRow.findMany({ where: undecidedAbove(documentId, minScore), select: { id: true } });
    if (rows.length !== expectedCount) {
      throw new AppError("conflict", `${rows.length} rows are now at or above ${minScore}, not ${expectedCount}; nothing was confirmed.`, {
        messageKey: "review.countChanged",
        params: { count: rows.length, expected: expectedCount },
        current: { count: rows.length },
      });
    }
    const ids = rows.map((r) => r.id);
    return {
      action: "row.confirm-above",
      touches: { paragraphIds: [], rowIds: ids },
      details: { minScore },
      apply: async (tx) => {
        await tx.alignmentRow.updateMany({ where: { id: { in: ids } }, data: { status: "CONFIRMED", decidedById: actorId, decidedAt: new Date() } });
        return { result: { confirmed: ids.length } };
      },
    };
  });
}
