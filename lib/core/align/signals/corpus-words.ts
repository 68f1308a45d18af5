// Word pairs learned from a parallel corpus: the words learned from each document (learned-words.ts) learned once
// from many translated sentences, and shipped. The hand-written word list (common-words-data.ts) holds about a
// thousand concepts; a literal translation's verse or a news story names many more ("spoil" ~ غنيمة, "ventilator" ~
// هوارسان), and a paragraph the other language split off is told from one left out only by such words. The pairs are
// counted as the document's are (Dice coefficient, a chance test, each word paired once, best first), with a stricter
// chance test for the larger count of sentences.
//
// The shipped pairs (corpus-words-data.ts) are learned from the public-domain Bible texts and the CC0 tico19
// sentences of the benchmark's data (`npm run learn:words`); the benchmark learns its own from the two datasets it
// does not report on (bench/corpus-words.ts), so that its held-out figures hold the pairs out too.

import { CORPUS_WORDS_DATA } from "./corpus-words-data";
import { learnedWordsSignal, learnWords, type LearnedWords, type LearnParams } from "./learned-words";
import { commonWordsSignal } from "./common-words";
import { signalText, type AnchorSignal } from "./signal";

/** Pairs learned per language pair (one LearnedWords each, keyed by the two languages' primary subtags). */
export type CorpusWords = readonly LearnedWords[];

/** How pairs are learned from a corpus: sentences translated one for one, so every pair of them teaches. */
export const CORPUS_LEARN: LearnParams = {
  maxCost: 0,
  maxLinks: 1_000_000,
  maxCounts: 100_000_000,
  minTogether: 3,
  minDice: 0.5,
  maxChance: 1e-4,
  maxShare: 0.1,
};

/** A sentence and its translations, by primary language subtag. */
export type ParallelSegment = Readonly<Record<string, string>>;

/**
 * Pairs of `pivot` with each of `others`, from the segments that hold both languages. A pair either of whose words
 * the built-in word list knows is left to the list: both would key it, and count its evidence twice.
 */
export function learnCorpusWords(segments: readonly ParallelSegment[], pivot: string, others: readonly string[]): LearnedWords[] {
  const learned: LearnedWords[] = [];
  for (const lang of others) {
    const both = segments.filter((segment) => segment[pivot]?.trim() && segment[lang]?.trim());
    const source = signalText(pivot, both.map((segment) => segment[pivot]!));
    const target = signalText(lang, both.map((segment) => segment[lang]!));
    const words = learnWords(source, target, both.map((_, k) => [k, k] as const), CORPUS_LEARN);
    const unlisted = words && withoutListed(words, pivot, lang);
    if (unlisted && unlisted.size > 0) learned.push(unlisted);
  }
  return learned;
}

function withoutListed(words: LearnedWords, sourceLang: string, targetLang: string): LearnedWords {
  const sourceForms = formsByNumber(words.pairs.get(sourceLang)!);
  const targetForms = formsByNumber(words.pairs.get(targetLang)!);
  const sourceListed = listedForms(sourceForms, sourceLang);
  const targetListed = listedForms(targetForms, targetLang);
  const source = new Map<string, number>();
  const target = new Map<string, number>();
  sourceForms.forEach((form, k) => {
    if (sourceListed[k] || targetListed[k]) return;
    target.set(targetForms[k]!, source.size);
    source.set(form, source.size);
  });
  return { size: source.size, pairs: new Map([[sourceLang, source], [targetLang, target]]) };
}

/** Per form, whether the built-in word list keys it: each form read as a unit of one text, in one pass. */
function listedForms(forms: readonly string[], lang: string): boolean[] {
  const tokens = commonWordsSignal.extract(signalText(lang, forms));
  return forms.map((_, u) => tokens.start[u + 1]! > tokens.start[u]!);
}

/**
 * The pairs as text: per language pair a line "source-lang<TAB>target-lang", then a line per pair, its two forms
 * separated by a tab, in the order of their numbers; pairs of languages are parted by a blank line.
 */
export function formatCorpusWords(words: CorpusWords): string {
  return words
    .map((learned) => {
      const [[sourceLang, sourcePairs], [targetLang, targetPairs]] = [...learned.pairs] as [[string, Map<string, number>], [string, Map<string, number>]];
      const sourceForms = formsByNumber(sourcePairs);
      const targetForms = formsByNumber(targetPairs);
      return [`${sourceLang}\t${targetLang}`, ...sourceForms.map((form, k) => `${form}\t${targetForms[k]}`)].join("\n");
    })
    .join("\n\n");
}

export function parseCorpusWords(text: string): LearnedWords[] {
  return text
    .trim()
    .split(/\n{2,}/)
    .filter((block) => block.trim())
    .map((block) => {
      const [head, ...lines] = block.split("\n");
      const [sourceLang, targetLang] = head!.split("\t") as [string, string];
      const source = new Map<string, number>();
      const target = new Map<string, number>();
      for (const line of lines) {
        const [sourceForm, targetForm] = line.split("\t") as [string, string];
        target.set(targetForm, source.size);
        source.set(sourceForm, source.size);
      }
      return { size: source.size, pairs: new Map([[sourceLang, source], [targetLang, target]]) };
    });
}

function formsByNumber(pairs: ReadonlyMap<string, number>): string[] {
  const forms: string[] = [];
  for (const [form, k] of pairs) forms[k] = form;
  return forms;
}

let shipped: LearnedWords[] | undefined;

/** The pairs shipped with the aligner, parsed on first use. */
export function shippedCorpusWords(): CorpusWords {
  return (shipped ??= parseCorpusWords(CORPUS_WORDS_DATA));
}

// One signal object per language pair and word set: a prepared text keeps the tokens of each signal it was asked
// for, so the texts of a document aligned in several pairs, or again, read their words once.
const SIGNALS = new WeakMap<CorpusWords, AnchorSignal[]>();

/** The signals of the language pairs of `words`, under the id "corpus" (its weight and miss cost in ModelParams). */
export function corpusWordsSignals(words: CorpusWords): AnchorSignal[] {
  let signals = SIGNALS.get(words);
  if (!signals) SIGNALS.set(words, (signals = words.map((learned) => ({ ...learnedWordsSignal(learned), id: "corpus" }))));
  return signals;
}
