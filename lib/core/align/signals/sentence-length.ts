// The length signal at the level of sentences, inside each bead of the exact pass. Gale & Church compare whole
// beads; but translators keep sentences, so a bead is better judged by how well its sentences pair up. That is what
// tells a true merge of two paragraphs from a paragraph that lost a sentence next to a neighbour that gained one
// (the two 1-1 beads of a shifted boundary each fit well enough in total length, their sentences do not), and a
// short paragraph absorbed by its neighbour's translation from one the translator dropped.
//
// The cost of a bead is the cost of the best monotone alignment of its sentences: 1-1, 2-1 and 1-2 groups priced by
// the document's length model, and sentences with no counterpart (an omission inside a paragraph). A path may not
// pass through a point where both sides are at a unit boundary before the bead's end, since that point would make
// it two beads. Where one side has a unit boundary, a sentence of the other may be cut at a clause break (, ; : ،
// ؛) for a small price: salutations and list items that are separate paragraphs in one language are often one
// sentence, joined by commas, in another, and the Arabic Bible makes two verses of one King James sentence joined by
// a colon. Each piece pairs with one to three sentences, priced as the groups below are (join rate and shared keys
// included): when a piece could pair with two at most and no key counted, an English sentence whose rest the Arabic
// had in three sentences was seldom cut, and the paragraph of its first clause was left out instead. Only the first
// unit of a bead may be cut so, which is where merged paragraphs put such joins and keeps the program small. A unit
// that itself ends with a clause mark runs on into the next, so a bead that joins it to the next costs runOn less.
// And a bead must pair at least one sentence: two units with nothing in common are two null beads, not one bead of
// omissions. A group whose two sides share a rare name, number or Latin token costs less (see sentence-keys.ts):
// lengths alone pair a sentence with its neighbour's translation as readily as with its own when a boundary has moved.
//
// Per band cell, one small dynamic program covers every bead shape that starts there (the "region" of up to three
// units a side). The length costs of sentence pairs, which neighbouring regions share, are computed once per pass.

import type { Band } from "../band";
import {
  PLAUSIBLE_ALL,
  PLAUSIBLE_CELL,
  PLAUSIBLE_SOURCE_GROUP,
  PLAUSIBLE_SOURCE_TRIPLE,
  PLAUSIBLE_TARGET_GROUP,
  PLAUSIBLE_TARGET_TRIPLE,
} from "../dp";
import { BEAD_COUNT, BEADS, MAX_BEAD_SPAN, type ModelParams } from "../model";
import { lengthCostOf, type LengthModel } from "./length";
import { sharedWeight, type SentenceKeys } from "../sentence-keys";

/** The rough sentences and clause breaks of a text, as positions in letters from its start. */
export interface TextStops {
  /** Sentence ends, unit ends included: sentence k (k >= 1) is the piece (pos[k - 1], pos[k]]; pos[0] = 0. */
  pos: Float64Array;
  /**
   * Where sentence k ends its unit: 1, or 2 when the unit ends with a clause mark (a salutation's "...safe)," or a
   * list item's ";"), a sign that a translation may run it into the next unit as one sentence, or 3 when it ends
   * with no mark at all (a heading, a list item, a caption); else 0.
   */
  endsUnit: Uint8Array;
  /** The sentences of unit u are unitStart[u] + 1 .. unitStart[u + 1]. */
  unitStart: Int32Array;
  /** Clause breaks inside sentence k: clausePos[clauseStart[k] .. clauseStart[k + 1] - 1], ascending. */
  clauseStart: Int32Array;
  clausePos: Float64Array;
}

/**
 * Builds the stops from each unit's rough breaks (in letters from the unit's start). A break that would leave an
 * empty piece (a "." right after a clause's ",", or one at the very end) is dropped.
 */
export class StopsBuilder {
  private readonly pos: number[] = [0];
  private readonly endsUnit: number[] = [1];
  private readonly unitStart: number[] = [0];
  private readonly clauseStart: number[] = [0, 0];
  private readonly clausePos: number[] = [];
  private offset = 0;

  addUnit(letters: number, at: ArrayLike<number>, isClause: ArrayLike<boolean>, endsWithClause = false, endsBare = false): void {
    let previous = 0;
    for (let k = 0; k < at.length; k++) {
      const x = at[k]!;
      if (x <= previous || x >= letters) continue;
      previous = x;
      if (isClause[k]) {
        this.clausePos.push(this.offset + x);
      } else {
        this.endSentence(this.offset + x, 0);
      }
    }
    this.offset += letters;
    this.endSentence(this.offset, endsWithClause ? 2 : endsBare ? 3 : 1);
    this.unitStart.push(this.pos.length - 1);
  }

  private endSentence(at: number, endsUnit: number): void {
    this.pos.push(at);
    this.endsUnit.push(endsUnit);
    this.clauseStart.push(this.clausePos.length);
  }

  build(): TextStops {
    return {
      pos: Float64Array.from(this.pos),
      endsUnit: Uint8Array.from(this.endsUnit),
      unitStart: Int32Array.from(this.unitStart),
      clauseStart: Int32Array.from(this.clauseStart),
      clausePos: Float64Array.from(this.clausePos),
    };
  }
}

