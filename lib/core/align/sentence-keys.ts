// Lexical evidence at the level of sentences, for the sentence programs of the exact pass. The anchor table says
// which units share a name or a number, not which of their sentences: when a boundary has moved by a sentence, or
// a short paragraph was run into the next one's translation, the units on both sides share tokens whichever way
// they are grouped, and total lengths can favour the wrong grouping. Which sentence holds the shared name tells
// them apart. So the signals of things a translation keeps (numbers, Latin tokens, names) are run again over each
// rough sentence as if it were a unit, and a sentence group is rewarded for the rare keys its two sides share (see
// signals/sentence-length.ts PairTable). The sentences share their text's words, so the signals' per-word tables
// are built once.
//
// Only sentences that can hold a rare key are read again. A unit's names and Latin words are those of its sentences,
// so one in more units than RARE_SENTENCE_KEY is in more sentences than that, and a unit with none of the rare
// shared ones has no sentence that needs reading (numbers are read wherever there are some: NUMBERED_SIGNALS). In a
// long book whose names recur on every page that leaves little to read.

import type { SignalTokens } from "./anchor-table";
import type { ModelParams } from "./model";
import type { SignalText, TokenList } from "./signals/signal";

/**
 * Signals that read words, not the layout of a unit: things a translation keeps, and the common words. A common word
 * in at most RARE_SENTENCE_KEY sentences of each side is a content word ("mosque", "salvation"), and shared by
 * sentences within four of each other it pairs sentences of the same segment about as reliably as a name, a number
 * or a Latin word does: 85 to 91 % of the weight against 84 to 95 % (benchmark seeds 1-2, high rate, all datasets and
 * both languages). The common words once made literal Arabic worse (Bible EN-AR), but through the sentence trust,
 * which read their rewards as sentences that pair up well; it no longer reads rewards (see sentence-trust.ts). Dates
 * added nothing on the benchmark but their cost.
 */
const SENTENCE_SIGNALS = new Set(["numbers", "latin", "names", "common"]);

/** A key in more sentences than this on either side says little about which sentence pairs with which. */
const RARE_SENTENCE_KEY = 2;

/**
 * A text's rough sentences (the stops of signals/sentence-length.ts that end a sentence) as spans of its units:
 * sentences unitStart[u] .. unitStart[u + 1] - 1 are unit u's, sentence k is texts[u].slice(from[k], to[k]) and its
 * words are wordIds[wordStart[k] .. wordStart[k + 1] - 1].
 */
export interface SentenceSpans {
  unitStart: Int32Array;
  from: Int32Array;
  to: Int32Array;
  wordStart: Int32Array;
}

/** A text and its sentences. */
export interface SentenceSource extends SignalText {
  sentenceSpans: SentenceSpans;
}

/** Per side, the sorted key ids of each sentence: keys[start[s] .. start[s + 1] - 1] for sentence s (from 0). */
export interface SentenceKeySide {
  start: Int32Array;
  keys: Int32Array;
}

export interface SentenceKeys {
  source: SentenceKeySide;
  target: SentenceKeySide;
  /** Per key id, what sharing it is worth (its signal's weight, less for a key in two sentences). */
  weight: Float64Array;
}

/**
 * Signals whose keys count occurrences ("5#2" for a unit's second 5): a unit with a 5 in each of two sentences has a
 * "5#2" that none of its sentences has, so a key in many units may still be in one sentence only, and every unit
 * with a token of theirs is read.
 */
const NUMBERED_SIGNALS = new Set(["numbers"]);

/**
 * The pair's sentence keys. `extracted` holds the signals' tokens of the two texts' units (the anchor table's), which
 * tell which units' sentences need reading.
 */
