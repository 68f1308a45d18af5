// Word pairs the document teaches: the words of one text and of its translation that keep turning up in the same
// 1-1 links of the first pass become anchors of the exact pass. A translation, literal or not, renders its own
// recurring vocabulary the same way paragraph after paragraph ("light" ~ "نور", "outbreak" ~ "شیوع"), and no built-in
// list knows a document's words. A pair is kept when it co-occurs in most of the links either word is in (Dice
// coefficient) and when co-occurring that often would be unlikely by chance (hypergeometric tail): in a document of
// twenty paragraphs two words seen together twice may be a coincidence, in one of two hundred hardly. Each word is
// paired at most once, best pairs first (competitive linking), so the commonest words do not pair with everything.

import { gluesClitics, withoutClitics } from "../../text/clitics";
import { perWordTokens, vocabularyMemo, type AnchorSignal, type SignalText, type TokenList } from "./signal";

export interface LearnParams {
  /** Only 1-1 links of the first pass that cost at most this (nats) teach: those whose length and evidence agree. */
  maxCost: number;
  /** At most this many 1-1 links are read, evenly spread: the counting stays bounded on a long document. */
  maxLinks: number;
  /** At most this many word pairs (each link's words of one side times the other's) are counted. */
  maxCounts: number;
  /** A pair must co-occur in at least this many links. */
  minTogether: number;
  /** Dice coefficient of the two words' sets of links, at least this. */
  minDice: number;
  /** Chance of co-occurring at least as often if the words were placed at random, at most this. */
  maxChance: number;
  /** Words in more than this share of the links are not paired: function words say little about position. */
  maxShare: number;
}

/** The forms of each word of a text that are counted: the word, and on an Arabic-script side without clitics. */
interface Forms {
  /** Forms of word id w: ids[start[w] .. start[w + 1] - 1]. */
  start: Int32Array;
  ids: Int32Array;
  /** The form of each id. */
  names: string[];
}

function formsOf(text: SignalText): Forms {
  return vocabularyMemo(text.vocabulary, "learned-forms", () => {
    const { words } = text.vocabulary;
    const clitics = gluesClitics(text.side.primary);
    const byForm = new Map<string, number>();
    const names: string[] = [];
    const start = new Int32Array(words.length + 1);
    const ids: number[] = [];
    const add = (form: string) => {
      let id = byForm.get(form);
      if (id === undefined) {
        byForm.set(form, (id = names.length));
        names.push(form);
      }
      ids.push(id);
    };
    words.forEach((word, w) => {
      // Numbers have a signal of their own; one letter is no word to learn.
      if (word.length >= 2 && !/^\p{Nd}+$/u.test(word)) {
        add(word);
        if (clitics) for (const form of withoutClitics(word, 2)) add(form);
      }
      start[w + 1] = ids.length;
    });
    return { start, ids: Int32Array.from(ids), names };
  });
}

/** The learned pairs: per language of the pair (primary subtag), each paired form and its pair's number. */
export interface LearnedWords {
  size: number;
  pairs: Map<string, Map<string, number>>;
}

/** Distinct form ids of each of the given units. */
function unitForms(text: SignalText, forms: Forms, units: readonly number[]): Int32Array[] {
  const seen = new Int32Array(forms.names.length).fill(-1);
  return units.map((u, k) => {
    const out: number[] = [];
    for (let x = text.wordStart[u]!; x < text.wordStart[u + 1]!; x++) {
      const w = text.wordIds[x]!;
      for (let f = forms.start[w]!; f < forms.start[w + 1]!; f++) {
        const id = forms.ids[f]!;
        if (seen[id] === k) continue;
        seen[id] = k;
        out.push(id);
      }
    }
    return Int32Array.from(out);
  });
}

/**
 * Pairs learned from `links` (unit pairs [source, target] believed to translate each other), or undefined when
 * there are too few links to learn from.
 */