/** Units [start, end) of a text's stops, positions counted from the first of them. */
export function sliceStops(stops: TextStops, start: number, end: number): TextStops {
  const first = stops.unitStart[start]!;
  const last = stops.unitStart[end]!;
  const base = stops.pos[first]!;
  const unitStart = new Int32Array(end - start + 1);
  for (let u = 0; u <= end - start; u++) unitStart[u] = stops.unitStart[start + u]! - first;
  const pos = stops.pos.slice(first, last + 1);
  for (let k = 0; k < pos.length; k++) pos[k]! -= base;
  const endsUnit = stops.endsUnit.slice(first, last + 1);
  endsUnit[0] = 1;
  const clauseFirst = stops.clauseStart[first + 1]!;
  const clauseStart = new Int32Array(last - first + 2);
  for (let k = 1; k < clauseStart.length; k++) clauseStart[k] = stops.clauseStart[first + k]! - clauseFirst;
  const clausePos = stops.clausePos.slice(clauseFirst, stops.clauseStart[last + 1]!);
  for (let k = 0; k < clausePos.length; k++) clausePos[k]! -= base;
  return { pos, endsUnit, unitStart, clauseStart, clausePos };
}

/** Rough sentences before each unit (for the first pass, which counts sentences rather than aligning them). */
export function sentencePrefix(stops: TextStops): Int32Array {
  return Int32Array.from(stops.unitStart);
}

// Bead index of each shape [a][b], -1 where the engine has no such bead.
const SPAN = MAX_BEAD_SPAN + 1;
const SHAPE_BEAD: Int8Array = (() => {
  const table = new Int8Array(SPAN * SPAN).fill(-1);
  BEADS.forEach(([a, b], bead) => (table[a * SPAN + b] = bead));
  return table;
})();

/** True when some bead shape holds at least a source and b target units (a, b <= SPAN; SPAN never grows). */
function canGrowInto(a: number, b: number): boolean {
  return GROWS[a * GROW_ROW + b] === 1;
}

/** The most target units of a bead with at least a source units. */
const MAX_TARGET_FOR: Int8Array = Int8Array.from({ length: SPAN + 1 }, (_, a) =>
  Math.max(0, ...BEADS.filter(([x, y]) => x >= a && y > 0).map(([, y]) => y)),
);

/**
 * How many units of each side a region starting at a cell loads: one, unless the first pass saw a bead of several
 * units of that side start there within its margin (see dp.ts plausibility), and then one more than that bead had.
 * So a cell on a plain stretch of 1-1 links costs one small sentence program, and the larger shapes (up to 4-4) are
 * weighed only next to a merge that the first pass already saw.
 */
function regionSpan(groups: number, group: number, triple: number, left: number): number {
  return Math.min(left, groups & triple ? MAX_BEAD_SPAN : groups & group ? 3 : 1);
}

/** canGrowInto as a table over [a * GROW_ROW + b], with SPAN itself (past the region's end) never growable. */
const GROW_ROW = SPAN + 1;
const GROWS: Uint8Array = (() => {
  const table = new Uint8Array(GROW_ROW * GROW_ROW);
  for (let a = 0; a < SPAN; a++) {
    for (let b = 0; b < SPAN; b++) table[a * GROW_ROW + b] = BEADS.some(([x, y]) => x > 0 && y > 0 && x >= a && y >= b) ? 1 : 0;
  }
  return table;
})();

/**
 * Costs of the sentence groups that the regions of a band can use: for source sentence k and each target sentence
 * l in its window, 1-1 (k with l), 2-1 (k - 1 and k with l) and 1-2 (k with l - 1 and l), prices included.
 */
class PairTable {
  readonly first: Int32Array;
  readonly offset: Int32Array;
  readonly one: Float32Array;
  readonly twoSource: Float32Array;
  readonly twoTarget: Float32Array;
  /** 3-1 (k - 2 .. k with l), 1-3 (k with l - 2 .. l) and 2-2 (k - 1, k with l - 1, l). */
  readonly threeSource: Float32Array;
  readonly threeTarget: Float32Array;
  readonly twoTwo: Float32Array;
  /** The window of source sentence k ends at target sentence last[k]. */
  private readonly last: Int32Array;