export function buildSentenceKeys(
  source: SentenceSource,
  target: SentenceSource,
  extracted: readonly SignalTokens[],
  params: ModelParams,
): SentenceKeys {
  // Per key id (each signal's keys apart), the signal that found it.
  const keySignal: string[] = [];
  const sourceTokens: SentenceTokens[] = [];
  const targetTokens: SentenceTokens[] = [];
  for (const { signal, source: sourceUnits, target: targetUnits } of extracted) {
    if (!SENTENCE_SIGNALS.has(signal.id)) continue;
    const wanted = NUMBERED_SIGNALS.has(signal.id) ? undefined : rareUnitKeys(sourceUnits, targetUnits);
    // Key strings interned once per token type (a distinct word), not once per token.
    const interned = new Map<string, number>();
    const idOf = (key: string) => {
      let id = interned.get(key);
      if (id === undefined) {
        interned.set(key, (id = keySignal.length));
        keySignal.push(signal.id);
      }
      return id;
    };
    const read = (text: SentenceSource, units: TokenList) => {
      const sentences = sentencesOfUnits(text, unitsHolding(units, wanted));
      return internTokens(signal.extract(sentences.text, wanted), sentences.sentence, wanted, idOf);
    };
    sourceTokens.push(read(source, sourceUnits));
    targetTokens.push(read(target, targetUnits));
  }
  const sourceCounts = sentenceCounts(sourceTokens, keySignal.length);
  const targetCounts = sentenceCounts(targetTokens, keySignal.length);
  // Pair ids for the keys in 1 .. RARE_SENTENCE_KEY sentences of each side, -1 for the rest.
  const ids = new Int32Array(keySignal.length).fill(-1);
  const weights: number[] = [];
  for (let key = 0; key < keySignal.length; key++) {
    const a = sourceCounts[key]!;
    const b = targetCounts[key]!;
    if (a === 0 || b === 0 || a > RARE_SENTENCE_KEY || b > RARE_SENTENCE_KEY) continue;
    ids[key] = weights.length;
    weights.push((params.signalWeight[keySignal[key]!] ?? 0) / Math.max(a, b));
  }
  return {
    source: sideKeys(sourceTokens, source.sentenceSpans.from.length, ids),
    target: sideKeys(targetTokens, target.sentenceSpans.from.length, ids),
    weight: Float64Array.from(weights),
  };
}

/** A signal's keys in 1 .. RARE_SENTENCE_KEY units of each side: the only ones that can be rare in sentences. */
function rareUnitKeys(source: TokenList, target: TokenList): Set<string> {
  const sourceUnits = unitCounts(source);
  const rare = new Set<string>();
  for (const [key, b] of unitCounts(target)) {
    const a = sourceUnits.get(key) ?? 0;
    if (a > 0 && a <= RARE_SENTENCE_KEY && b <= RARE_SENTENCE_KEY) rare.add(key);
  }
  return rare;
}

/** Int32Array.from(items, fn) as a loop: V8 runs a typed array's from with a function several times slower. */
function int32Map<T>(items: readonly T[], fn: (item: T) => number): Int32Array {
  const out = new Int32Array(items.length);
  for (let k = 0; k < items.length; k++) out[k] = fn(items[k]!);
  return out;
}

/** For each key of a list, the number of units that hold it. */
function unitCounts(list: TokenList): Map<string, number> {
  // Keys as ids once per token type, so that the count over every token is integer work.
  const idOf = new Map<string, number>();
  const typeIds = list.keys.map((typeKeys) =>
    int32Map(typeKeys, (key) => {
      let id = idOf.get(key);
      if (id === undefined) idOf.set(key, (id = idOf.size));
      return id;
    }),
  );
  const counts = new Int32Array(idOf.size);
  const lastUnit = new Int32Array(idOf.size).fill(-1);
  for (let u = 0; u + 1 < list.start.length; u++) {
    for (let t = list.start[u]!; t < list.start[u + 1]!; t++) {
      const ids = typeIds[list.types[t]!]!;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (lastUnit[id] === u) continue;
        lastUnit[id] = u;
        counts[id]!++;
      }
    }
  }
  const byKey = new Map<string, number>();
  for (const [key, id] of idOf) byKey.set(key, counts[id]!);
  return byKey;
}

/** The units (ascending) with a token that has one of `keys` (with any key when not given). */
function unitsHolding(list: TokenList, keys: ReadonlySet<string> | undefined): number[] {
  const units: number[] = [];
  const typeHolds = list.keys.map((typeKeys) => (keys ? typeKeys.some((key) => keys.has(key)) : typeKeys.length > 0));
  for (let u = 0; u + 1 < list.start.length; u++) {
    for (let t = list.start[u]!; t < list.start[u + 1]!; t++) {
      if (!typeHolds[list.types[t]!]) continue;
      units.push(u);
      break;
    }
  }
  return units;
}

