// The cost of every bead that ends in every cell of a band: shape prior, length (of whole beads in the first pass,
// of their sentences in the second, see signals/sentence-length.ts) and lexical matches, computed once per pass and
// then read by Viterbi, forward and backward. Lexical matching goes through unit-pair masks: bit b of
// sourceMask(i, j) says that token b of source unit i has a key found in target unit j. A bead's matched weight is
// the weight of the OR of its units' masks, so a name repeated in two target units is counted once.

import type { AnchorTable, SideTokens } from "./anchor-table";
import type { Band } from "./band";
import { bridgeBonus, type BridgeTable } from "./bridge";
import { BEAD_COUNT, BEAD_SOURCE, BEAD_TARGET, MAX_BEAD_SPAN, type ModelParams } from "./model";
import { lengthCostOf, type LengthModel } from "./signals/length";
import type { SentenceKeys } from "./sentence-keys";
import { writeSentenceCosts, type TextStops } from "./signals/sentence-length";
import { defaultTrust, type SentenceTrust } from "./sentence-trust";

export interface PairInputs {
  sourcePrefix: Float64Array;
  targetPrefix: Float64Array;
  /** Sentences before each unit (prefix sums of rough sentence counts). */
  sourceSentences: Int32Array;
  targetSentences: Int32Array;
  /** Per unit, 1 when it reads as prose (see PreparedText.prose): dearer to leave without counterpart. */
  sourceProse: Uint8Array;
  targetProse: Uint8Array;
  sourceStops: TextStops;
  targetStops: TextStops;
  anchors: AnchorTable;
  /** Exact pass: rare keys shared by sentences (see sentence-keys.ts), when the model weighs them. */
  sentenceKeys?: SentenceKeys;
  length: LengthModel;
  params: ModelParams;
  /** Beads a reviewer rejected, as "sourceStart:sourceCount:targetStart:targetCount". */
  /** Extra cost of a bead a reviewer rejected, by beadKey: a soft penalty, or HARD_FORBIDDEN_COST. */
  forbidden?: ReadonlyMap<string, number>;
  /** Extra evidence per unit pair (from a third text), added for each pair a bead covers. */
  bridge?: BridgeTable;
  /**
   * The costs of an earlier, narrower band of the same pass: a bead whose both ends were in it is copied from there
   * rather than computed again (the band is widened where the path touched its edge, and the rest is unchanged), and
   * so are the lexical masks of the rows whose reach is unchanged. Exact pass: the trust must be the earlier band's.
   */
  reuse?: { band: Band; costs: Float32Array };
  /** Exact pass: which beads starting at a cell are worth computing (see dp.ts plausibility, writeSentenceCosts). */
  plausible?: (i: number, j: number) => number;
  /**
   * The second, exact pass. The first pass only has to find the neighbourhood of the path: it judges beads by their
   * total lengths and sentence counts instead of aligning their sentences. It weighs every bead shape all the same,
   * since the exact pass weighs a shape only where the first saw one of that size within pruneMargin (see dp.ts
   * plausibility): without its own 3-2, 2-3, 4-1 and 1-4 beads, a 2-3 link that the first pass could only see as a
   * 1-2 and a 1-1 was seldom judged on its sentences at all.
   */
  exact: boolean;
  /**
   * Exact pass: how far this document's sentences are trusted (see sentence-trust.ts), or how to read it from the
   * sentence costs once they are computed.
   */
  trust?: SentenceTrust | ((sentenceCosts: Float32Array) => SentenceTrust);
  /**
   * Exact pass, with shared keys and a trust still to read: the start cells of the beads the trust is read from
   * (see sentence-trust.ts pathStarts). The trust then reads their sentence costs without the keys' rewards.
   */
  trustStarts?: (i: number, j: number) => number;
  /** Exact pass: added to the cost of a sentence group of several sentences on a side (see align-pair.ts joinShiftOf). */
  joinShift?: number;
}

/** Unit-pair masks over the band's reach. */
interface PairMasks {
  lo: Int32Array;
  hi: Int32Array;
  offset: Int32Array;
  source: Int32Array;
  target: Int32Array;
  /** Lexical score of the 1-1 bead of each pair. */
  single: Float64Array;
}