  constructor(
    band: Band,
    regions: Int32Array,
    source: TextStops,
    target: TextStops,
    cost: (x: number, y: number) => number,
    params: ModelParams,
    joinShift = 0,
  ) {
    const { n, m } = band;
    const sentences = source.pos.length;
    const targetSentences = target.pos.length - 1;
    this.first = new Int32Array(sentences);
    const last = (this.last = new Int32Array(sentences));
    this.offset = new Int32Array(sentences + 1);
    // The target units [low, high) that the regions which run reach from each source unit: a region starting at
    // (i0, j0) pairs its d-th source unit with the target units j0 .. that a bead of d + 1 or more source units and
    // at most the region's target units may hold.
    const low = new Int32Array(n + 1).fill(m);
    const high = new Int32Array(n + 1).fill(-1);
    for (let i0 = 0; i0 < n; i0++) {
      for (let j0 = band.lo[i0]!; j0 <= band.hi[i0]! && j0 < m; j0++) {
        const region = regions[band.offset[i0]! + j0 - band.lo[i0]!]!;
        if (region === 0) continue;
        const sx = region >> 4;
        const sy = region & 15;
        for (let d = 0; d < sx; d++) {
          low[i0 + d] = Math.min(low[i0 + d]!, j0);
          high[i0 + d] = Math.max(high[i0 + d]!, j0 + Math.min(sy, MAX_TARGET_FOR[d + 1]!));
        }
      }
    }
    for (let u = 0; u < n; u++) {
      const from = high[u]! < 0 ? targetSentences + 1 : target.unitStart[low[u]!]! + 1;
      const to = high[u]! < 0 ? targetSentences : target.unitStart[Math.min(m, high[u]!)]!;
      for (let k = source.unitStart[u]! + 1; k <= source.unitStart[u + 1]!; k++) {
        this.first[k] = from;
        last[k] = Math.max(to, from - 1);
      }
    }
    for (let k = 0; k < sentences; k++) this.offset[k + 1] = this.offset[k]! + Math.max(0, last[k]! - this.first[k]! + 1);
    const size = this.offset[sentences]!;
    this.one = new Float32Array(size);
    this.twoSource = new Float32Array(size);
    this.twoTarget = new Float32Array(size);
    this.threeSource = new Float32Array(size);
    this.threeTarget = new Float32Array(size);
    this.twoTwo = new Float32Array(size);
    // A heading run in (bare) is not a translator's join, so the join rate does not move it (see joinPrice).
    const { one, bare, two, three, twoTwo } = params.sentence;
    const shifted = (base: number, crossesUnit: boolean) => joinPrice(base, crossesUnit, joinShift);
    const sp = source.pos;
    const tp = target.pos;
    const se = source.endsUnit;
    const te = target.endsUnit;
    for (let k = 1; k < sentences; k++) {
      const x = sp[k]! - sp[k - 1]!;
      const x2 = k >= 2 ? sp[k]! - sp[k - 2]! : 0;
      const x3 = k >= 3 ? sp[k]! - sp[k - 3]! : 0;
      const twoAcross = k >= 2 && se[k - 1] !== 0;
      const threeAcross = k >= 3 && (se[k - 1] !== 0 || se[k - 2] !== 0);
      let at = this.offset[k]!;
      const end = last[k]!;
      for (let l = this.first[k]!; l <= end; l++, at++) {
        const y = tp[l]! - tp[l - 1]!;
        const y2 = l >= 2 ? tp[l]! - tp[l - 2]! : 0;
        this.one[at] = one + cost(x, y);
        // A pair parted only by the end of a unit with no mark at all is more often a heading or a list item that the
        // other language ran into the next sentence than a translator's join.
        this.twoSource[at] = k >= 2 ? (se[k - 1] === 3 ? bare : shifted(two, twoAcross)) + cost(x2, y) : Infinity;
        this.twoTarget[at] = l >= 2 ? (te[l - 1] === 3 ? bare : shifted(two, te[l - 1] !== 0)) + cost(x, y2) : Infinity;
        this.threeSource[at] = k >= 3 ? shifted(three, threeAcross) + cost(x3, y) : Infinity;
        this.threeTarget[at] = l >= 3 ? shifted(three, te[l - 1] !== 0 || te[l - 2] !== 0) + cost(x, tp[l]! - tp[l - 3]!) : Infinity;
        this.twoTwo[at] = k >= 2 && l >= 2 ? shifted(twoTwo, twoAcross || te[l - 1] !== 0) + cost(x2, y2) : Infinity;
      }
    }
  }

  /**
   * Takes off each group the rare keys its two sides share, times `lexical`: a name in the sentence and in its
   * translation pins the pair down where lengths alone would pair it with a neighbour.
   */
  rewardShared(keys: SentenceKeys, lexical: number): void {
    const { last } = this;
    const sentences = last.length;
    const sourceHas = (k: number) => k >= 1 && keys.source.start[k]! > keys.source.start[k - 1]!;
    const shared = (k: number, l: number) => sharedByStops(keys, k, l);
    for (let k = 1; k < sentences; k++) {
      // No group ending at k holds a source sentence with keys: nothing to reward.
      if (!sourceHas(k) && !sourceHas(k - 1) && !sourceHas(k - 2)) continue;
      const end = last[k]!;
      for (let l = this.first[k]!, at = this.offset[k]!; l <= end; l++, at++) {
        const w00 = shared(k, l);
        const w10 = shared(k - 1, l);
        const w01 = shared(k, l - 1);
        this.one[at]! -= lexical * w00;
        this.twoSource[at]! -= lexical * (w00 + w10);
        this.twoTarget[at]! -= lexical * (w00 + w01);
        this.threeSource[at]! -= lexical * (w00 + w10 + shared(k - 2, l));
        this.threeTarget[at]! -= lexical * (w00 + w01 + shared(k, l - 2));
        this.twoTwo[at]! -= lexical * (w00 + w10 + w01 + shared(k - 1, l - 1));
      }
    }
  }

  /** Index of (source sentence k, target sentence l); the caller stays inside the window. */
  at(k: number, l: number): number {
    return this.offset[k]! + l - this.first[k]!;
  }
}

