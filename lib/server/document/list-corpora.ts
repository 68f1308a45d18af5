// The corpora page's list: every corpus with its documents' languages, its term concepts, and how far review has got
// over its documents' rows, counted as each document's own progress counts them (getProgress).
import "server-only";
import type { Db } from "@/lib/db/client";
import { getProgress } from "./get-document-head";

export interface CorpusSummary {
  id: number;
  name: string;
  description: string;
  documents: number;
  /** Languages of its documents' texts, sorted. */
  langs: string[];
  /** Its own term concepts (shared ones belong to no corpus). */
  concepts: number;
  rows: number;
  confirmed: number;
}

export async function listCorpora(db: Db): Promise<CorpusSummary[]> {
  const [corpora, documents] = await Promise.all([
    db.corpus.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, description: true, _count: { select: { concepts: true } } },
    }),
    db.document.findMany({ select: { id: true, corpusId: true, texts: { select: { lang: true } } } }),
  ]);
  const progress = await getProgress(db, documents.map((d) => d.id));
  const byCorpus = new Map(corpora.map((c) => [c.id, { documents: 0, langs: new Set<string>(), rows: 0, confirmed: 0 }]));
  for (const document of documents) {
    const totals = byCorpus.get(document.corpusId)!;
    const { rows, confirmed } = progress.get(document.id)!;
    totals.documents++;
    totals.rows += rows;
    totals.confirmed += confirmed;
    for (const text of document.texts) totals.langs.add(text.lang);
  }
  return corpora.map((corpus) => {
    const totals = byCorpus.get(corpus.id)!;
    return {
      id: corpus.id,
      name: corpus.name,
      description: corpus.description,
      documents: totals.documents,
      langs: [...totals.langs].sort(),
      concepts: corpus._count.concepts,
      rows: totals.rows,
      confirmed: totals.confirmed,
    };
  });
}
