// Pairwise alignment: two passes of a banded dynamic program, so that time and memory grow linearly with the
// document. The first, rough pass runs in a band around a line through the document's rare shared anchors (names,
// numbers), widened locally wherever its path touches the band's edge. The length model is then re-learned from that
// path, and the second, exact pass runs in a narrow band around it and scores every link by its posterior
// probability. Every pass is bounded by `maxCells`; past the bound the result is "gave-up" with the best alignment
// found so far (or a proportional one), never an exception or a hang.

import { buildAnchorTable, type AnchorTable, type SignalTokens } from "./anchor-table";
import { anchoredCenter, bandAround, pathCenter, proportionalCenter, widenWhereTouched, type Band } from "./band";
import { beadKey, computeBeadCosts, type PairInputs, type UnitCuts } from "./bead-costs";
import type { BridgeTable } from "./bridge";
import { calibratedScore } from "./calibration";
import { pathPosteriors, viterbi, type ViterbiResult } from "./dp";
import { proportionalLinks } from "./fallback";
import { BEADS, resolveParams, type ModelParams } from "./model";
import { initialLengthModel, refitLengthModel, type LengthModel } from "./signals/length";
import { describeSide, prepareUnit, type PreparedUnit, type SideInfo } from "./signals/signal";
import { letterCount } from "../text/fold";
import { roughBreaks } from "../text/sentences";
import type { AlignOptions, AlignText, PairAlignment, PairLink } from "./types";

export const DEFAULT_MAX_CELLS = 20_000_000;

export interface PairOptions extends AlignOptions {
  /** Links a reviewer rejected: the same grouping is penalized. */
  forbidden?: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>;
  /** Extra per-unit-pair evidence from a third text (see bridge.ts). */
  bridge?: BridgeTable;
  /**
   * Target/source letter ratio known from a larger context (the whole document when aligning the stretch between
   * two anchors), blended into this pair's own estimate so that a short stretch does not learn a wild ratio.
   */
  ratioPrior?: number;
}

/** A text made ready for alignment: folded units, letters, prefix sums. Reusable across pairs. */
export interface PreparedText {
  side: SideInfo;
  units: PreparedUnit[];
  /** Letters before each unit; prefix[n] is the text's total. */
  prefix: Float64Array;
  /** Letters from the start of each unit to each of its rough sentence ends (see UnitCuts). */
  cuts: UnitCuts;
  /** Rough sentences before each unit. */
  sentences: Int32Array;
}

export function prepareText(text: AlignText): PreparedText {
  const units = text.units.map(prepareUnit);
  const prefix = new Float64Array(units.length + 1);
  const start = new Int32Array(units.length + 1);
  const letters: number[] = [];
  const clause: number[] = [];
  units.forEach((unit, i) => {
    let previous = 0;
    let count = 0;
    for (const cut of roughBreaks(unit.text)) {
      count += letterCount(unit.text.slice(previous, cut.end));
      previous = cut.end;
      letters.push(count);
      clause.push(cut.clause ? 1 : 0);
    }
    prefix[i + 1] = prefix[i]! + count + letterCount(unit.text.slice(previous));
    start[i + 1] = letters.length;
  });
  const cuts = { start, letters: Float64Array.from(letters), clause: Uint8Array.from(clause) };
  return { side: describeSide(text.lang), units, prefix, cuts, sentences: sentencePrefix(cuts, units.length) };
}

/** Units [start, end) of a prepared text, as a prepared text of their own. */
export function slicePrepared(text: PreparedText, start: number, end: number): PreparedText {
  const prefix = new Float64Array(end - start + 1);
  for (let k = 0; k <= end - start; k++) prefix[k] = text.prefix[start + k]! - text.prefix[start]!;
  const cutStart = new Int32Array(end - start + 1);
  for (let k = 0; k <= end - start; k++) cutStart[k] = text.cuts.start[start + k]! - text.cuts.start[start]!;
  const letters = text.cuts.letters.slice(text.cuts.start[start]!, text.cuts.start[end]!);
  const clause = text.cuts.clause.slice(text.cuts.start[start]!, text.cuts.start[end]!);
  const cuts = { start: cutStart, letters, clause };
  return { side: text.side, units: text.units.slice(start, end), prefix, cuts, sentences: sentencePrefix(cuts, end - start) };
}

function sentencePrefix(cuts: UnitCuts, count: number): Int32Array {
  const prefix = new Int32Array(count + 1);
  for (let u = 0; u < count; u++) {
    let sentences = 1;
    for (let c = cuts.start[u]!; c < cuts.start[u + 1]!; c++) if (!cuts.clause[c]) sentences++;
    prefix[u + 1] = prefix[u]! + sentences;
  }
  return prefix;
}

/** Everything the passes share; built once per pair. */
export interface PairProblem {
  source: PreparedText;
  target: PreparedText;
  anchors: AnchorTable;
  /** The signals' raw tokens, for diagnostics and for callers that add signals of their own. */
  extracted: SignalTokens[];
  params: ModelParams;
}

