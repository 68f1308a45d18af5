// Runs the lexical signals over both texts of a pair and turns their tokens into something the dynamic program
// can use in its inner loop: integer key ids, per-unit token lists of at most 31 tokens (one bit each, so that the
// tokens of a unit matched by a group of units is one OR of masks), per-token weights, and per-side inverted
// indexes from key to the units that contain it.

import { commonWordsSignal } from "./signals/common-words";
import { datesSignal } from "./signals/dates";
import { glossarySignal } from "./signals/glossary";
import { latinTokensSignal } from "./signals/latin-tokens";
import { namesSignal } from "./signals/names";
import { numbersSignal } from "./signals/numbers";
import { punctuationSignal } from "./signals/punctuation";
import { sharedWordsSignal } from "./signals/shared-words";
import { SignalMemo, type AnchorSignal, type PreparedUnit, type SideInfo } from "./signals/signal";
import { structureSignal } from "./signals/structure";
import { MAX_BEAD_SPAN, type ModelParams } from "./model";
import type { Lexicon } from "./types";

/** Keys in more units than this are not used as anchor points: a repeated name says little about position. */
const RARE_KEY = 4;
/**
 * Keys in more than this share of a side's units (and more than COMMON_KEY_MIN of them) are dropped before any
 * token is built: their weight, log(1 + idfScale / df), is near nothing, and on a long document the skeletons of
 * common Persian words that happen to spell like an English name would otherwise make most of the tokens.
 */
const COMMON_KEY_SHARE = 0.02;
const COMMON_KEY_MIN = 40;

/** Bits of a 32-bit mask, less the sign bit, which would make masks negative and comparisons awkward. */
export const MAX_TOKENS_PER_UNIT = 31;

export interface SideTokens {
  /** Units' token ranges: tokens of unit i are tokenStart[i] .. tokenStart[i + 1] - 1, bit = index - start. */
  tokenStart: Int32Array;
  /**
   * Weight of token t when the other side of its bead has k units: tokenWeight[t * MAX_BEAD_SPAN + k - 1]. A match
   * among three units is more likely by chance, so it is worth less (see pack).
   */
  tokenWeight: Float64Array;
  /**
   * Cost of token t going unmatched in a bead that pairs its unit with something: minus the log of the chance that
   * a translation loses it. A unit with no counterpart pays nothing, which is what lets an untranslated paragraph
   * or a line of clutter stand alone instead of being paired with whatever is next to it.
   */
  tokenMiss: Float64Array;
  /** Per unit, the total of tokenMiss over its tokens. */
  unitMiss: Float64Array;
  /** Per unit, its lexical score when nothing of it is matched: minus the saturated unitMiss. */
  zeroScore: Float64Array;
  /** Per unit, the bits of tokens that count only when the unit is in a 1-1 bead. */
  wholeUnitBits: Int32Array;
  /** Key ids of token t: keys[keyStart[t] .. keyStart[t + 1] - 1]. */
  keyStart: Int32Array;
  keys: Int32Array;
  /** For each key id, the sorted units of this side that contain it. */
  postings: Int32Array[];
}

export interface AnchorTable {
  source: SideTokens;
  target: SideTokens;
  /**
   * Unit pairs that share a rare key (in at most RARE_KEY units of each side), weighted 1 / df: the candidate anchor
   * points through which the first band is laid (see band.ts anchoredCenter).
   */
  uniquePairs: Array<{ i: number; j: number; weight: number }>;
}

export function signalsFor(a: SideInfo, b: SideInfo, lexicon?: Lexicon): AnchorSignal[] {
  const all = [
    numbersSignal,
    datesSignal,
    latinTokensSignal,
    namesSignal,
    punctuationSignal,
    structureSignal,
    sharedWordsSignal,
    commonWordsSignal,
    ...(lexicon ? [glossarySignal(lexicon)] : []),
  ];
  return all.filter((signal) => signal.appliesTo(a, b));
}

/** The tokens of every unit of both sides for one signal: per unit, per token, its keys. */
export interface SignalTokens {
  signal: AnchorSignal;
  source: string[][][];
  target: string[][][];
}

interface Side {
  units: readonly PreparedUnit[];
  side: SideInfo;
}

/**
 * Runs one signal over both sides. The side where the signal is sparse goes first, and its keys are handed to
 * the other side (context.otherKeys), so that a signal producing a key for every English word only produces
 * those that occur among the Latin words of the Persian.
 */
export function extractSignal(signal: AnchorSignal, source: Side, target: Side, memo: SignalMemo): SignalTokens {
  if (signal.isSparse?.(target.side) && !signal.isSparse(source.side)) {
    const targetTokens = runSignal(signal, target, source, memo);
    return { signal, source: runSignal(signal, source, target, memo, keySet(targetTokens)), target: targetTokens };
  }
  const sourceTokens = runSignal(signal, source, target, memo);
  return { signal, source: sourceTokens, target: runSignal(signal, target, source, memo, keySet(sourceTokens)) };
}

