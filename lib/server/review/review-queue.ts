// The review queue: undecided rows, the aligner's least sure first, so that a reviewer's time goes where it is
// most needed. Ids and scores only; the page already holds the document's order and loads texts on demand.
import "server-only";
import type { Db } from "@/lib/db/client";

export async function getReviewQueue(db: Db, documentId: number): Promise<Array<{ id: number; score: number }>> {
  return db.alignmentRow.findMany({
    where: { documentId, status: "AUTO", cells: { some: {} } },
    orderBy: [{ score: "asc" }, { position: "asc" }],
    select: { id: true, score: true },
  });
}
