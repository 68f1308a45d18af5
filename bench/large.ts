// A long test document: bench documents (several seeds) concatenated until the English side has `size`
// paragraphs, with the gold rows shifted accordingly. Used for timing and to check accuracy at scale.

import { loadDocuments, type BenchLang } from "./corpus";
import { buildDocument, goldRows, type GoldRow } from "./documents";

export interface LargeDocument {
  sides: Partial<Record<BenchLang, string[]>>;
  gold: GoldRow[];
}

export function buildLargeDocument(size: number, langs: readonly BenchLang[], seed = 1): LargeDocument {
  const documents = loadDocuments();
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
