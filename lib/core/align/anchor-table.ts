// Runs the lexical signals over both texts of a pair and turns their tokens into something the dynamic program
// can use in its inner loop: integer key ids, per-unit token lists of at most 31 tokens (one bit each, so that the
// tokens of a unit matched by a group of units is one OR of masks), per-token weights, and per-side inverted
// indexes from key to the units that contain it. Everything per occurrence is integer work: key strings are looked
// up once per token type (a distinct word, a distinct number), not once per token.

import { commonWordsSignal } from "./signals/common-words";
import { corpusWordsSignals, type CorpusWords } from "./signals/corpus-words";
import { datesSignal } from "./signals/dates";
import { dictionarySignal, type Dictionary } from "./signals/dictionary";
import { termBaseSignal } from "./signals/glossary";
import { latinTokensSignal } from "./signals/latin-tokens";
import { namesSignal } from "./signals/names";
import { numbersSignal } from "./signals/numbers";
import { punctuationSignal } from "./signals/punctuation";
import { sharedWordsSignal } from "./signals/shared-words";
import { type AnchorSignal, type SideInfo, type SignalText, type TokenList } from "./signals/signal";
import { structureSignal } from "./signals/structure";
import { MAX_BEAD_SPAN, type ModelParams } from "./model";
import type { Lexicon } from "./types";
import { IntBuffer } from "./int-buffer";

/** Keys in more units than this are not used as anchor points: a repeated name says little about position. */
const RARE_KEY = 4;
/**
 * Keys in more than this share of a side's units (and more than COMMON_KEY_MIN of them) are dropped before any
 * token is built: their weight, log(1 + idfScale / df), is near nothing, and on a long document the skeletons of
 * common Persian words that happen to spell like an English name would otherwise make most of the tokens.
 */
const COMMON_KEY_SHARE = 0.02;
const COMMON_KEY_MIN = 40;
/**
 * How far apart, in units, the two holders of an anchor key may be once their positions are scaled to the longer
 * text: farther than a bead and the band around it, a key found once on each side is a coincidence, not a boundary.
 */
const ANCHOR_REACH = 8;

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

export function signalsFor(
  a: SideInfo,
  b: SideInfo,
  lexicon?: Lexicon,
  corpusWords: CorpusWords = [],
  /** Signals made for this pair (a dictionary's, signals/dictionary.ts). */
  pairSignals: readonly AnchorSignal[] = [],
): AnchorSignal[] {
  const all = [
    numbersSignal,
    datesSignal,
    latinTokensSignal,
    namesSignal,
    punctuationSignal,
    structureSignal,
    sharedWordsSignal,
    commonWordsSignal,
    ...(lexicon ? [termBaseSignal(lexicon)] : []),
    ...corpusWordsSignals(corpusWords),
    ...pairSignals,
  ];
  return all.filter((signal) => signal.appliesTo(a, b));
}

/** The tokens of both sides for one signal. */
export interface SignalTokens {
  signal: AnchorSignal;
  source: TokenList;
  target: TokenList;
}

/** A text whose signal tokens are computed once and kept, for every pair it is aligned in. */
export interface TokenSource extends SignalText {
  tokensOf(signal: AnchorSignal): TokenList;
}

export function buildAnchorTable(
  source: TokenSource,
  target: TokenSource,
  params: ModelParams,
  lexicon?: Lexicon,
  corpusWords?: CorpusWords,
  dictionaries?: readonly Dictionary[],
): { table: AnchorTable; extracted: SignalTokens[] } {
  const pairSignals = (dictionaries ?? []).flatMap((dictionary) => dictionarySignal(dictionary, source, target) ?? []);
  const extracted = signalsFor(source.side, target.side, lexicon, corpusWords, pairSignals).map((signal) => ({
    signal,
    ...pairTokens(signal, source, target),
  }));
  const sides = { source: source.side, target: target.side };
  const counts = { source: source.wordStart.length - 1, target: target.wordStart.length - 1 };
  return { table: packAnchorTable(extracted, sides, counts.source, counts.target, params), extracted };
}

/**
 * One signal's tokens of both texts of a pair: the sparse side first, then the dense side only with the keys it
 * could match (see AnchorSignal.isSparse).
 */
export function pairTokens(
  signal: AnchorSignal,
  source: TokenSource,
  target: TokenSource,
): { source: TokenList; target: TokenList } {
  if (signal.isSparse?.(target.side) && !signal.isSparse(source.side)) {
    const targetTokens = target.tokensOf(signal);
    return { source: signal.extract(source, keysOf(targetTokens)), target: targetTokens };
  }
  if (signal.isSparse?.(source.side) && !signal.isSparse(target.side)) {
    const sourceTokens = source.tokensOf(signal);
    return { source: sourceTokens, target: signal.extract(target, keysOf(sourceTokens)) };
  }
  return { source: source.tokensOf(signal), target: target.tokensOf(signal) };
}