function runSignal(signal: AnchorSignal, self: Side, other: Side, memo: SignalMemo, otherKeys?: ReadonlySet<string>) {
  const context = { self: self.side, other: other.side, memo, otherKeys };
  const out: string[][][] = new Array(self.units.length);
  for (let u = 0; u < self.units.length; u++) out[u] = signal.tokens(self.units[u]!, context);
  return out;
}

/** For each key, the number of units it occurs in. */
function unitCounts(tokens: string[][][]): Map<string, number> {
  const counts = new Map<string, number>();
  const lastUnit = new Map<string, number>();
  for (let u = 0; u < tokens.length; u++) {
    for (const token of tokens[u]!) {
      for (const key of token) {
        if (lastUnit.get(key) === u) continue;
        lastUnit.set(key, u);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function keySet(tokens: string[][][]): Set<string> {
  const keys = new Set<string>();
  for (const unit of tokens) for (const token of unit) for (const key of token) keys.add(key);
  return keys;
}

export function extractSignals(source: Side, target: Side, signals: readonly AnchorSignal[]): SignalTokens[] {
  const memo = new SignalMemo();
  return signals.map((signal) => extractSignal(signal, source, target, memo));
}

export function buildAnchorTable(
  source: Side,
  target: Side,
  params: ModelParams,
  lexicon?: Lexicon,
): { table: AnchorTable; extracted: SignalTokens[] } {
  const extracted = extractSignals(source, target, signalsFor(source.side, target.side, lexicon));
  const sides = { source: source.side, target: target.side };
  return { table: packAnchorTable(extracted, sides, source.units.length, target.units.length, params), extracted };
}

interface InternedToken {
  signal: number;
  keys: number[];
}

/** Interns the keys present on both sides (a key on one side only can never match) and packs both sides. */
export function packAnchorTable(
  extracted: readonly SignalTokens[],
  sides: { source: SideInfo; target: SideInfo },
  sourceCount: number,
  targetCount: number,
  params: ModelParams,
): AnchorTable {
  // Misses of reliable tokens whose keys the other side lacks altogether, per unit (see AnchorSignal.isReliable).
  const sourceMissing = new Float64Array(sourceCount);
  const targetMissing = new Float64Array(targetCount);
  const sourceIds: InternedToken[][] = Array.from({ length: sourceCount }, () => []);
  const targetIds: InternedToken[][] = Array.from({ length: targetCount }, () => []);
  let nextId = 0;
  const maxDf = (units: number) => Math.max(COMMON_KEY_MIN, units * COMMON_KEY_SHARE);
  extracted.forEach(({ source, target }, signal) => {
    const onSource = unitCounts(source);
    const onTarget = unitCounts(target);
    const ids = new Map<string, number>();
    for (const [key, count] of onTarget) {
      const other = onSource.get(key);
      if (other !== undefined && other <= maxDf(sourceCount) && count <= maxDf(targetCount)) ids.set(key, nextId++);
    }
    // Signals hand out the same (memoized) key array for every occurrence of a word: intern each array once.
    const cache = new WeakMap<string[], InternedToken | null>();
    const miss = params.signalMiss[extracted[signal]!.signal.id] ?? 0;
    const { isReliable } = extracted[signal]!.signal;
    internUnits(source, sourceIds, ids, signal, cache, isReliable?.(sides.source) ? { miss, into: sourceMissing } : undefined);
    internUnits(target, targetIds, ids, signal, cache, isReliable?.(sides.target) ? { miss, into: targetMissing } : undefined);
  });

  const sourcePostings = postingsOf(sourceIds, nextId);
  const targetPostings = postingsOf(targetIds, nextId);
  const signals = extracted.map(({ signal }) => signal);
  const weighting: Weighting = {
    match: signals.map((signal) => params.signalWeight[signal.id] ?? 0),
    miss: signals.map((signal) => params.signalMiss[signal.id] ?? 0),
    wholeUnit: signals.map((signal) => signal.wholeUnit === true),
    idfScale: params.idfScale,
    spanDiscount: params.spanDiscount,
    ceiling: params.lexicalCeiling,
  };
  const uniquePairs = new Map<number, { i: number; j: number; weight: number }>();
  for (let key = 0; key < nextId; key++) {
    const sourceUnits = sourcePostings[key]!;
    const targetUnits = targetPostings[key]!;
    if (sourceUnits.length > RARE_KEY || targetUnits.length > RARE_KEY) continue;
    const weight = 1 / Math.max(sourceUnits.length, targetUnits.length);
    for (const i of sourceUnits) {
      for (const j of targetUnits) {
        const pair = uniquePairs.get(i * (targetCount + 1) + j) ?? { i, j, weight: 0 };
        pair.weight += weight;
        uniquePairs.set(i * (targetCount + 1) + j, pair);
      }
    }
  }
  return {
    source: pack(sourceIds, sourcePostings, targetPostings, targetCount, weighting, sourceMissing),
    target: pack(targetIds, targetPostings, sourcePostings, sourceCount, weighting, targetMissing),
    uniquePairs: [...uniquePairs.values()],
  };
}

function internUnits(
  units: string[][][],
  into: InternedToken[][],
  ids: ReadonlyMap<string, number>,
  signal: number,
  cache: WeakMap<string[], InternedToken | null>,
  missing?: { miss: number; into: Float64Array },
): void {
  for (let u = 0; u < units.length; u++) {
    for (const token of units[u]!) {
      let interned = cache.get(token);
      if (interned === undefined) {
        const keys: number[] = [];
        for (const key of token) {
          const id = ids.get(key);
          if (id !== undefined && !keys.includes(id)) keys.push(id);
        }
        interned = keys.length > 0 ? { signal, keys } : null;
        cache.set(token, interned);
      }
      if (interned) into[u]!.push(interned);
      else if (missing) missing.into[u]! += missing.miss;
    }
  }
}

function postingsOf(units: InternedToken[][], keyCount: number): Int32Array[] {
  const lists: number[][] = Array.from({ length: keyCount }, () => []);
  units.forEach((tokens, unit) => {
    for (const token of tokens) {
      for (const key of token.keys) {
        const list = lists[key]!;
        if (list[list.length - 1] !== unit) list.push(unit);
      }
    }
  });
  return lists.map((list) => Int32Array.from(list));
}

interface Weighting {
  match: readonly number[];
  miss: readonly number[];
  wholeUnit: readonly boolean[];
  idfScale: number;
  spanDiscount: number;
  ceiling: number;
}

// A token's weight is its signal's weight times log(1 + scale / (df * c_k)), df being the number of units of the
// other side it matches and c_k = 1 + spanDiscount * (k - 1) for a bead with k units on the other side: roughly the
// log-odds of a match in a true pair against a match by chance. A name found in one paragraph out of a hundred pins
// the alignment down, a number found in every other paragraph hardly at all.
function pack(
  units: InternedToken[][],
  ownPostings: Int32Array[],
  otherPostings: Int32Array[],
  otherUnits: number,
  weighting: Weighting,
  missing: Float64Array,
): SideTokens {
  const { match, miss, wholeUnit, idfScale, spanDiscount } = weighting;
  // Per unit, its tokens by decreasing weight, at most MAX_TOKENS_PER_UNIT of them (the lightest are dropped).
  const kept: InternedToken[][] = new Array(units.length);
  const dfOf = new Map<InternedToken, number>();
  let tokenCount = 0;
  let keyCount = 0;
  for (let u = 0; u < units.length; u++) {
    const tokens = units[u]!;
    const weights = new Float64Array(tokens.length);
    const order: number[] = [];
    for (let x = 0; x < tokens.length; x++) {
      const token = tokens[x]!;
      let df = 0;
      for (const key of token.keys) df += otherPostings[key]!.length;
      df = Math.max(1, Math.min(df, otherUnits));
      dfOf.set(token, df);
      weights[x] = match[token.signal]! * Math.log1p(idfScale / df);
      if (weights[x]! > 0) order.push(x);
    }
    if (order.length > MAX_TOKENS_PER_UNIT) order.sort((x, y) => weights[y]! - weights[x]!).length = MAX_TOKENS_PER_UNIT;
    const unitTokens = order.map((x) => tokens[x]!);
    kept[u] = unitTokens;
    tokenCount += unitTokens.length;
    for (const token of unitTokens) keyCount += token.keys.length;
  }
  const side: SideTokens = {
    tokenStart: new Int32Array(units.length + 1),
    tokenWeight: new Float64Array(tokenCount * MAX_BEAD_SPAN),
    tokenMiss: new Float64Array(tokenCount),
    unitMiss: Float64Array.from(missing),
    zeroScore: new Float64Array(units.length),
    wholeUnitBits: new Int32Array(units.length),
    keyStart: new Int32Array(tokenCount + 1),
    keys: new Int32Array(keyCount),
    postings: ownPostings,
  };
  let t = 0;
  let k = 0;
  kept.forEach((tokens, unit) => {
    side.tokenStart[unit] = t;
    for (const token of tokens) {
      const df = dfOf.get(token)!;
      for (let span = 1; span <= MAX_BEAD_SPAN; span++) {
        const chance = df * (1 + spanDiscount * (span - 1));
        side.tokenWeight[t * MAX_BEAD_SPAN + span - 1] = match[token.signal]! * Math.log1p(idfScale / chance);
      }
      if (wholeUnit[token.signal]) side.wholeUnitBits[unit]! |= 1 << (t - side.tokenStart[unit]!);
      side.tokenMiss[t] = miss[token.signal]!;
      side.unitMiss[unit]! += miss[token.signal]!;
      side.keyStart[t] = k;
      for (const key of token.keys) side.keys[k++] = key;
      t++;
    }
  });
  side.tokenStart[units.length] = t;
  side.keyStart[t] = k;
  for (let u = 0; u < units.length; u++) {
    const miss = side.unitMiss[u]!;
    side.zeroScore[u] = miss === 0 ? 0 : -weighting.ceiling * Math.log1p(miss / weighting.ceiling);
  }
  return side;
}