/**
 * The price of a group that joins sentences: a join inside a unit is dearer or cheaper by the document's own join
 * rate (`joinShift`, read from sentences inside 1-1 links), one across a unit end (a paragraph the other side lacks,
 * run into its neighbour's link) keeps the usual price. A clause cut joins no sentences, but the groups its pieces
 * make with the other side do.
 */
function joinPrice(base: number, crossesUnit: boolean, joinShift: number): number {
  return crossesUnit ? base : base + joinShift;
}

/**
 * The weight of the rare keys shared by source sentence k and target sentence l, numbered as the stops number them:
 * stop sentence k is sentence k - 1 of the keys, which count from the text's first sentence.
 */
function sharedByStops(keys: SentenceKeys, k: number, l: number): number {
  return k >= 1 && l >= 1 && keys.source.start[k]! > keys.source.start[k - 1]! && keys.target.start[l]! > keys.target.start[l - 1]!
    ? sharedWeight(keys, k - 1, l - 1)
    : 0;
}

/** One side of a region: its sentences, relative positions and, per sentence end, the units touched so far. */
class Side {
  pos = new Float64Array(32);
  endsUnit = new Uint8Array(32);
  /** Units of the region touched up to this sentence end: the bead's size on this side if it ended here. */
  units = new Uint8Array(32);
  size = 0;
  /** Global index of the region's first sentence end (its start). */
  base = 0;
  /** Sentence ends in the region's first unit: 1 .. firstUnitEnd. */
  firstUnitEnd = 0;
  /** Unit ends before each sentence end (not at it) where the unit ends with a clause mark. */
  runOns = new Uint8Array(32);

  runOnsBefore(x: number): number {
    return this.runOns[x]!;
  }

  load(stops: TextStops, start: number, count: number): void {
    const first = stops.unitStart[start]!;
    const size = stops.unitStart[start + count]! - first + 1;
    if (size > this.pos.length) {
      this.pos = new Float64Array(2 * size);
      this.endsUnit = new Uint8Array(2 * size);
      this.units = new Uint8Array(2 * size);
      this.runOns = new Uint8Array(2 * size);
    }
    this.size = size;
    this.base = first;
    const origin = stops.pos[first]!;
    for (let x = 0; x < size; x++) {
      this.pos[x] = stops.pos[first + x]! - origin;
      this.endsUnit[x] = stops.endsUnit[first + x]!;
    }
    this.endsUnit[0] = 1;
    this.units[0] = 0;
    let runOns = 0;
    for (let x = 0; x < size; x++) {
      this.runOns[x] = runOns;
      if (x > 0 && this.endsUnit[x] === 2) runOns++;
    }
    for (let u = 0; u < count; u++) {
      for (let g = stops.unitStart[start + u]! + 1; g <= stops.unitStart[start + u + 1]!; g++) this.units[g - first] = u + 1;
    }
    this.firstUnitEnd = stops.unitStart[start + 1]! - first;
  }
}

/** Sentence costs without the rewards for shared keys, of the beads that start at some cells (see writeSentenceCosts). */
export interface UnrewardedCosts {
  /** Like writeSentenceCosts' plausible: the cells, and the bead shapes at each, to run. */
  starts: (i: number, j: number) => number;
  /** Written like writeSentenceCosts' costs. */
  costs: Float32Array;
}

/**
 * For every non-null bead that starts at a cell of `band` and ends inside it: costs[end * BEAD_COUNT + bead] =
 * the bead's shape prior plus the cost of its best sentence alignment. Other entries are left as they are.
 * `unrewarded` asks for some beads' costs without the keys' rewards as well (the sentence trust reads them): they
 * are run on the same table of sentence groups before the rewards are taken off it, rather than on one of their own,
 * whose groups' costs would be the same numbers computed again. A start cell of `kept` (an earlier, narrower band)
 * all of whose beads end inside `kept` is not run: its beads' costs are copied from that band's (computeBeadCosts).
 */
export function writeSentenceCosts(
  band: Band,
  source: TextStops,
  target: TextStops,
  length: LengthModel,
  params: ModelParams,
  costs: Float32Array,
  plausible?: (i: number, j: number) => number,
  keys?: SentenceKeys,
  joinShift = 0,
  unrewarded?: UnrewardedCosts,
  kept?: Band,
): void {
  const cost = lengthCostOf(length);
  const main = regionsOf(band, plausible, kept);
  const pairs = new PairTable(band, main.regions, source, target, cost, params, joinShift);
  const program = new RegionProgram(pairs, source, target, cost, params, joinShift);
  // The unrewarded beads' regions are no larger than the exact pass's at the same cells (their shapes are among the
  // plausible ones), so the table's windows hold every group they read.
  if (unrewarded) runRegions(program, band, regionsOf(band, unrewarded.starts), source, target, unrewarded.costs);
  if (keys && params.sentence.lexical > 0) {
    pairs.rewardShared(keys, params.sentence.lexical);
    program.rewardShared(keys, params.sentence.lexical);
  }
  runRegions(program, band, main, source, target, costs);
}