/** Identifies a bead; a side with no units has no position ("-"), so a rejected 0-1 link is rejected anywhere. */
export function beadKey(sourceStart: number, sourceCount: number, targetStart: number, targetCount: number): string {
  return `${sourceCount > 0 ? sourceStart : "-"}:${sourceCount}:${targetCount > 0 ? targetStart : "-"}:${targetCount}`;
}

function lowerBound(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Matched weight of the tokens of `unit` in `mask`, when the other side of the bead has `span` units. */
function maskWeight(side: SideTokens, unit: number, mask: number, span: number): number {
  let sum = 0;
  const start = side.tokenStart[unit]!;
  while (mask !== 0) {
    const low = mask & -mask;
    sum += side.tokenWeight[(start + 31 - Math.clz32(low)) * MAX_BEAD_SPAN + span - 1]!;
    mask ^= low;
  }
  return sum;
}

function maskMiss(side: SideTokens, unit: number, mask: number): number {
  let sum = 0;
  const start = side.tokenStart[unit]!;
  while (mask !== 0) {
    const low = mask & -mask;
    sum += side.tokenMiss[start + 31 - Math.clz32(low)]!;
    mask ^= low;
  }
  return sum;
}

/**
 * Lexical score of one unit in a non-null bead: the saturated weight of its matched tokens less the saturated cost
 * of the ones left unmatched. `excluded` are tokens that do not count in this bead at all.
 */
function unitScore(side: SideTokens, unit: number, mask: number, excluded: number, span: number, ceiling: number): number {
  if ((mask & ~excluded) === 0 && excluded === 0) return side.zeroScore[unit]!;
  const matched = mask & ~excluded;
  const missed = side.unitMiss[unit]! - maskMiss(side, unit, matched) - (excluded === 0 ? 0 : maskMiss(side, unit, excluded));
  return (matched === 0 ? 0 : saturate(maskWeight(side, unit, matched, span), ceiling)) - saturate(Math.max(missed, 0), ceiling);
}

// Evidence that a unit belongs in a bead saturates: twenty matched names are not ten times as convincing as two,
// and without a ceiling a merge that brings along a unit sharing a repeated name outweighs every other signal.
// Applied per unit, so that each unit of a merge must earn its place on its own.
function saturate(evidence: number, ceiling: number): number {
  return ceiling * Math.log1p(evidence / ceiling);
}

/**
 * The masks each cost table of a large band was computed with, so that a wider band of the same pass copies the
 * rows it shares. A small band's are not kept: computing them again costs less than keeping them (a row's sentence
 * pass runs thousands of small alignments).
 */
const masksOf = new WeakMap<Float32Array, PairMasks>();
const KEEP_MASKS_CELLS = 10_000;
const NONE_COPIED = new Uint8Array(0);

/** The pair masks of the band; the rows whose reach is the same in `kept` (an earlier, narrower band's) are copied. */
function buildMasks(band: Band, anchors: AnchorTable, ceiling: number, kept?: PairMasks): PairMasks {
  const { n, m } = band;
  const rows = Math.max(n, 0);
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  const offset = new Int32Array(rows + 1);
  for (let i = 0; i < rows; i++) {
    lo[i] = Math.max(0, band.lo[i + 1]! - MAX_BEAD_SPAN);
    hi[i] = Math.min(m - 1, band.hi[Math.min(n, i + MAX_BEAD_SPAN)]! - 1);
    offset[i + 1] = offset[i]! + Math.max(0, hi[i]! - lo[i]! + 1);
  }
  const size = offset[rows]!;
  const source = new Int32Array(size);
  const target = new Int32Array(size);
  const single = new Float64Array(size);
  const { source: s, target: t } = anchors;
  // Rows copied from `kept`, and the columns some other row reaches (only those are read for the target's bits).
  const copied = kept ? new Uint8Array(rows) : NONE_COPIED;
  const columns = kept ? new Uint8Array(m) : NONE_COPIED;
  if (kept) {
    for (let i = 0; i < rows; i++) {
      if (kept.lo[i] === lo[i] && kept.hi[i] === hi[i]) copied[i] = 1;
      else columns.fill(1, lo[i]!, hi[i]! + 1);
    }
    forEachRun(copied, rows, 1, (first, last) => {
      const [from, to, at] = [kept.offset[first]!, kept.offset[last + 1]!, offset[first]!];
      source.set(kept.source.subarray(from, to), at);
      target.set(kept.target.subarray(from, to), at);
      single.set(kept.single.subarray(from, to), at);
    });
  }

  for (let i = 0; i < rows; i++) {
    if (kept && copied[i] === 1) continue;
    for (let token = s.tokenStart[i]!; token < s.tokenStart[i + 1]!; token++) {
      const bit = 1 << (token - s.tokenStart[i]!);
      for (let k = s.keyStart[token]!; k < s.keyStart[token + 1]!; k++) {
        const list = t.postings[s.keys[k]!]!;
        for (let p = lowerBound(list, lo[i]!); p < list.length && list[p]! <= hi[i]!; p++) {
          source[offset[i]! + list[p]! - lo[i]!]! |= bit;
        }
      }
    }
  }

  // Rows whose reach contains column j form an interval [first, last] that only moves forward with j.
  let first = 0;
  let last = -1;
  for (let j = 0; j < m; j++) {
    while (first < rows && hi[first]! < j) first++;
    while (last + 1 < rows && lo[last + 1]! <= j) last++;
    if (first > last || (kept && columns[j] === 0)) continue;
    for (let token = t.tokenStart[j]!; token < t.tokenStart[j + 1]!; token++) {
      const bit = 1 << (token - t.tokenStart[j]!);
      for (let k = t.keyStart[token]!; k < t.keyStart[token + 1]!; k++) {
        const list = s.postings[t.keys[k]!]!;
        for (let p = lowerBound(list, first); p < list.length && list[p]! <= last; p++) {
          const i = list[p]!;
          if (j >= lo[i]! && j <= hi[i]! && (!kept || copied[i] === 0)) target[offset[i]! + j - lo[i]!]! |= bit;
        }
      }
    }
  }

  for (let i = 0; i < rows; i++) {
    if (kept && copied[i] === 1) continue;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const cell = offset[i]! + j - lo[i]!;
      single[cell] = unitScore(s, i, source[cell]!, 0, 1, ceiling) + unitScore(t, j, target[cell]!, 0, 1, ceiling);
    }
  }
  return { lo, hi, offset, source, target, single };
}