/** The sentences of some units, read as the units of a text of their own; `sentence` maps them back. */
function sentencesOfUnits(text: SentenceSource, units: readonly number[]): { text: SignalText; sentence: Int32Array } {
  const { unitStart, from, to, wordStart } = text.sentenceSpans;
  const sentence: number[] = [];
  const texts: string[] = [];
  for (const u of units) {
    for (let k = unitStart[u]!; k < unitStart[u + 1]!; k++) {
      sentence.push(k);
      texts.push(text.texts[u]!.slice(from[k]!, to[k]!));
    }
  }
  const starts = new Int32Array(sentence.length + 1);
  for (let s = 0; s < sentence.length; s++) {
    starts[s + 1] = starts[s]! + wordStart[sentence[s]! + 1]! - wordStart[sentence[s]!]!;
  }
  const wordIds = new Int32Array(starts[sentence.length]!);
  for (let s = 0; s < sentence.length; s++) {
    const k = sentence[s]!;
    wordIds.set(text.wordIds.subarray(wordStart[k]!, wordStart[k + 1]!), starts[s]!);
  }
  return {
    text: { side: text.side, vocabulary: text.vocabulary, texts, wordStart: starts, wordIds },
    sentence: Int32Array.from(sentence),
  };
}

/** One signal's tokens of the sentences it read, each token type's keys as ids (-1 for keys that cannot be rare). */
interface SentenceTokens {
  /** Per sentence read, its index among all the side's sentences (ascending). */
  sentence: Int32Array;
  start: Int32Array;
  types: Int32Array;
  keys: Int32Array[];
}

function internTokens(
  list: TokenList,
  sentence: Int32Array,
  wanted: ReadonlySet<string> | undefined,
  idOf: (key: string) => number,
): SentenceTokens {
  const keys = list.keys.map((typeKeys) => int32Map(typeKeys, (key) => (!wanted || wanted.has(key) ? idOf(key) : -1)));
  return { sentence, start: list.start, types: list.types, keys };
}

/** For each key, the number of sentences that hold it. */
function sentenceCounts(side: readonly SentenceTokens[], keyCount: number): Int32Array {
  const counts = new Int32Array(keyCount);
  // Each key is one signal's, whose sentences come in order: the last sentence it was counted in is enough.
  const last = new Int32Array(keyCount).fill(-1);
  for (const { sentence, start, types, keys } of side) {
    for (let s = 0; s < sentence.length; s++) {
      for (let t = start[s]!; t < start[s + 1]!; t++) {
        for (const key of keys[types[t]!]!) {
          if (key < 0 || last[key] === s) continue;
          last[key] = s;
          counts[key]!++;
        }
      }
    }
  }
  return counts;
}

/** Each of a side's `total` sentences' pair ids, ascending. */
function sideKeys(side: readonly SentenceTokens[], total: number, ids: Int32Array): SentenceKeySide {
  // (sentence, pair id) of every key kept, once per sentence, then grouped by sentence.
  const sentenceOf: number[] = [];
  const pairId: number[] = [];
  // Each pair id is one signal's, whose sentences come in order: a sentence of thousands of names stays linear.
  const seenIn = new Int32Array(ids.length).fill(-1);
  for (const { sentence, start, types, keys } of side) {
    for (let s = 0; s < sentence.length; s++) {
      for (let t = start[s]!; t < start[s + 1]!; t++) {
        for (const key of keys[types[t]!]!) {
          if (key < 0 || ids[key]! < 0 || seenIn[key] === s) continue;
          seenIn[key] = s;
          sentenceOf.push(sentence[s]!);
          pairId.push(ids[key]!);
        }
      }
    }
  }
  const start = new Int32Array(total + 1);
  for (const s of sentenceOf) start[s + 1]!++;
  for (let s = 0; s < total; s++) start[s + 1]! += start[s]!;
  const keys = new Int32Array(pairId.length);
  const fill = start.slice(0, total);
  for (let k = 0; k < pairId.length; k++) keys[fill[sentenceOf[k]!]!++] = pairId[k]!;
  for (let s = 0; s < total; s++) if (start[s + 1]! - start[s]! > 1) keys.subarray(start[s]!, start[s + 1]!).sort();
  return { start, keys };
}

/** What sentences s (source) and t (target), counted from 0, share. */
export function sharedWeight(keys: SentenceKeys, s: number, t: number): number {
  const { source, target, weight } = keys;
  let x = source.start[s]!;
  const xEnd = source.start[s + 1]!;
  let y = target.start[t]!;
  const yEnd = target.start[t + 1]!;
  let sum = 0;
  while (x < xEnd && y < yEnd) {
    const a = source.keys[x]!;
    const b = target.keys[y]!;
    if (a === b) {
      sum += weight[a]!;
      x++;
      y++;
    } else if (a < b) x++;
    else y++;
  }
  return sum;
}