interface Regions {
  /** Per start cell: 0 when no region runs there, else its units loaded, source << 4 | target. */
  regions: Int32Array;
  /** Per start cell: its PLAUSIBLE_* bits. */
  groupsAt: Uint8Array;
}

/**
 * A region is worth running when its start is plausible and one of its beads ends inside the band, and, given `kept`,
 * when one of them starts or ends outside it.
 */
function regionsOf(band: Band, plausible?: (i: number, j: number) => number, kept?: Band): Regions {
  const { n, m, lo, hi, offset } = band;
  const regions = new Int32Array(band.size);
  const groupsAt = new Uint8Array(band.size);
  for (let i0 = 0; i0 < n; i0++) {
    for (let j0 = lo[i0]!; j0 <= hi[i0]! && j0 < m; j0++) {
      const bits = plausible ? plausible(i0, j0) : PLAUSIBLE_ALL;
      if (!(bits & PLAUSIBLE_CELL)) continue;
      const sx = regionSpan(bits, PLAUSIBLE_SOURCE_GROUP, PLAUSIBLE_SOURCE_TRIPLE, n - i0);
      const sy = regionSpan(bits, PLAUSIBLE_TARGET_GROUP, PLAUSIBLE_TARGET_TRIPLE, m - j0);
      let ends = false;
      for (let bead = 0; bead < BEAD_COUNT && !ends; bead++) {
        const [a, b] = BEADS[bead]!;
        ends = a > 0 && b > 0 && a <= sx && b <= sy && band.cell(i0 + a, j0 + b) >= 0;
      }
      if (!ends || (kept && keptWhole(band, kept, i0, j0, sx, sy))) continue;
      const cell = offset[i0]! + j0 - lo[i0]!;
      regions[cell] = (sx << 4) | sy;
      groupsAt[cell] = bits;
    }
  }
  return { regions, groupsAt };
}

/** True when the region of `sx` by `sy` units from (i0, j0) starts in `kept` and each of its ends in `band` is in `kept`. */
function keptWhole(band: Band, kept: Band, i0: number, j0: number, sx: number, sy: number): boolean {
  if (kept.cell(i0, j0) < 0) return false;
  for (let i = i0 + 1; i <= i0 + sx && i <= band.n; i++) {
    // Both bands hold an interval of each row, the earlier one inside the later: compare the parts from j0 + 1 to j0 + sy.
    const from = Math.max(j0 + 1, band.lo[i]!);
    const to = Math.min(j0 + sy, band.hi[i]!);
    if (from <= to && (from < kept.lo[i]! || to > kept.hi[i]!)) return false;
  }
  return true;
}

function runRegions(program: RegionProgram, band: Band, { regions, groupsAt }: Regions, source: TextStops, target: TextStops, costs: Float32Array): void {
  const { n, m, lo, hi, offset } = band;
  for (let i0 = 0; i0 < n; i0++) {
    let loaded = 0;
    for (let j0 = lo[i0]!; j0 <= hi[i0]! && j0 < m; j0++) {
      const cell = offset[i0]! + j0 - lo[i0]!;
      const region = regions[cell]!;
      if (region === 0) continue;
      if (region >> 4 !== loaded) program.xs.load(source, i0, (loaded = region >> 4));
      program.ys.load(target, j0, region & 15);
      program.run(band, i0, j0, costs, groupsAt[cell]!);
    }
  }
}

// Working memory of the region programs, shared by all alignments (they never run at the same time): a document's
// rows are sentence-aligned one by one, and allocating it for each would cost more than the programs themselves.
const SCRATCH = {
  xs: new Side(),
  ys: new Side(),
  grid: new Float64Array(256),
  sourceCut: new Float64Array(64),
  targetCut: new Float64Array(64),
};

/** The dynamic program over the sentences of one region, in tables reused from cell to cell. */
class RegionProgram {
  readonly xs = SCRATCH.xs;
  readonly ys = SCRATCH.ys;
  private grid = SCRATCH.grid;
  /** Clause states: a clause break of the first source unit against a target unit end, and the reverse. */
  private sourceCut = SCRATCH.sourceCut;
  private targetCut = SCRATCH.targetCut;
  private readonly nullCost: number;
  private readonly nullPerLetter: number;
  private readonly one: number;
  private readonly two: number;
  private readonly three: number;
  private readonly clause: number;
  /** Set once the unrewarded costs are written (see writeSentenceCosts). */
  private keys: SentenceKeys | undefined = undefined;
  private lexical = 0;
  private readonly runOn: number;
  private readonly beadCost: readonly number[];

  constructor(
    private readonly pairs: PairTable,
    private readonly source: TextStops,
    private readonly target: TextStops,
    private readonly cost: (x: number, y: number) => number,
    params: ModelParams,
    private readonly joinShift = 0,
  ) {
    ({
      nullCost: this.nullCost,
      nullPerLetter: this.nullPerLetter,
      one: this.one,
      two: this.two,
      three: this.three,
      clause: this.clause,
      runOn: this.runOn,
    } = params.sentence);
    this.beadCost = params.beadCost;
  }

