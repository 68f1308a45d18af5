// Builder settings far from the two the benchmark reports (bench/documents.ts RATE_PRESETS), none of which the
// model's constants were tuned on: an abridged translation that leaves out a third of the text, a translation
// re-paragraphed into long paragraphs or cut into short ones, every rate at four times the default, and originals
// printed without punctuation, as classical texts are (the Quran, old prose and verse): no full stop, comma or
// question mark inside or at the end of a paragraph, so that nothing marks where two of its sentences meet (the
// aligner's answer to that case, align-pair.ts withSentencesAsMarked, was built looking at this setting). The
// figures say how far the aligner bends before it breaks; the guard (ours at least Gale-Church) must hold here too.

import type { AlignOptions } from "../lib/core/align";
import { DATASETS, loadDocuments, type Dataset } from "./corpus";
import { buildDocument, DEFAULT_RATES, type BuiltDocument, type Rates } from "./documents";
import { evaluatePairs, TRANSLATIONS, type Translation } from "./evaluate";
import type { Tally } from "./metrics";

export interface StressSetting {
  name: string;
  rates: Rates;
  /** Rewrites each paragraph of the originals (Persian and Arabic) after the document is built. */
  originals?: (text: string) => string;
}

/** The text without its punctuation; a mark between two digits (3.5, ۱٬۰۰۰) is part of a number and stays. */
export function withoutPunctuation(text: string): string {
  const digit = /\p{Nd}/u;
  return text
    .replace(/\p{P}/gu, (mark, at: number) => (digit.test(text[at - 1] ?? "") && digit.test(text[at + 1] ?? "") ? mark : " "))
    .replace(/\s+/g, " ")
    .trim();
}

export const STRESS_SETTINGS: readonly StressSetting[] = [
  { name: "abridged: drops 30%", rates: { ...DEFAULT_RATES, drop: 0.3 } },
  { name: "long paragraphs: merges 40%", rates: { ...DEFAULT_RATES, merge: 0.4 } },
  { name: "short paragraphs: splits 50%", rates: { ...DEFAULT_RATES, split: 0.5 } },
  { name: "everything x4: merges 24%, splits 32%, drops 8%", rates: { ...DEFAULT_RATES, merge: 0.24, split: 0.32, drop: 0.08 } },
  { name: "originals unpunctuated: default rates", rates: DEFAULT_RATES, originals: withoutPunctuation },
];

/** The document with each paragraph of its originals (Persian and Arabic) rewritten. */
export function rewriteOriginals(doc: BuiltDocument, rewrite: (text: string) => string): BuiltDocument {
  // Segment offsets no longer hold in the rewritten text; nothing here reads them (paragraph links only).
  const rewritten = (lang: "fa" | "ar") => doc.sides[lang].map((paragraph) => ({ ...paragraph, text: rewrite(paragraph.text), offsets: [] }));
  return { ...doc, sides: { ...doc.sides, fa: rewritten("fa"), ar: rewritten("ar") } };
}

export interface StressFigures {
  setting: string;
  dataset: Dataset;
  lang: Translation;
  documents: number;
  ours: Tally;
  baseline: Tally;
}

/** Ours (as the command line aligns) and plain Gale-Church on every document built at each setting. */
export function runStress(seeds: readonly number[], options: AlignOptions = {}): StressFigures[] {
  const sources = loadDocuments(undefined, DATASETS);
  const figures: StressFigures[] = [];
  for (const { name, rates, originals } of STRESS_SETTINGS) {
    for (const dataset of DATASETS) {
      const built = seeds.flatMap((seed) => sources.filter((source) => source.dataset === dataset).map((source) => buildDocument(source, seed, rates)));
      const docs = originals ? built.map((doc) => rewriteOriginals(doc, originals)) : built;
      for (const lang of TRANSLATIONS) {
        const { ours, baseline } = evaluatePairs(docs, lang, options);
        figures.push({ setting: name, dataset, lang, documents: docs.length, ours, baseline });
      }
    }
  }
  return figures;
}
