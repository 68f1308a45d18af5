// The word pairs the aligner learns from a parallel corpus (lib/core/align/signals/corpus-words.ts), learned here
// from the benchmark's datasets other than the ones a figure reports on: the shipped pairs are learned from the Bible
// and tico19, so a figure on either with the shipped pairs would not be held out. Every alignment the benchmark
// scores on a dataset's documents takes the pairs learned without it (withHeldOutWords), unless told otherwise, and
// the machine's bilingual dictionaries as the command line and an import read them (lib/system-dictionaries.ts):
// those are fitted on none of the datasets.

import { learnCorpusWords, type AlignOptions, type CorpusWords, type Dictionary } from "../lib/core/align";
import { systemDictionaries } from "../lib/system-dictionaries";
import { DATASETS, loadDocuments } from "./corpus";

/** The machine's dictionaries for the benchmark's languages (none when DICTIONARY_DIR=none or not installed). */
export function benchDictionaries(): Dictionary[] {
  return systemDictionaries(["en", "fa", "ar"]);
}

const learned = new Map<string, CorpusWords>();

/** The pairs learned from every dataset but `excluded`. */
export function corpusWordsWithout(excluded: readonly string[]): CorpusWords {
  const from = DATASETS.filter((dataset) => !excluded.includes(dataset));
  const key = from.join(",");
  let words = learned.get(key);
  if (!words) {
    const segments = loadDocuments(undefined, from).flatMap((doc) => doc.segments);
    learned.set(key, (words = learnCorpusWords(segments, "en", ["fa", "ar"])));
  }
  return words;
}

/**
 * `options` with the pairs learned without the datasets of the document scored and the machine's dictionaries,
 * unless it names its own.
 */
export function withHeldOutWords<T extends AlignOptions>(options: T, ...datasets: string[]): T {
  return {
    ...options,
    corpusWords: options.corpusWords !== undefined ? options.corpusWords : corpusWordsWithout(datasets),
    dictionaries: options.dictionaries ?? benchDictionaries(),
  };
}