  /**
   * The cost of reaching (x, y) with no sentence matched yet: every sentence so far without counterpart, a closed
   * form. Such a path is not a bead of its own (two units with nothing in common are two null beads), so it may only
   * lead on to a match; and it must stay inside the first unit of one side, or it would cross a point where both
   * sides are at a unit boundary.
   */
  private unmatched(x: number, y: number): number {
    const { xs, ys } = this;
    if (x >= xs.firstUnitEnd && y >= ys.firstUnitEnd) return Infinity;
    return this.nullCost * (x + y) + this.nullPerLetter * (xs.pos[x]! + ys.pos[y]!);
  }

  /** `groups`: PLAUSIBLE_* bits saying whether beads of several target (source) units are worth cutting clauses for. */
  run(band: Band, i0: number, j0: number, costs: Float32Array, groups: number): void {
    const { xs, ys, pairs } = this;
    const NX = xs.size;
    const NY = ys.size;
    if (NX * NY > this.grid.length) this.grid = SCRATCH.grid = new Float64Array(2 * NX * NY);
    // D: the best cost of reaching each point with at least one sentence matched.
    const D = this.grid;
    D.fill(Infinity, 0, NX * NY);
    const sourceClauses = groups & PLAUSIBLE_TARGET_GROUP ? this.prepareCuts(this.source, xs, NY, true) : 0;
    const targetClauses = groups & PLAUSIBLE_SOURCE_GROUP ? this.prepareCuts(this.target, ys, NX, false) : 0;
    const { pos: xPos, endsUnit: xEnds, units: xUnits } = xs;
    const { pos: yPos, endsUnit: yEnds, units: yUnits } = ys;
    const { nullCost, nullPerLetter } = this;

    const { offset, first } = pairs;
    const one = pairs.one;
    const twoSource = pairs.twoSource;
    const twoTarget = pairs.twoTarget;
    const threeSource = pairs.threeSource;
    const threeTarget = pairs.threeTarget;
    const twoTwo = pairs.twoTwo;
    const beadCost = this.beadCost;
    for (let x = 0; x < NX; x++) {
      if (sourceClauses > 0 && x >= 1 && x <= xs.firstUnitEnd) this.sourceCuts(x, D, NY);
      if (targetClauses > 0 && x >= 1 && xEnds[x] && xUnits[x]! < MAX_BEAD_SPAN) this.targetCuts(x, D, NX, NY);
      const k = xs.base + x;
      const unitsX = xUnits[x]!;
      // Rows of the growth table for this row's moves: staying, one sentence on, two sentences on.
      const stay = unitsX * GROW_ROW;
      const grow1 = (x + 1 < NX ? xUnits[x + 1]! : SPAN) * GROW_ROW;
      const grow2 = (x + 2 < NX ? xUnits[x + 2]! : SPAN) * GROW_ROW;
      const grow3 = (x + 3 < NX ? xUnits[x + 3]! : SPAN) * GROW_ROW;
      const xNull = nullCost + nullPerLetter * (x + 1 < NX ? xPos[x + 1]! - xPos[x]! : 0);
      // Table indices of (k + 1, l + 1), (k + 2, l + 1) and (k + 1, l + 2) are these plus y.
      const at11 = x + 1 < NX ? offset[k + 1]! - first[k + 1]! + ys.base + 1 : 0;
      const at21 = x + 2 < NX ? offset[k + 2]! - first[k + 2]! + ys.base + 1 : 0;
      const at31 = x + 3 < NX ? offset[k + 3]! - first[k + 3]! + ys.base + 1 : 0;
      const row = x * NY;
      const xEnd = xEnds[x] !== 0;
      for (let y = 0; y < NY; y++) {
        const matched = D[row + y]!;
        const isEnd = xEnd && yEnds[y] && (x > 0 || y > 0);
        if (isEnd) {
          // Both sides at a unit boundary: the bead ends here (or, on an edge of the region, cannot).
          if (x === 0 || y === 0 || matched === Infinity) continue;
          const bead = SHAPE_BEAD[unitsX * SPAN + yUnits[y]!]!;
          const end = band.cell(i0 + unitsX, j0 + yUnits[y]!);
          if (bead < 0 || end < 0) continue;
          // A unit that ends with a clause mark runs on into the next: merging them is what a translator would do.
          const runOn = xs.runOnsBefore(x) + ys.runOnsBefore(y);
          costs[end * BEAD_COUNT + bead] = beadCost[bead]! + matched - runOn * this.runOn;
          continue;
        }
        const here = Math.min(matched, this.unmatched(x, y));
        if (here === Infinity) continue;
        const unitsY = yUnits[y]!;
        const unitsY1 = y + 1 < NY ? yUnits[y + 1]! : SPAN;
        const unitsY2 = y + 2 < NY ? yUnits[y + 2]! : SPAN;
        const unitsY3 = y + 3 < NY ? yUnits[y + 3]! : SPAN;
        if (matched !== Infinity) {
          if (GROWS[grow1 + unitsY]) {
            const value = matched + xNull;
            if (value < D[row + NY + y]!) D[row + NY + y] = value;
          }
          if (GROWS[stay + unitsY1]) {
            const value = matched + nullCost + nullPerLetter * (yPos[y + 1]! - yPos[y]!);
            if (value < D[row + y + 1]!) D[row + y + 1] = value;
          }
        }
        if (GROWS[grow1 + unitsY1]) {
          const value = here + one[at11 + y]!;
          if (value < D[row + NY + y + 1]!) D[row + NY + y + 1] = value;
        }
        if (GROWS[grow2 + unitsY1]) {
          const value = here + twoSource[at21 + y]!;
          if (value < D[row + 2 * NY + y + 1]!) D[row + 2 * NY + y + 1] = value;
        }
        if (GROWS[grow1 + unitsY2]) {
          const value = here + twoTarget[at11 + 1 + y]!;
          if (value < D[row + NY + y + 2]!) D[row + NY + y + 2] = value;
        }
        if (GROWS[grow3 + unitsY1]) {
          const value = here + threeSource[at31 + y]!;
          if (value < D[row + 3 * NY + y + 1]!) D[row + 3 * NY + y + 1] = value;
        }
        if (GROWS[grow1 + unitsY3]) {
          const value = here + threeTarget[at11 + 2 + y]!;
          if (value < D[row + NY + y + 3]!) D[row + NY + y + 3] = value;
        }
        if (GROWS[grow2 + unitsY2]) {
          const value = here + twoTwo[at21 + 1 + y]!;
          if (value < D[row + 2 * NY + y + 2]!) D[row + 2 * NY + y + 2] = value;
        }
      }
    }
  }

