// The home page's list: newest first, with the languages and how far review has got.
import "server-only";
import type { Db } from "@/lib/db/client";
import { getProgress } from "./get-document-head";

export interface DocumentSummary {
  id: number;
  title: string;
  corpus: string;
  corpusId: number;
  langs: string[];
  rows: number;
  confirmed: number;
  updatedAt: string;
}

export async function listDocuments(db: Db, { limit = 200, corpusId }: { limit?: number; corpusId?: number } = {}): Promise<DocumentSummary[]> {
  const documents = await db.document.findMany({
    where: corpusId === undefined ? {} : { corpusId },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: {
      id: true,
      title: true,
      updatedAt: true,
      corpus: { select: { id: true, name: true } },
      texts: { orderBy: { id: "asc" }, select: { lang: true } },
    },
  });
  const progress = await getProgress(db, documents.map((d) => d.id));
  return documents.map((d) => ({
    id: d.id,
    title: d.title,
    corpus: d.corpus.name,
    corpusId: d.corpus.id,
    langs: d.texts.map((t) => t.lang),
    rows: progress.get(d.id)!.rows,
    confirmed: progress.get(d.id)!.confirmed,
    updatedAt: d.updatedAt.toISOString(),
  }));
}
