// The home page's list: newest first, with the languages and how far review has got.
import "server-only";
import type { Db } from "@/lib/db/client";

export interface DocumentSummary {
  id: number;
  title: string;
  corpus: string;
  langs: string[];
  rows: number;
  confirmed: number;
  updatedAt: string;
}

export async function listDocuments(db: Db, { limit = 200 }: { limit?: number } = {}): Promise<DocumentSummary[]> {
  const documents = await db.document.findMany({
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: {
      id: true,
      title: true,
      updatedAt: true,
      corpus: { select: { name: true } },
      texts: { orderBy: { id: "asc" }, select: { lang: true } },
      _count: { select: { rows: true } },
    },
  });
  const confirmed = await db.alignmentRow.groupBy({
    by: ["documentId"],
    where: { documentId: { in: documents.map((d) => d.id) }, status: "CONFIRMED" },
    _count: { _all: true },
  });
  const confirmedBy = new Map(confirmed.map((c) => [c.documentId, c._count._all]));
  return documents.map((d) => ({
    id: d.id,
    title: d.title,
    corpus: d.corpus.name,
    langs: d.texts.map((t) => t.lang),
    rows: d._count.rows,
    confirmed: confirmedBy.get(d.id) ?? 0,
    updatedAt: d.updatedAt.toISOString(),
  }));
}