  /** From now on, groups of a clause piece take off the rare keys they share, as PairTable.rewardShared does. */
  rewardShared(keys: SentenceKeys, lexical: number): void {
    this.keys = keys;
    this.lexical = lexical;
  }

  /**
   * The price of a group of a clause piece of the cut side's sentence `cut` (a global stop index) with the sentences
   * (from, to] of the other side: a join inside a unit moved by the document's join rate, and the rare keys the
   * sentence shares with each of them taken off, as in PairTable.
   */
  private groupCost(side: Side, from: number, to: number, cut: number, cutIsSource: boolean): number {
    let across = false;
    for (let t = from + 1; t < to; t++) across ||= side.endsUnit[t] !== 0;
    let price = to - from === 1 ? this.one : joinPrice(to - from === 2 ? this.two : this.three, across, this.joinShift);
    const keys = this.keys;
    if (!keys) return price;
    for (let t = from + 1; t <= to; t++) {
      const other = side.base + t;
      price -= this.lexical * (cutIsSource ? sharedByStops(keys, cut, other) : sharedByStops(keys, other, cut));
    }
    return price;
  }

  /** True at a point where both sides are at a unit boundary, other than the start: a bead ends there. */
  private isEnd(x: number, y: number): boolean {
    return this.xs.endsUnit[x] !== 0 && this.ys.endsUnit[y] !== 0 && (x > 0 || y > 0);
  }

  /**
   * Resets the clause states of one side: its first unit's clause breaks, each against every unit end of the other
   * side but the region's last (a cut there could never be followed by the rest of its sentence). Returns how many
   * clause breaks there are.
   */
  private prepareCuts(stops: TextStops, side: Side, otherSize: number, isSource: boolean): number {
    const count = stops.clauseStart[side.base + side.firstUnitEnd + 1]! - stops.clauseStart[side.base + 1]!;
    if (count === 0) return 0;
    const size = count * otherSize;
    if (isSource) {
      if (size > this.sourceCut.length) this.sourceCut = SCRATCH.sourceCut = new Float64Array(2 * size);
      this.sourceCut.fill(Infinity, 0, size);
    } else {
      if (size > this.targetCut.length) this.targetCut = SCRATCH.targetCut = new Float64Array(2 * size);
      this.targetCut.fill(Infinity, 0, size);
    }
    return count;
  }

