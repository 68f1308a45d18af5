// Lexical evidence at the level of sentences, for the sentence programs of the exact pass. The anchor table says
// which units share a name or a number, not which of their sentences: when a boundary has moved by a sentence, or
// a short paragraph was run into the next one's translation, the units on both sides share tokens whichever way
// they are grouped, and total lengths can favour the wrong grouping. Which sentence holds the shared name tells
// them apart. So the signals of things a translation keeps (numbers, Latin tokens, names) are run again over each
// rough sentence as if it were a unit, and a sentence group is rewarded for the rare keys its two sides share (see
// signals/sentence-length.ts PairTable). The sentences share their text's words, so the signals' per-word tables
// are built once.

import { pairTokens, signalsFor, type TokenSource } from "./anchor-table";
import type { ModelParams } from "./model";
import type { TokenList } from "./signals/signal";

/**
 * Signals that read words, not the layout of a unit, and name things a translation keeps. Not the common words: a
 * sentence of scripture shares some "god" or "king" with its neighbours' translations as often as with its own, and
 * rewarding them made literal Arabic worse (Bible EN-AR). Dates added nothing on the benchmark but their cost.
 */
const SENTENCE_SIGNALS = new Set(["numbers", "latin", "names"]);

/** A key in more sentences than this on either side says little about which sentence pairs with which. */
const RARE_SENTENCE_KEY = 2;

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

/** The pair's sentence keys; `source` and `target` read their texts' rough sentences as units. */
export function buildSentenceKeys(
  source: TokenSource,
  target: TokenSource,
  params: ModelParams,
): SentenceKeys {
  const sourceLists: Array<{ list: TokenList; signal: string }> = [];
  const targetLists: Array<{ list: TokenList; signal: string }> = [];
  for (const signal of signalsFor(source.side, target.side)) {
    if (!SENTENCE_SIGNALS.has(signal.id)) continue;
    const tokens = pairTokens(signal, source, target);
    sourceLists.push({ list: tokens.source, signal: signal.id });
    targetLists.push({ list: tokens.target, signal: signal.id });
  }
  // Key strings interned once per token type (a distinct word), not once per token.
  const interned = new Map<string, number>();
  const keySignal: string[] = [];
  const sourceSide = internSide(sourceLists, interned, keySignal);
  const targetSide = internSide(targetLists, interned, keySignal);
  const sourceCounts = sentenceCounts(sourceSide, interned.size);
  const targetCounts = sentenceCounts(targetSide, interned.size);
  // Pair ids for the keys in 1 .. RARE_SENTENCE_KEY sentences of each side, -1 for the rest.
  const ids = new Int32Array(interned.size).fill(-1);
  const weights: number[] = [];
  for (let key = 0; key < interned.size; key++) {
    const a = sourceCounts[key]!;
    const b = targetCounts[key]!;
    if (a === 0 || b === 0 || a > RARE_SENTENCE_KEY || b > RARE_SENTENCE_KEY) continue;
    ids[key] = weights.length;
    weights.push((params.signalWeight[keySignal[key]!] ?? 0) / Math.max(a, b));
  }
  return {
    source: sideKeys(sourceSide, ids, weights.length),
    target: sideKeys(targetSide, ids, weights.length),
    weight: Float64Array.from(weights),
  };
}

/** One side's tokens of every signal, each token type's keys as interned ids. */
interface InternedSide {
  lists: ReadonlyArray<{ start: Int32Array; types: Int32Array; keys: Int32Array[] }>;
  sentences: number;
}

function internSide(
  lists: ReadonlyArray<{ list: TokenList; signal: string }>,
  interned: Map<string, number>,
  keySignal: string[],
): InternedSide {
  return {
    lists: lists.map(({ list, signal }) => ({
      start: list.start,
      types: list.types,
      keys: list.keys.map((typeKeys) =>
        Int32Array.from(typeKeys, (key) => {
          let id = interned.get(key);
          if (id === undefined) {
            interned.set(key, (id = interned.size));
            keySignal.push(signal);
          }
          return id;
        }),
      ),
    })),
    sentences: lists.length > 0 ? lists[0]!.list.start.length - 1 : 0,
  };
}

/** For each key, the number of sentences that hold it. */
function sentenceCounts(side: InternedSide, keyCount: number): Int32Array {
  const counts = new Int32Array(keyCount);
  const last = new Int32Array(keyCount).fill(-1);
  for (const { start, types, keys } of side.lists) {
    for (let s = 0; s < side.sentences; s++) {
      for (let t = start[s]!; t < start[s + 1]!; t++) {
        for (const key of keys[types[t]!]!) {
          if (last[key] === s) continue;
          last[key] = s;
          counts[key]!++;
        }
      }
    }
  }
  return counts;
}

function sideKeys(side: InternedSide, ids: Int32Array, pairCount: number): SentenceKeySide {
  const start = new Int32Array(side.sentences + 1);
  const keys: number[] = [];
  const own: number[] = [];
  // The last sentence each pair id was taken for: a sentence of thousands of names stays linear.
  const seenIn = new Int32Array(pairCount).fill(-1);
  for (let s = 0; s < side.sentences; s++) {
    own.length = 0;
    for (const list of side.lists) {
      for (let t = list.start[s]!; t < list.start[s + 1]!; t++) {
        for (const key of list.keys[list.types[t]!]!) {
          const id = ids[key]!;
          if (id < 0 || seenIn[id] === s) continue;
          seenIn[id] = s;
          own.push(id);
        }
      }
    }
    own.sort((x, y) => x - y);
    for (const id of own) keys.push(id);
    start[s + 1] = keys.length;
  }
  return { start, keys: Int32Array.from(keys) };
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