function keysOf(list: TokenList): Set<string> {
  const keys = new Set<string>();
  for (const typeKeys of list.keys) for (const key of typeKeys) keys.add(key);
  return keys;
}

/** A token kept for the pair: its signal and its type in that signal's list. */
interface Kept {
  unitStart: Int32Array;
  signal: Int32Array;
  type: Int32Array;
}

/** Per signal and side, the pair's key ids of each token type (CSR), empty when none of its keys is usable. */
interface TypeKeys {
  start: Int32Array;
  keys: Int32Array;
}

/** Interns the keys present on both sides (a key on one side only can never match) and packs both sides. */
export function packAnchorTable(
  extracted: readonly SignalTokens[],
  sides: { source: SideInfo; target: SideInfo },
  sourceCount: number,
  targetCount: number,
  params: ModelParams,
): AnchorTable {
  const maxDf = (units: number) => Math.max(COMMON_KEY_MIN, units * COMMON_KEY_SHARE);
  let nextId = 0;
  const sourceKeys: TypeKeys[] = [];
  const targetKeys: TypeKeys[] = [];
  for (const { source, target } of extracted) {
    // Local key ids of this signal, then the number of units holding each key on each side.
    const local = new Map<string, number>();
    const localOf = (list: TokenList) => typeKeyIds(list, local);
    const sourceLocal = localOf(source);
    const targetLocal = localOf(target);
    const onSource = unitCounts(source, sourceLocal, local.size);
    const onTarget = unitCounts(target, targetLocal, local.size);
    const ids = new Int32Array(local.size).fill(-1);
    for (let key = 0; key < local.size; key++) {
      const a = onSource[key]!;
      const b = onTarget[key]!;
      if (a > 0 && b > 0 && a <= maxDf(sourceCount) && b <= maxDf(targetCount)) ids[key] = nextId++;
    }
    sourceKeys.push(remap(sourceLocal, ids));
    targetKeys.push(remap(targetLocal, ids));
  }

  const reliable = (side: SideInfo) => extracted.map(({ signal }) => signal.isReliable?.(side) === true);
  const miss = extracted.map(({ signal }) => params.signalMiss[signal.id] ?? 0);
  const sourceKept = keep(extracted.map((e) => e.source), sourceKeys, sourceCount, reliable(sides.source), miss);
  const targetKept = keep(extracted.map((e) => e.target), targetKeys, targetCount, reliable(sides.target), miss);
  const sourcePostings = postingsOf(sourceKept.kept, sourceKeys, nextId);
  const targetPostings = postingsOf(targetKept.kept, targetKeys, nextId);

  const signals = extracted.map(({ signal }) => signal);
  const weighting: Weighting = {
    match: signals.map((signal) => params.signalWeight[signal.id] ?? 0),
    miss,
    wholeUnit: signals.map((signal) => signal.wholeUnit === true),
    idfScale: params.idfScale,
    spanDiscount: params.spanDiscount,
    ceiling: params.lexicalCeiling,
    anchorMiss: params.anchorMiss,
    anchored: anchoredKeys(sourcePostings, targetPostings, sourceCount, targetCount),
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
    source: pack(sourceKept, sourceKeys, sourcePostings, targetPostings, targetCount, weighting),
    target: pack(targetKept, targetKeys, targetPostings, sourcePostings, sourceCount, weighting),
    uniquePairs: [...uniquePairs.values()],
  };
}

/**
 * Keys held by one unit of each side, the two near the same place in the document: a name or a number that the
 * whole text mentions once, in the paragraph and its translation. A bead that pairs either unit with something else
 * leaves it unmatched, which says more against that bead than an ordinary miss: the counterpart is right there, so
 * the boundary is misplaced (a sentence moved to the next paragraph, a short paragraph joined to the wrong side).
 */
function anchoredKeys(source: Int32Array[], target: Int32Array[], sourceCount: number, targetCount: number): Uint8Array {
  const anchored = new Uint8Array(source.length);
  const scale = Math.max(sourceCount, targetCount);
  for (let key = 0; key < source.length; key++) {
    if (source[key]!.length !== 1 || target[key]!.length !== 1) continue;
    const drift = Math.abs(source[key]![0]! / Math.max(1, sourceCount) - target[key]![0]! / Math.max(1, targetCount)) * scale;
    if (drift <= ANCHOR_REACH) anchored[key] = 1;
  }
  return anchored;
}