  /**
   * Source sentence x (of the first unit) cut at its clause breaks against target unit ends: fills the clause
   * states (break, unit end) from the rows before x and from earlier breaks of the sentence, then pushes each state
   * on to the rest of the sentence (row x, or row x + 1 when the next sentence joins it).
   */
  private sourceCuts(x: number, D: Float64Array, NY: number): void {
    const { xs, ys, cost, two, clause } = this;
    const stops = this.source;
    const k = xs.base + x;
    const clauseBase = stops.clauseStart[xs.base + 1]!;
    const start = xs.pos[x - 1]!;
    const end = xs.pos[x]!;
    const origin = stops.pos[xs.base]!;
    const cut = this.sourceCut;
    for (let c = stops.clauseStart[k]!; c < stops.clauseStart[k + 1]!; c++) {
      const at = stops.clausePos[c]! - origin;
      const row = (c - clauseBase) * NY;
      for (let ye = 1; ye < ys.size - 1; ye++) {
        if (!ys.endsUnit[ye] || !canGrowInto(1, ys.units[ye]! + 1)) continue;
        let best = Infinity;
        for (let y = Math.max(0, ye - 3); y < ye; y++) {
          if (this.isEnd(x - 1, y)) continue;
          const from = Math.min(D[(x - 1) * NY + y]!, this.unmatched(x - 1, y));
          if (from !== Infinity) best = Math.min(best, from + this.groupCost(ys, y, ye, k, true) + clause + cost(at - start, ys.pos[ye]! - ys.pos[y]!));
          // Earlier breaks of the same sentence, against an earlier unit end.
          for (let c0 = stops.clauseStart[k]!; c0 < c; c0++) {
            if (!ys.endsUnit[y] || y === 0) continue;
            const earlier = cut[(c0 - clauseBase) * NY + y]!;
            if (earlier === Infinity) continue;
            const from = stops.clausePos[c0]! - origin;
            best = Math.min(best, earlier + this.groupCost(ys, y, ye, k, true) + clause + cost(at - from, ys.pos[ye]! - ys.pos[y]!));
          }
        }
        if (x >= 2 && !this.isEnd(x - 2, ye - 1)) {
          // The previous sentence and this one up to the break, against one target sentence. This join, and the one
          // with the next sentence below, keep the plain price: priced as PairTable's groups too, they moved held-out
          // strict F1 by -0.0007 to +0.0002 (high rate, seeds 1-8 and 1-2), which is noise.
          const from = Math.min(D[(x - 2) * NY + ye - 1]!, this.unmatched(x - 2, ye - 1));
          if (from !== Infinity) best = Math.min(best, from + two + clause + cost(at - xs.pos[x - 2]!, ys.pos[ye]! - ys.pos[ye - 1]!));
        }
        cut[row + ye] = best;
        if (best === Infinity) continue;
        // On to the rest of the sentence, with one to three target sentences, or with the next source sentence too.
        for (let y = ye + 1; y <= ye + 3 && y < ys.size; y++) {
          if (!canGrowInto(xs.units[x]!, ys.units[y]!)) continue;
          const value = best + this.groupCost(ys, ye, y, k, true) + cost(end - at, ys.pos[y]! - ys.pos[ye]!);
          if (value < D[x * NY + y]!) D[x * NY + y] = value;
        }
        if (x + 1 < xs.size && ye + 1 < ys.size && canGrowInto(xs.units[x + 1]!, ys.units[ye + 1]!)) {
          const value = best + two + cost(xs.pos[x + 1]! - at, ys.pos[ye + 1]! - ys.pos[ye]!);
          if (value < D[(x + 1) * NY + ye + 1]!) D[(x + 1) * NY + ye + 1] = value;
        }
      }
    }
  }

  /** The same with the sides swapped: target sentences of the first unit cut against the source unit end xe. */
  private targetCuts(xe: number, D: Float64Array, NX: number, NY: number): void {
    const { xs, ys, cost, two, clause } = this;
    const stops = this.target;
    const clauseBase = stops.clauseStart[ys.base + 1]!;
    const origin = stops.pos[ys.base]!;
    const cut = this.targetCut;
    if (!canGrowInto(xs.units[xe]! + 1, 1)) return;
    for (let y = 1; y <= ys.firstUnitEnd; y++) {
      const l = ys.base + y;
      const start = ys.pos[y - 1]!;
      const end = ys.pos[y]!;
      for (let c = stops.clauseStart[l]!; c < stops.clauseStart[l + 1]!; c++) {
        const at = stops.clausePos[c]! - origin;
        let best = Infinity;
        for (let x = Math.max(0, xe - 3); x < xe; x++) {
          if (this.isEnd(x, y - 1)) continue;
          const from = Math.min(D[x * NY + y - 1]!, this.unmatched(x, y - 1));
          if (from !== Infinity) best = Math.min(best, from + this.groupCost(xs, x, xe, l, false) + clause + cost(xs.pos[xe]! - xs.pos[x]!, at - start));
          for (let c0 = stops.clauseStart[l]!; c0 < c; c0++) {
            if (!xs.endsUnit[x] || x === 0) continue;
            const earlier = cut[(c0 - clauseBase) * NX + x]!;
            if (earlier === Infinity) continue;
            const from = stops.clausePos[c0]! - origin;
            best = Math.min(best, earlier + this.groupCost(xs, x, xe, l, false) + clause + cost(xs.pos[xe]! - xs.pos[x]!, at - from));
          }
        }
        if (y >= 2 && !this.isEnd(xe - 1, y - 2)) {
          const from = Math.min(D[(xe - 1) * NY + y - 2]!, this.unmatched(xe - 1, y - 2));
          if (from !== Infinity) best = Math.min(best, from + two + clause + cost(xs.pos[xe]! - xs.pos[xe - 1]!, at - ys.pos[y - 2]!));
        }
        cut[(c - clauseBase) * NX + xe] = best;
        if (best === Infinity) continue;
        for (let x = xe + 1; x <= xe + 3 && x < NX; x++) {
          if (!canGrowInto(xs.units[x]!, ys.units[y]!)) continue;
          const value = best + this.groupCost(xs, xe, x, l, false) + cost(xs.pos[x]! - xs.pos[xe]!, end - at);
          if (value < D[x * NY + y]!) D[x * NY + y] = value;
        }
        if (y + 1 < NY && xe + 1 < NX && canGrowInto(xs.units[xe + 1]!, ys.units[y + 1]!)) {
          const value = best + two + cost(xs.pos[xe + 1]! - xs.pos[xe]!, ys.pos[y + 1]! - at);
          if (value < D[(xe + 1) * NY + y + 1]!) D[(xe + 1) * NY + y + 1] = value;
        }
      }
    }
  }
}