/** costs[cell * BEAD_COUNT + bead]: cost of the bead ending at that cell, Infinity when it would leave the band. */
export function computeBeadCosts(band: Band, inputs: PairInputs): Float32Array {
  if (inputs.reuse && !holdsBand(band, inputs.reuse.band)) throw new Error("A band's costs were to be copied from a band it does not hold.");
  const { sourcePrefix, targetPrefix, anchors, length, params, forbidden, bridge, exact } = inputs;
  const { sourceSentences, targetSentences } = inputs;
  const countCost = params.sentenceCountCost;
  const masks = buildMasks(band, anchors, params.lexicalCeiling, inputs.reuse ? masksOf.get(inputs.reuse.costs) : undefined);
  // The exact pass's sentence costs are written first, over Infinity; the first pass fills each cell it computes.
  const costs = new Float32Array(band.size * BEAD_COUNT);
  const fillEach = !exact && inputs.reuse !== undefined;
  if (!fillEach) costs.fill(Infinity);
  const readTrust = typeof inputs.trust === "function" ? inputs.trust : undefined;
  const unrewarded =
    exact && readTrust && inputs.trustStarts
      ? { starts: inputs.trustStarts, costs: new Float32Array(band.size * BEAD_COUNT).fill(Infinity) }
      : undefined;
  if (exact) {
    const { sourceStops, targetStops, plausible, sentenceKeys, joinShift } = inputs;
    writeSentenceCosts(band, sourceStops, targetStops, length, params, costs, plausible, sentenceKeys, joinShift, unrewarded, inputs.reuse?.band);
  }
  const hasForbidden = forbidden !== undefined && forbidden.size > 0;

  const ceiling = params.lexicalCeiling;
  const trust = readTrust ? readTrust(unrewarded?.costs ?? costs) : ((inputs.trust as SentenceTrust | undefined) ?? defaultTrust(params));
  const scale = Math.sqrt(length.ratio);
  const lengthOf = lengthCostOf(length);
  const reuse = inputs.reuse;
  const ending = new UnitScores(masks, anchors, ceiling, band.m);
  if (band.size >= KEEP_MASKS_CELLS) masksOf.set(costs, masks);
  // What the earlier band computed is copied: stretches of rows the two bands hold alike in one piece, then, row by
  // row, the cells none of whose beads starts in a new cell. A band widened again and again (a long document whose
  // path keeps touching the band's edge) would otherwise compute every bead of every cell each time.
  const copied = reuse ? copyUnchangedRows(reuse, band, costs) : undefined;
  for (let i = 0; i <= band.n; i++) {
    if (copied?.[i] === 1) continue;
    const changed = reuse ? copyUnchanged(reuse, band, i, costs) : undefined;
    const keptLo = reuse ? reuse.band.lo[i]! : 0;
    const keptHi = reuse ? reuse.band.hi[i]! : -1;
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      if (changed && j >= keptLo && j <= keptHi && changed[j - keptLo] === 0) continue;
      const base = (band.offset[i]! + j - band.lo[i]!) * BEAD_COUNT;
      if (fillEach) costs.fill(Infinity, base, base + BEAD_COUNT);
      ending.moveTo(i, j);
      const previous = reuse ? reuse.band.cell(i, j) : -1;
      for (let bead = 0; bead < BEAD_COUNT; bead++) {
        const a = BEAD_SOURCE[bead]!;
        const b = BEAD_TARGET[bead]!;
        const i0 = i - a;
        const j0 = j - b;
        if (i0 < 0 || j0 < 0 || j0 < band.lo[i0]! || j0 > band.hi[i0]!) continue;
        if (previous >= 0 && reuse!.band.cell(i0, j0) >= 0) {
          costs[base + bead] = reuse!.costs[previous * BEAD_COUNT + bead]!;
          continue;
        }
        let cost: number;
        if (a === 0 || b === 0) {
          // In the length model's common currency (see lengthDelta2), so that an Arabic paragraph, whose letters
          // carry more than English ones, costs as much to leave out as its English counterpart would.
          const letters = (sourcePrefix[i]! - sourcePrefix[i0]!) * scale + (targetPrefix[j]! - targetPrefix[j0]!) / scale;
          cost = params.nullCost + params.nullCostPerLetter * letters;
          // Only in the exact pass: the first only has to find the neighbourhood of the path, and dearer omissions
          // there would narrow the beads the exact pass weighs (a 2-3 link seen through a 1-3 and a 1-0).
          if (exact) {
            const prose = a === 0 ? inputs.targetProse[j0] : inputs.sourceProse[i0];
            cost += prose ? params.nullProse : -params.nullProse;
            if (params.nullRunOn !== 0 && runsOn(a === 0 ? inputs.targetStops : inputs.sourceStops, a === 0 ? j0 : i0)) {
              cost += params.nullRunOn;
            }
          }
        } else {
          if (exact) {
            // Shape prior and sentence alignment, from writeSentenceCosts; none where the start is not plausible.
            cost = costs[base + bead]!;
            if (cost === Infinity) continue;
            cost -= trust.perSentence * (sourceSentences[i]! - sourceSentences[i0]! + targetSentences[j]! - targetSentences[j0]!);
            const whole = params.beadCost[bead]! + trust.fallback + lengthOf(sourcePrefix[i]! - sourcePrefix[i0]!, targetPrefix[j]! - targetPrefix[j0]!);
            if (whole < cost) cost = whole;
          } else {
            cost = params.beadCost[bead]! + lengthOf(sourcePrefix[i]! - sourcePrefix[i0]!, targetPrefix[j]! - targetPrefix[j0]!);
            // Translators keep the number of sentences four times out of five (on the benchmark's dev half).
            const countGap = Math.abs(targetSentences[j]! - targetSentences[j0]! - (sourceSentences[i]! - sourceSentences[i0]!));
            cost += countCost[Math.min(countGap, countCost.length - 1)]!;
          }
          if (a === 1 && b === 1) {
            const cell = pairCell(masks, i0, j0);
            cost -= cell >= 0 ? masks.single[cell]! : unitScore(anchors.source, i0, 0, 0, 1, ceiling) + unitScore(anchors.target, j0, 0, 0, 1, ceiling);
          } else {
            cost -= ending.matchedWeight(a, b);
          }
          if (bridge) cost -= bridgeBonus(bridge, i0, a, j0, b);
        }
        if (hasForbidden) cost += forbidden.get(beadKey(i0, a, j0, b)) ?? 0;
        costs[base + bead] = cost;
      }
    }
  }
  return costs;
}

