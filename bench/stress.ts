// Builder settings far from the two the benchmark reports (bench/documents.ts RATE_PRESETS), none of which the
// model's constants were tuned on: an abridged translation that leaves out a third of the text, a translation
// re-paragraphed into long paragraphs or cut into short ones, and every rate at four times the default. The figures
// say how far the aligner bends before it breaks; the guard (ours at least Gale-Church) must hold here too.

import type { AlignOptions } from "../lib/core/align";
import { DATASETS, loadDocuments, type Dataset } from "./corpus";
import { buildDocument, DEFAULT_RATES, type Rates } from "./documents";
import { evaluatePairs, TRANSLATIONS, type Translation } from "./evaluate";
import type { Tally } from "./metrics";

export interface StressSetting {
  name: string;
  rates: Rates;
}

export const STRESS_SETTINGS: readonly StressSetting[] = [
  { name: "abridged: drops 30%", rates: { ...DEFAULT_RATES, drop: 0.3 } },
  { name: "long paragraphs: merges 40%", rates: { ...DEFAULT_RATES, merge: 0.4 } },
  { name: "short paragraphs: splits 50%", rates: { ...DEFAULT_RATES, split: 0.5 } },
  { name: "everything x4: merges 24%, splits 32%, drops 8%", rates: { ...DEFAULT_RATES, merge: 0.24, split: 0.32, drop: 0.08 } },
];

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
  for (const { name, rates } of STRESS_SETTINGS) {
    for (const dataset of DATASETS) {
      const docs = seeds.flatMap((seed) => sources.filter((source) => source.dataset === dataset).map((source) => buildDocument(source, seed, rates)));
      for (const lang of TRANSLATIONS) {
        const { ours, baseline } = evaluatePairs(docs, lang, options);
        figures.push({ setting: name, dataset, lang, documents: docs.length, ours, baseline });
      }
    }
  }
  return figures;
}
