// A bilingual lexicon learned from the document itself (the bootstrapping of Moore 2002 and hunalign): after a first
// alignment, words that keep occurring in paired units ("president" with "رئیس", "health" with "سلامت") are taken
// as translations of each other, and the second pass uses them as anchors. Association is the Dice coefficient over
// the first pass's paired units; a pair must co-occur at least twice. Needs no dictionary and works for any pair
// of languages; it only helps documents long enough to repeat their vocabulary.

import type { AnchorSignal, PreparedUnit, SignalContext } from "./signal";

export interface LearnOptions {
  /** Dice coefficient a word pair needs. */
  minDice: number;
  /** Paired units a word pair must co-occur in. */
  minCount: number;
  /** Upper bound on the paired units used (the first ones), which bounds the cost on huge documents. */
  maxPairs: number;
}

/** Learned translations: for each side's lang, word -> keys shared with its translations on the other side. */
export type LearnedLexicon = Map<string, Map<string, string[]>>;

const MIN_LETTERS = 3;
// Words occurring in more paired units than this fraction say nothing about which units go together.
const MAX_SHARE = 0.3;
const WORDS_PER_UNIT = 12;

function candidateWords(unit: PreparedUnit): string[] {
  return [...new Set(unit.words.filter((word) => word.length >= MIN_LETTERS && !/^\d+$/.test(word)))];
}

export function learnLexicon(
  sourceLang: string,
  targetLang: string,
  sourceUnits: readonly PreparedUnit[],
  targetUnits: readonly PreparedUnit[],
  pairs: ReadonlyArray<readonly [readonly number[], readonly number[]]>,
  options: LearnOptions,
): LearnedLexicon {
  const used = pairs.filter(([s, t]) => s.length > 0 && t.length > 0).slice(0, options.maxPairs);
  // Words become small integers, and a pair of words one number, so that counting needs no string keys.
  const sourceIds = new Map<string, number>();
  const targetIds = new Map<string, number>();
  const idsOf = (units: readonly PreparedUnit[], members: readonly number[], ids: Map<string, number>) => {
    const out = new Set<number>();
    for (const unit of members) {
      for (const word of candidateWords(units[unit]!)) {
        let id = ids.get(word);
        if (id === undefined) ids.set(word, (id = ids.size));
        out.add(id);
      }
    }
    return [...out];
  };
  const sourceWords = used.map(([s]) => idsOf(sourceUnits, s, sourceIds));
  const targetWords = used.map(([, t]) => idsOf(targetUnits, t, targetIds));
  const count = (lists: number[][], size: number) => {
    const counts = new Int32Array(size);
    for (const list of lists) for (const word of list) counts[word]!++;
    return counts;
  };
  const sourceCount = count(sourceWords, sourceIds.size);
  const targetCount = count(targetWords, targetIds.size);
  const ceiling = Math.max(options.minCount, used.length * MAX_SHARE);
  const useful = (counts: Int32Array) => (word: number) => counts[word]! >= options.minCount && counts[word]! <= ceiling;
  const isUsefulSource = useful(sourceCount);
  const isUsefulTarget = useful(targetCount);
  const width = targetIds.size;
  const joint = new Map<number, number>();
  // Only the rarest words of each pair are counted: they are the informative ones, and it keeps the count linear.
  const rarest = (words: number[], counts: Int32Array, keep: (word: number) => boolean) =>
    words.filter(keep).sort((x, y) => counts[x]! - counts[y]!).slice(0, WORDS_PER_UNIT);
  for (let k = 0; k < used.length; k++) {
    const s = rarest(sourceWords[k]!, sourceCount, isUsefulSource);
    const t = rarest(targetWords[k]!, targetCount, isUsefulTarget);
    for (const a of s) for (const b of t) joint.set(a * width + b, (joint.get(a * width + b) ?? 0) + 1);
  }

  const sourceWord = [...sourceIds.keys()];
  const targetWord = [...targetIds.keys()];
  const lexicon: LearnedLexicon = new Map([
    [sourceLang, new Map()],
    [targetLang, new Map()],
  ]);
  const addKey = (lang: string, word: string, key: string) => {
    const words = lexicon.get(lang)!;
    words.set(word, [...(words.get(word) ?? []), key]);
  };
  let id = 0;
  for (const [pair, together] of joint) {
    if (together < options.minCount) continue;
    const a = Math.floor(pair / width);
    const b = pair - a * width;
    const dice = (2 * together) / (sourceCount[a]! + targetCount[b]!);
    if (dice < options.minDice) continue;
    const key = `p${id++}`;
    addKey(sourceLang, sourceWord[a]!, key);
    addKey(targetLang, targetWord[b]!, key);
  }
  return lexicon;
}

export function learnedLexiconSignal(lexicon: LearnedLexicon): AnchorSignal {
  return {
    id: "learned",
    appliesTo: (a, b) => a.lang !== b.lang && lexicon.has(a.lang) && lexicon.has(b.lang),
    tokens(unit: PreparedUnit, context: SignalContext) {
      const words = lexicon.get(context.self.lang);
      if (!words || words.size === 0) return [];
      const tokens: string[][] = [];
      for (const word of new Set(unit.words)) {
        const keys = words.get(word);
        if (keys) tokens.push(keys);
      }
      return tokens;
    },
  };
}