/**
 * True when `outer` holds every cell of `inner`. Copied costs are only right then: a bead whose start lies in the
 * earlier band but outside the new one would keep a finite cost, and the Viterbi pass would read its start's cost
 * from another row's cells.
 */
function holdsBand(outer: Band, inner: Band): boolean {
  if (outer.n !== inner.n || outer.m !== inner.m) return false;
  for (let i = 0; i <= outer.n; i++) if (inner.lo[i]! < outer.lo[i]! || inner.hi[i]! > outer.hi[i]!) return false;
  return true;
}

/**
 * Copies into `costs` every row that `reuse` holds as the new band does, and whose beads start only in such rows, in
 * one piece per stretch of such rows (their cells lie one after another in both bands). Returns 1 per row copied.
 */
function copyUnchangedRows(reuse: { band: Band; costs: Float32Array }, band: Band, costs: Float32Array): Uint8Array {
  const kept = reuse.band;
  const copied = new Uint8Array(band.n + 1);
  let sameRun = 0; // rows up to this one that the two bands hold alike
  for (let i = 0; i <= band.n; i++) {
    sameRun = kept.lo[i] === band.lo[i] && kept.hi[i] === band.hi[i] ? sameRun + 1 : 0;
    if (sameRun > MAX_BEAD_SPAN || sameRun === i + 1) copied[i] = 1;
  }
  forEachRun(copied, band.n + 1, 1, (first, last) => {
    const from = kept.offset[first]! * BEAD_COUNT;
    costs.set(reuse.costs.subarray(from, kept.offset[last + 1]! * BEAD_COUNT), band.offset[first]! * BEAD_COUNT);
  });
  return copied;
}