/** Local key ids of each token type of a list, distinct within a type. */
function typeKeyIds(list: TokenList, local: Map<string, number>): TypeKeys {
  const start = new Int32Array(list.keys.length + 1);
  const keys: number[] = [];
  list.keys.forEach((typeKeys, type) => {
    const first = keys.length;
    for (const key of typeKeys) {
      let id = local.get(key);
      if (id === undefined) local.set(key, (id = local.size));
      let seen = false;
      for (let k = first; k < keys.length && !seen; k++) seen = keys[k] === id;
      if (!seen) keys.push(id);
    }
    start[type + 1] = keys.length;
  });
  return { start, keys: Int32Array.from(keys) };
}

/** For each local key, the number of units that hold it. */
function unitCounts(list: TokenList, typeKeys: TypeKeys, keyCount: number): Int32Array {
  const counts = new Int32Array(keyCount);
  const lastUnit = new Int32Array(keyCount).fill(-1);
  const units = list.start.length - 1;
  for (let u = 0; u < units; u++) {
    for (let t = list.start[u]!; t < list.start[u + 1]!; t++) {
      const type = list.types[t]!;
      for (let k = typeKeys.start[type]!; k < typeKeys.start[type + 1]!; k++) {
        const key = typeKeys.keys[k]!;
        if (lastUnit[key] === u) continue;
        lastUnit[key] = u;
        counts[key]!++;
      }
    }
  }
  return counts;
}

/** Type keys rewritten with the pair's key ids, keys that are not usable dropped. */
function remap(typeKeys: TypeKeys, ids: Int32Array): TypeKeys {
  const start = new Int32Array(typeKeys.start.length);
  const keys: number[] = [];
  for (let type = 0; type + 1 < typeKeys.start.length; type++) {
    for (let k = typeKeys.start[type]!; k < typeKeys.start[type + 1]!; k++) {
      const id = ids[typeKeys.keys[k]!]!;
      if (id >= 0) keys.push(id);
    }
    start[type + 1] = keys.length;
  }
  return { start, keys: Int32Array.from(keys) };
}

/**
 * The tokens of each unit that have a usable key, in signal order; a reliable signal's token with none is a miss
 * of its unit (see AnchorSignal.isReliable).
 */
function keep(
  lists: readonly TokenList[],
  typeKeys: readonly TypeKeys[],
  units: number,
  reliable: readonly boolean[],
  miss: readonly number[],
): { kept: Kept; missing: Float64Array } {
  const missing = new Float64Array(units);
  const unitStart = new Int32Array(units + 1);
  const signal = new IntBuffer();
  const type = new IntBuffer();
  for (let u = 0; u < units; u++) {
    lists.forEach((list, s) => {
      const keys = typeKeys[s]!;
      for (let t = list.start[u]!; t < list.start[u + 1]!; t++) {
        const tokenType = list.types[t]!;
        if (keys.start[tokenType + 1]! > keys.start[tokenType]!) {
          signal.push(s);
          type.push(tokenType);
        } else if (reliable[s]) {
          missing[u]! += miss[s]!;
        }
      }
    });
    unitStart[u + 1] = signal.length;
  }
  return { kept: { unitStart, signal: signal.toArray(), type: type.toArray() }, missing };
}

function postingsOf(kept: Kept, typeKeys: readonly TypeKeys[], keyCount: number): Int32Array[] {
  const lists: number[][] = Array.from({ length: keyCount }, () => []);
  const units = kept.unitStart.length - 1;
  for (let unit = 0; unit < units; unit++) {
    for (let t = kept.unitStart[unit]!; t < kept.unitStart[unit + 1]!; t++) {
      const keys = typeKeys[kept.signal[t]!]!;
      const type = kept.type[t]!;
      for (let k = keys.start[type]!; k < keys.start[type + 1]!; k++) {
        const list = lists[keys.keys[k]!]!;
        if (list[list.length - 1] !== unit) list.push(unit);
      }
    }
  }
  return lists.map((list) => Int32Array.from(list));
}

interface Weighting {
  match: readonly number[];
  miss: readonly number[];
  wholeUnit: readonly boolean[];
  idfScale: number;
  spanDiscount: number;
  ceiling: number;
  anchorMiss: number;
  /** Per key id, 1 when it is an anchor (see anchoredKeys). */
  anchored: Uint8Array;
}