export function preparePair(source: PreparedText, target: PreparedText, options: AlignOptions = {}): PairProblem {
  const params = resolveParams(options.model);
  const { table, extracted } = buildAnchorTable(source, target, params, options.lexicon);
  return { source, target, anchors: table, extracted, params };
}

export function alignPair(source: AlignText, target: AlignText, options: PairOptions = {}): PairAlignment {
  return alignPrepared(preparePair(prepareText(source), prepareText(target), options), options);
}

export function alignPrepared(problem: PairProblem, options: PairOptions = {}): PairAlignment {
  const { source, target, params } = problem;
  const n = source.units.length;
  const m = target.units.length;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const forbidden = new Set(
    (options.forbidden ?? []).map((link) =>
      beadKey(link.source[0] ?? 0, link.source.length, link.target[0] ?? 0, link.target.length),
    ),
  );
  let length = initialLengthModel(source.prefix[n]!, target.prefix[m]!, params, options.ratioPrior);
  const inputs = (model: LengthModel, boundaries: boolean): PairInputs => ({
    sourcePrefix: source.prefix,
    targetPrefix: target.prefix,
    sourceCuts: source.cuts,
    targetCuts: target.cuts,
    sourceSentences: source.sentences,
    targetSentences: target.sentences,
    anchors: problem.anchors,
    length: model,
    params,
    forbidden,
    bridge: options.bridge,
    boundaries,
  });
  let cells = 0;
  const stats = () => ({ cells, band: halfWidth, lengthRatio: length.ratio, lengthSpread: length.spread });

  // Pass 1: around the line through the document's unique anchors (or the proportional diagonal), widening while
  // the path hugs the band's edge.
  const center =
    problem.anchors.uniquePairs.length > 0
      ? anchoredCenter(source.prefix, target.prefix, problem.anchors.uniquePairs)
      : proportionalCenter(source.prefix, target.prefix);
  const widths = new Int32Array(n + 1).fill(params.firstBand);
  let halfWidth = params.firstBand;
  let first: ViterbiResult | undefined;
  let gaveUp = false;
  for (;;) {
    const band = bandAround(center, m, widths);
    if (cells + band.size > maxCells) {
      gaveUp = true;
      break;
    }
    cells += band.size;
    first = viterbi(band, computeBeadCosts(band, inputs(length, false)));
    if (!widenWhereTouched(band, first.states, widths)) break;
    halfWidth = widths.reduce((a, b) => Math.max(a, b), 0);
    if (band.size >= (n + 1) * (m + 1)) break;
  }
  if (!first) {
    return { links: proportionalLinks(source.prefix, target.prefix), status: "gave-up", stats: stats() };
  }

  // Pass 2: the length model re-learned from pass 1, a narrow band around pass 1's path, posteriors.
  length = refitLengthModel(
    length,
    letterPairs(first, source.prefix, target.prefix),
    params.variancePriorWeight,
    options.ratioPrior,
  );
  halfWidth = params.refineBand;
  let band: Band | undefined;
  let second: ViterbiResult | undefined;
  let costs: Float32Array | undefined;
  const around = pathCenter(first.states, n);
  const refineWidths = new Int32Array(n + 1).fill(params.refineBand);
  for (;;) {
    const candidate = bandAround(around.center, m, refineWidths.map((w, i) => w + around.spread[i]!));
    if (cells + candidate.size > maxCells) {
      gaveUp = true;
      break;
    }
    cells += candidate.size;
    band = candidate;
    costs = computeBeadCosts(band, inputs(length, true));
    second = viterbi(band, costs);
    if (!widenWhereTouched(band, second.states, refineWidths)) break;
    halfWidth = refineWidths.reduce((a, b) => Math.max(a, b), 0);
    if (band.size >= (n + 1) * (m + 1)) break;
  }
  if (!second || !band || !costs) {
    return { links: linksOf(first, first.beads.map(() => 0)), status: "gave-up", stats: stats() };
  }
  const posteriors = pathPosteriors(band, costs, second.beads, params.temperature);
  const scores = options.rawScores ? posteriors : posteriors.map(calibratedScore);
  return { links: linksOf(second, scores), status: gaveUp ? "gave-up" : "ok", stats: stats() };
}

function letterPairs(result: ViterbiResult, sourcePrefix: Float64Array, targetPrefix: Float64Array) {
  return result.beads.map(({ i, j, bead }) => {
    const [a, b] = BEADS[bead]!;
    return [sourcePrefix[i + a]! - sourcePrefix[i]!, targetPrefix[j + b]! - targetPrefix[j]!] as const;
  });
}

function linksOf(result: ViterbiResult, scores: readonly number[]): PairLink[] {
  return result.beads.map(({ i, j, bead }, k) => {
    const [a, b] = BEADS[bead]!;
    return {
      source: Array.from({ length: a }, (_, d) => i + d),
      target: Array.from({ length: b }, (_, d) => j + d),
      score: scores[k]!,
    };
  });
}