let changedScratch = new Uint8Array(64);

/**
 * Copies into `costs` the cells of row i that `reuse` holds and where no bead ends that starts in a cell the new
 * band added (a bead's start is then in both bands or in neither, and its cost is the same in both), in runs.
 * Returns, per column of the row in `reuse` (from its first), 1 for the cells left to compute, 0 for those copied.
 */
function copyUnchanged(reuse: { band: Band; costs: Float32Array }, band: Band, i: number, costs: Float32Array): Uint8Array {
  const kept = reuse.band;
  const lo = kept.lo[i]!;
  const width = Math.max(0, kept.hi[i]! - lo + 1);
  if (changedScratch.length < width) changedScratch = new Uint8Array(2 * width);
  const changed = changedScratch;
  changed.fill(0, 0, width);
  const mark = (from: number, to: number) => {
    for (let j = Math.max(from, lo); j <= Math.min(to, lo + width - 1); j++) changed[j - lo] = 1;
  };
  for (let bead = 0; bead < BEAD_COUNT; bead++) {
    const i0 = i - BEAD_SOURCE[bead]!;
    if (i0 < 0) continue;
    const b = BEAD_TARGET[bead]!;
    mark(band.lo[i0]! + b, kept.lo[i0]! - 1 + b);
    mark(kept.hi[i0]! + 1 + b, band.hi[i0]! + b);
  }
  forEachRun(changed, width, 0, (first, last) => {
    const from = (kept.offset[i]! + first) * BEAD_COUNT;
    costs.set(reuse.costs.subarray(from, from + (last - first + 1) * BEAD_COUNT), (band.offset[i]! + lo + first - band.lo[i]!) * BEAD_COUNT);
  });
  return changed;
}

/** Calls `run(first, last)` for each longest run of the first `length` entries of `flags` that equal `value`. */
function forEachRun(flags: Uint8Array, length: number, value: number, run: (first: number, last: number) => void): void {
  for (let k = 0; k < length; ) {
    if (flags[k] !== value) {
      k++;
      continue;
    }
    let last = k;
    while (last + 1 < length && flags[last + 1] === value) last++;
    run(k, last);
    k = last + 1;
  }
}

