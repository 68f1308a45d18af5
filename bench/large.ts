// A long test document: bench documents (several seeds) concatenated until the English side has `size`
// paragraphs, with the gold rows shifted accordingly. Used for timing and to check accuracy at scale.

import type { AlignOptions } from "../lib/core/align";
import { alignTexts } from "../lib/core/jobs";
import { loadDocuments, type BenchLang, type SourceDocument } from "./corpus";
import { buildDocument, goldRows, type GoldRow } from "./documents";
import { addToTally, emptyTally, prf } from "./metrics";

export interface LargeDocument {
  sides: Partial<Record<BenchLang, string[]>>;
  gold: GoldRow[];
}

export function buildLargeDocument(
  size: number,
  langs: readonly BenchLang[],
  seed = 1,
  documents: readonly SourceDocument[] = loadDocuments(),
): LargeDocument {
  const sides: Partial<Record<BenchLang, string[]>> = Object.fromEntries(langs.map((lang) => [lang, []]));
  const gold: GoldRow[] = [];
  const english = () => sides.en!.length;
  for (let round = 0; english() < size; round++) {
    for (const document of documents) {
      if (english() >= size) break;
      const built = buildDocument(document, seed * 1000 + round);
      // A prefix of the rows covers a prefix of each side, since rows are in document order.
      const taken: Partial<Record<BenchLang, number>> = {};
      for (const row of goldRows(built, langs)) {
        if (english() + (taken.en ?? 0) + row.en!.length > size) break;
        gold.push(Object.fromEntries(langs.map((lang) => [lang, row[lang]!.map((u) => u + sides[lang]!.length)])));
        for (const lang of langs) taken[lang] = (taken[lang] ?? 0) + row[lang]!.length;
      }
      for (const lang of langs) sides[lang]!.push(...built.sides[lang].slice(0, taken[lang] ?? 0).map((p) => p.text));
    }
  }
  return { sides, gold };
}

/** Paragraphs of English in the long documents `bench:align` scores, the command line's pair's size. */
export const LONG_PARAGRAPHS = 7500;

/**
 * Strict F1 of the English-`lang` pair of a long document, aligned whole as the command line aligns it. A choice
 * made on the builder's short documents can hold there and fail here: a miss cost for the dictionary's words gained
 * on every short setting and took this pair below its figure without a dictionary (docs/aligner.md).
 */
export function scoreLarge(document: LargeDocument, lang: Exclude<BenchLang, "en">, options: AlignOptions = {}): { f1: number; sizes: [number, number] } {
  const en = document.sides.en!;
  const other = document.sides[lang]!;
  const tally = emptyTally();
  const links = alignTexts({ lang: "en", units: en }, { lang, units: other }, options).links;
  addToTally(tally, document.gold.map((row) => ({ source: row.en!, target: row[lang]! })), links);
  return { f1: prf(tally, "all", "strict").f1, sizes: [en.length, other.length] };
}
