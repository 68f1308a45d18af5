// The top of a document's page and of its API answer: title, texts with their metadata, review progress.
import "server-only";
import { directionOf } from "@/lib/core/lang/languages";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { DOUBTFUL_BELOW, lower, type DocumentHeadView, type ProgressView } from "./views";

export async function getDocumentHead(db: Db, documentId: number): Promise<DocumentHeadView> {
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      title: true,
      pivotLang: true,
      createdAt: true,
      updatedAt: true,
      alignedAt: true,
      alignInfo: true,
      texts: {
        orderBy: { id: "asc" },
        select: { id: true, lang: true, role: true, title: true, sourceUrl: true, publisher: true, publishedAt: true, format: true },
      },
    },
  });
  if (!document) throw notFound("document", documentId);
  const [counts, progress] = await Promise.all([
    db.paragraph.groupBy({ by: ["textId", "kind"], where: { textRef: { documentId } }, _count: { _all: true } }),
    getProgress(db, [documentId]).then((p) => p.get(documentId)!),
  ]);
  const count = (textId: number, kind?: string) =>
    counts.filter((c) => c.textId === textId && (kind === undefined || c.kind === kind)).reduce((sum, c) => sum + c._count._all, 0);
  const info = document.alignInfo as { status?: "ok" | "gave-up" } | null;
  return {
    id: document.id,
    title: document.title,
    pivotLang: document.pivotLang,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
    alignedAt: document.alignedAt?.toISOString() ?? null,
    alignStatus: info?.status ?? null,
    texts: document.texts.map((t) => ({
      id: t.id,
      lang: t.lang,
      dir: directionOf(t.lang),
      role: lower(t.role),
      title: t.title,
      sourceUrl: t.sourceUrl,
      publisher: t.publisher,
      publishedAt: t.publishedAt?.toISOString().slice(0, 10) ?? null,
      format: lower(t.format),
      paragraphCount: count(t.id),
      boilerplateCount: count(t.id, "BOILERPLATE"),
    })),
    progress,
  };
}

/**
 * Review progress per document: live rows (a replaced rejected row holds nothing and is history, not work),
 * how many are confirmed or rejected, and how many undecided ones the aligner doubts.
 */
export async function getProgress(db: Db, documentIds: readonly number[]): Promise<Map<number, ProgressView>> {
  const rows = documentIds.length === 0 ? [] : await db.$queryRaw<Array<{ document_id: number; rows: number; confirmed: number; rejected: number; doubtful: number }>>`
    SELECT r.document_id,
      count(*)::int AS rows,
      count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed,
      count(*) FILTER (WHERE r.status = 'REJECTED')::int AS rejected,
      count(*) FILTER (WHERE r.status = 'AUTO' AND r.score < ${DOUBTFUL_BELOW})::int AS doubtful
    FROM alignment_rows r
    WHERE r.document_id = ANY(${[...documentIds]}::int[])
      AND (cardinality(r.rejected_grouping) = 0 OR EXISTS (SELECT 1 FROM alignment_cells c WHERE c.row_id = r.id))
    GROUP BY r.document_id`;
  const map = new Map<number, ProgressView>(documentIds.map((id) => [id, { rows: 0, confirmed: 0, rejected: 0, doubtful: 0 }]));
  for (const r of rows) map.set(r.document_id, { rows: r.rows, confirmed: r.confirmed, rejected: r.rejected, doubtful: r.doubtful });
  return map;
}