/** True when unit u ends with a clause mark, or the unit before it does: a sentence that runs across units. */
function runsOn(stops: TextStops, u: number): boolean {
  return stops.endsUnit[stops.unitStart[u + 1]!] === 2 || (u > 0 && stops.endsUnit[stops.unitStart[u]!] === 2);
}

function pairCell(masks: PairMasks, i: number, j: number): number {
  return i < 0 || i >= masks.lo.length || j < masks.lo[i]! || j > masks.hi[i]! ? -1 : masks.offset[i]! + j - masks.lo[i]!;
}

/**
 * The lexical scores of the units of multi-unit beads, each computed once. A unit's score in a bead depends only on
 * which units of the other side the bead holds (its mask is the OR of its masks with them): source unit u with the
 * `span` target units before column j is the same in every bead ending at (u + 1 .. u + MAX_BEAD_SPAN, j) that holds
 * it, and target unit v with the `span` source units before row i in every bead ending at (i, v + 1 .. v +
 * MAX_BEAD_SPAN). The cells are visited row by row, so source scores are kept for the last MAX_BEAD_SPAN units per
 * column and target scores for the current row.
 */
class UnitScores {
  private readonly width: number;
  /** Source scores at ((u % MAX_BEAD_SPAN) * width + j) * MAX_BEAD_SPAN + span - 1, valid where sourceUnit holds u + 1. */
  private readonly source: Float64Array;
  private readonly sourceUnit: Int32Array;
  /** Target scores at v * MAX_BEAD_SPAN + span - 1, valid where targetRow holds the row + 1. */
  private readonly target: Float64Array;
  private readonly targetRow: Int32Array;
  private i = 0;
  private j = 0;

  constructor(
    private readonly masks: PairMasks,
    private readonly anchors: AnchorTable,
    private readonly ceiling: number,
    columns: number,
  ) {
    this.width = columns + 1;
    this.source = new Float64Array(MAX_BEAD_SPAN * this.width * MAX_BEAD_SPAN);
    this.sourceUnit = new Int32Array(this.source.length);
    this.target = new Float64Array(this.width * MAX_BEAD_SPAN);
    this.targetRow = new Int32Array(this.target.length);
  }

  /** The cell whose beads come next. */
  moveTo(i: number, j: number): void {
    this.i = i;
    this.j = j;
  }

  /** Matched weight of the a-b bead ending at the cell (a, b >= 1, not both 1). */
  matchedWeight(a: number, b: number): number {
    let sum = 0;
    for (let u = this.i - a; u < this.i; u++) sum += this.sourceScore(u, b);
    for (let v = this.j - b; v < this.j; v++) sum += this.targetScore(v, a);
    return sum;
  }

  /** Score of source unit u with the `span` target units before j. */
  private sourceScore(u: number, span: number): number {
    const slot = ((u % MAX_BEAD_SPAN) * this.width + this.j) * MAX_BEAD_SPAN + span - 1;
    if (this.sourceUnit[slot] === u + 1) return this.source[slot]!;
    let mask = 0;
    for (let v = this.j - span; v < this.j; v++) {
      const cell = pairCell(this.masks, u, v);
      if (cell >= 0) mask |= this.masks.source[cell]!;
    }
    const side = this.anchors.source;
    const score = unitScore(side, u, mask, side.wholeUnitBits[u]!, span, this.ceiling);
    this.source[slot] = score;
    this.sourceUnit[slot] = u + 1;
    return score;
  }

  /** Score of target unit v with the `span` source units before i. */
  private targetScore(v: number, span: number): number {
    const slot = v * MAX_BEAD_SPAN + span - 1;
    if (this.targetRow[slot] === this.i + 1) return this.target[slot]!;
    let mask = 0;
    for (let u = this.i - span; u < this.i; u++) {
      const cell = pairCell(this.masks, u, v);
      if (cell >= 0) mask |= this.masks.target[cell]!;
    }
    const side = this.anchors.target;
    const score = unitScore(side, v, mask, side.wholeUnitBits[v]!, span, this.ceiling);
    this.target[slot] = score;
    this.targetRow[slot] = this.i + 1;
    return score;
  }
}
