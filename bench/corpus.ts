// Loads the parallel data of ../shared/bench/data (or $BENCH_DATA): line i of en.txt, fa.txt and ar.txt is the
// same segment, and segments.tsv says which document each line belongs to (its second column, the third in tico19).
// See SOURCES.md there.

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const LANGS = ["en", "fa", "ar"] as const;
export type BenchLang = (typeof LANGS)[number];

export interface SourceDocument {
  id: string;
  dataset: string;
  /** Segments in order; segments[k][lang] is the text of segment k in that language. */
  segments: Array<Record<BenchLang, string>>;
}

const REPO = fileURLToPath(new URL("..", import.meta.url));
// CMU_1 is a list of unrelated sentences sorted alphabetically, not a document (SOURCES.md).
const NOT_DOCUMENTS = new Set(["CMU_1"]);

export function benchDataDir(): string {
  return resolve(REPO, process.env.BENCH_DATA ?? "../shared/bench/data");
}

/** Every dataset of the benchmark, in the order the leave-one-dataset-out splits hold them out. */
export const DATASETS = ["ntrex128", "tico19", "bible"] as const;
export type Dataset = (typeof DATASETS)[number];

/** The documents of some datasets (by default the two news-like ones, which the import and timing benchmarks use). */
export function loadDocuments(dir = benchDataDir(), datasets: readonly Dataset[] = ["ntrex128", "tico19"]): SourceDocument[] {
  const documents: SourceDocument[] = [];
  for (const dataset of datasets) {
    const lines = Object.fromEntries(
      LANGS.map((lang) => [lang, readFileSync(join(dir, dataset, `${lang}.txt`), "utf8").split("\n")]),
    ) as Record<BenchLang, string[]>;
    const rows = readFileSync(join(dir, dataset, "segments.tsv"), "utf8").trim().split("\n").slice(1);
    const docColumn = dataset === "tico19" ? 2 : 1;
    let current: SourceDocument | undefined;
    for (const row of rows) {
      const columns = row.split("\t");
      const line = Number(columns[0]) - 1;
      const id = `${dataset}/${columns[docColumn]}`;
      if (NOT_DOCUMENTS.has(columns[docColumn]!)) continue;
      if (current?.id !== id) documents.push((current = { id, dataset, segments: [] }));
      current.segments.push({ en: lines.en[line]!, fa: lines.fa[line]!, ar: lines.ar[line]! });
    }
  }
  return documents;
}
