// A corpus by id, with the languages its documents hold: the corpus page and its export panel.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";

export interface CorpusView {
  id: number;
  slug: string;
  name: string;
  description: string;
  langs: string[];
}

export async function getCorpus(db: Db, corpusId: number): Promise<CorpusView> {
  const corpus = await db.corpus.findUnique({ where: { id: corpusId }, select: { id: true, slug: true, name: true, description: true } });
  if (!corpus) throw notFound("corpus", corpusId);
  const langs = await db.text.findMany({ where: { document: { corpusId } }, distinct: ["lang"], select: { lang: true }, orderBy: { lang: "asc" } });
  return { ...corpus, langs: langs.map((l) => l.lang) };
}