export function learnWords(
  source: SignalText,
  target: SignalText,
  links: ReadonlyArray<readonly [number, number]>,
  params: LearnParams,
): LearnedWords | undefined {
  if (links.length < params.minTogether || params.maxLinks <= 0) return undefined;
  // The signal tells the sides apart by language.
  if (source.side.primary === target.side.primary) return undefined;
  const step = Math.max(1, links.length / params.maxLinks);
  const read: Array<readonly [number, number]> = [];
  for (let x = 0; x < links.length; x += step) read.push(links[Math.floor(x)]!);
  let n = read.length;
  if (!canPassChance(n, params)) return undefined;
  const sourceForms = formsOf(source);
  const targetForms = formsOf(target);
  const inSource = unitForms(source, sourceForms, read.map(([i]) => i));
  const inTarget = unitForms(target, targetForms, read.map(([, j]) => j));
  const df = (lists: Int32Array[], count: number) => {
    const out = new Int32Array(count);
    for (const list of lists) for (let k = 0; k < list.length; k++) out[list[k]!]!++;
    return out;
  };
  let dfSource = df(inSource, sourceForms.names.length);
  let dfTarget = df(inTarget, targetForms.names.length);
  const cap = Math.max(params.minTogether, params.maxShare * n);
  const usable = (count: number) => count >= params.minTogether && count <= cap;

  // Dice >= minDice needs the two words' link counts within a factor (2 - minDice) / minDice of each other: each
  // link's target words sorted by count, each source word counted with those in its range only. A link whose words
  // would take the counting past maxCounts pairs is skipped (a hostile or enormous paragraph), and the counts of
  // words are then those of the links read.
  const spread = (2 - params.minDice) / params.minDice;
  const together = new Map<number, number>();
  const width = targetForms.names.length;
  const counted: number[] = [];
  let work = 0;
  for (let k = 0; k < n; k++) {
    const sources = inSource[k]!.filter((a) => usable(dfSource[a]!));
    const targets = inTarget[k]!.filter((b) => usable(dfTarget[b]!)).sort((x, y) => dfTarget[x]! - dfTarget[y]!);
    if (work + sources.length * targets.length > params.maxCounts) continue;
    work += sources.length * targets.length;
    counted.push(k);
    for (let s = 0; s < sources.length; s++) {
      const a = sources[s]!;
      const da = dfSource[a]!;
      for (let x = lowerBound(targets, dfTarget, da / spread); x < targets.length; x++) {
        const b = targets[x]!;
        if (dfTarget[b]! > da * spread) break;
        const key = a * width + b;
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
  }
  if (counted.length < n) {
    dfSource = df(counted.map((k) => inSource[k]!), sourceForms.names.length);
    dfTarget = df(counted.map((k) => inTarget[k]!), targetForms.names.length);
    n = counted.length;
  }

  const logFactorial = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) logFactorial[k] = logFactorial[k - 1]! + Math.log(k);
  const logChoose = (m: number, k: number) => logFactorial[m]! - logFactorial[k]! - logFactorial[m - k]!;
  // P(X >= k) for X hypergeometric: a links hold one word, b the other, out of n.
  const chance = (a: number, b: number, k: number) => {
    let p = 0;
    for (let x = k; x <= Math.min(a, b); x++) p += Math.exp(logChoose(a, x) + logChoose(n - a, b - x) - logChoose(n, b));
    return p;
  };
  const candidates: Array<{ a: number; b: number; dice: number; together: number }> = [];
  for (const [key, count] of together) {
    if (count < params.minTogether) continue;
    const a = Math.floor(key / width);
    const b = key - a * width;
    const dice = (2 * count) / (dfSource[a]! + dfTarget[b]!);
    if (dice < params.minDice || chance(dfSource[a]!, dfTarget[b]!, count) > params.maxChance) continue;
    candidates.push({ a, b, dice, together: count });
  }
  candidates.sort((x, y) => y.dice - x.dice || y.together - x.together || x.a - y.a || x.b - y.b);
  const sourcePairs = new Map<string, number>();
  const targetPairs = new Map<string, number>();
  for (const { a, b } of candidates) {
    const sourceForm = sourceForms.names[a]!;
    const targetForm = targetForms.names[b]!;
    if (sourcePairs.has(sourceForm) || targetPairs.has(targetForm)) continue;
    sourcePairs.set(sourceForm, sourcePairs.size);
    targetPairs.set(targetForm, targetPairs.size);
  }
  if (sourcePairs.size === 0) return undefined;
  const pairs = new Map([
    [source.side.primary, sourcePairs],
    [target.side.primary, targetPairs],
  ]);
  return { size: sourcePairs.size, pairs };
}

/**
 * Whether any pair could pass the chance test in `n` links. The least likely co-occurrence, two words together in k
 * links and in no other, has a chance of 1 / C(n, k), and k is at most the share of links a word may be in: in the
 * few links of a paragraph's sentences (an import's sentence pass, a link cut at its seams) no pair can pass, and
 * counting their words would be wasted.
 */
function canPassChance(n: number, params: LearnParams): boolean {
  const most = Math.min(n, Math.floor(Math.max(params.minTogether, params.maxShare * n)));
  let logChoose = 0; // log C(n, k), from k = 0 up
  for (let k = 1; k <= most; k++) {
    logChoose += Math.log((n - k + 1) / k);
    if (k >= params.minTogether && -logChoose <= Math.log(params.maxChance)) return true;
  }
  return false;
}

/** The learned pairs as a signal: a word's token is keyed by the pairs its forms are in. */
export function learnedWordsSignal(learned: LearnedWords): AnchorSignal {
  return {
    id: "learned",
    appliesTo: (a, b) => learned.pairs.has(a.primary) && learned.pairs.has(b.primary),
    extract(text: SignalText): TokenList {
      const paired = learned.pairs.get(text.side.primary);
      const forms = formsOf(text);
      return perWordTokens(text, (w) => {
        const keys: string[] = [];
        if (!paired) return keys;
        for (let f = forms.start[w]!; f < forms.start[w + 1]!; f++) {
          const pair = paired.get(forms.names[forms.ids[f]!]!);
          if (pair !== undefined && !keys.includes(`${pair}`)) keys.push(`${pair}`);
        }
        return keys;
      });
    },
  };
}

/** First index of `sorted` (ids sorted by count) whose count is at least `least`. */
function lowerBound(sorted: Int32Array, count: Int32Array, least: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (count[sorted[mid]!]! < least) low = mid + 1;
    else high = mid;
  }
  return low;
}