// A token's weight is its signal's weight times log(1 + scale / (df * c_k)), df being the number of units of the
// other side it matches and c_k = 1 + spanDiscount * (k - 1) for a bead with k units on the other side: roughly the
// log-odds of a match in a true pair against a match by chance. A name found in one paragraph out of a hundred pins
// the alignment down, a number found in every other paragraph hardly at all.
function pack(
  side: { kept: Kept; missing: Float64Array },
  typeKeys: readonly TypeKeys[],
  ownPostings: Int32Array[],
  otherPostings: Int32Array[],
  otherUnits: number,
  weighting: Weighting,
): SideTokens {
  const { match, miss, wholeUnit, idfScale, spanDiscount } = weighting;
  const { kept } = side;
  const units = kept.unitStart.length - 1;
  // log(1 + idfScale / (df * c_k)) by df and span: df is a whole number of units, and most tokens share a few.
  const idfLogs = new Float64Array((otherUnits + 1) * MAX_BEAD_SPAN).fill(NaN);
  const idfLog = (df: number, span: number) => {
    const at = df * MAX_BEAD_SPAN + span - 1;
    let value = idfLogs[at]!;
    if (Number.isNaN(value)) idfLogs[at] = value = Math.log1p(idfScale / (df * (1 + spanDiscount * (span - 1))));
    return value;
  };
  const dfOf = (t: number) => {
    const keys = typeKeys[kept.signal[t]!]!;
    const type = kept.type[t]!;
    let df = 0;
    for (let k = keys.start[type]!; k < keys.start[type + 1]!; k++) df += otherPostings[keys.keys[k]!]!.length;
    return Math.max(1, Math.min(df, otherUnits));
  };
  // Per unit, its tokens by decreasing weight, at most MAX_TOKENS_PER_UNIT of them (the lightest are dropped).
  const chosen = new IntBuffer();
  const chosenStart = new Int32Array(units + 1);
  const df = new Float64Array(kept.signal.length);
  const weights: number[] = [];
  const order: number[] = [];
  let keyCount = 0;
  for (let u = 0; u < units; u++) {
    order.length = 0;
    for (let t = kept.unitStart[u]!; t < kept.unitStart[u + 1]!; t++) {
      df[t] = dfOf(t);
      weights[t - kept.unitStart[u]!] = match[kept.signal[t]!]! * idfLog(df[t]!, 1);
      if (weights[t - kept.unitStart[u]!]! > 0) order.push(t);
    }
    if (order.length > MAX_TOKENS_PER_UNIT) {
      const base = kept.unitStart[u]!;
      order.sort((x, y) => weights[y - base]! - weights[x - base]!).length = MAX_TOKENS_PER_UNIT;
    }
    for (let o = 0; o < order.length; o++) {
      const t = order[o]!;
      chosen.push(t);
      const keys = typeKeys[kept.signal[t]!]!;
      keyCount += keys.start[kept.type[t]! + 1]! - keys.start[kept.type[t]!]!;
    }
    chosenStart[u + 1] = chosen.length;
  }
  const tokenCount = chosen.length;
  const chosenTokens = chosen.toArray();
  const result: SideTokens = {
    tokenStart: Int32Array.from(chosenStart),
    tokenWeight: new Float64Array(tokenCount * MAX_BEAD_SPAN),
    tokenMiss: new Float64Array(tokenCount),
    unitMiss: Float64Array.from(side.missing),
    zeroScore: new Float64Array(units),
    wholeUnitBits: new Int32Array(units),
    keyStart: new Int32Array(tokenCount + 1),
    keys: new Int32Array(keyCount),
    postings: ownPostings,
  };
  let k = 0;
  for (let u = 0; u < units; u++) {
    for (let c = chosenStart[u]!; c < chosenStart[u + 1]!; c++) {
      const t = chosenTokens[c]!;
      const signal = kept.signal[t]!;
      for (let span = 1; span <= MAX_BEAD_SPAN; span++) {
        result.tokenWeight[c * MAX_BEAD_SPAN + span - 1] = match[signal]! * idfLog(df[t]!, span);
      }
      if (wholeUnit[signal]) result.wholeUnitBits[u]! |= 1 << (c - chosenStart[u]!);
      result.keyStart[c] = k;
      const keys = typeKeys[signal]!;
      let anchored = false;
      for (let x = keys.start[kept.type[t]!]!; x < keys.start[kept.type[t]! + 1]!; x++) {
        anchored ||= weighting.anchored[keys.keys[x]!] === 1;
        result.keys[k++] = keys.keys[x]!;
      }
      const tokenMiss = miss[signal]! + (anchored ? weighting.anchorMiss * match[signal]! : 0);
      result.tokenMiss[c] = tokenMiss;
      result.unitMiss[u]! += tokenMiss;
    }
  }
  result.keyStart[tokenCount] = k;
  for (let u = 0; u < units; u++) {
    const unitMiss = result.unitMiss[u]!;
    result.zeroScore[u] = unitMiss === 0 ? 0 : -weighting.ceiling * Math.log1p(unitMiss / weighting.ceiling);
  }
  return result;
}
