// Pairwise alignment: two passes of a banded dynamic program, so that time and memory grow linearly with the
// document. The first, rough pass runs in a band around a line through the document's rare shared anchors (names,
// numbers), widened locally wherever its path touches the band's edge, and judges beads by their total lengths. The
// length model is then re-learned from that path, and the second, exact pass runs in a narrow band around it, judges
// each bead by how its sentences pair up (signals/sentence-length.ts), which is most of the work, only where the
// first pass saw a path within pruneMargin nats of its best, with the words the first pass's links taught as anchors
// (signals/learned-words.ts), and scores every link by its posterior probability.
// Every pass is bounded by `maxCells`; past the bound the result is "gave-up" with the best alignment found so far
// (or a proportional one), never an exception or a hang.

import { buildAnchorTable, packAnchorTable, type AnchorTable, type SignalTokens, type TokenSource } from "./anchor-table";
import { anchoredCenter, bandAround, pathCenter, proportionalCenter, widenWhereTouched, type Band } from "./band";
import { beadKey, computeBeadCosts, type PairInputs } from "./bead-costs";
import type { BridgeTable } from "./bridge";
import { interpolate, SHIPPED_CALIBRATION } from "./calibration";
import {
  pathPosteriors,
  plausibility,
  PLAUSIBLE_ALL,
  viterbi,
  type ViterbiResult,
} from "./dp";
import { proportionalLinks } from "./fallback";
import { estimateSentenceTrust, pathStarts, type SentenceTrust } from "./sentence-trust";
import { joinShiftFor } from "./split-prior";
import { BEADS, resolveParams, type ModelParams } from "./model";
import { shippedCorpusWords } from "./signals/corpus-words";
import { learnedWordsSignal, learnWords } from "./signals/learned-words";
import { initialLengthModel, refitLengthModel, type LengthModel } from "./signals/length";
import { sentencePrefix, sliceStops, StopsBuilder, type TextStops } from "./signals/sentence-length";
import { signalText, type AnchorSignal, type TokenList } from "./signals/signal";
import { buildSentenceKeys, type SentenceKeys, type SentenceSpans } from "./sentence-keys";
import type { UnitScan } from "../text/unit-scan";
import { closesSentence } from "../text/sentences";
import type { AlignOptions, AlignText, PairAlignment, PairLink } from "./types";

export const DEFAULT_MAX_CELLS = 20_000_000;

/**
 * A rejected grouping ruled out. Finite rather than Infinity so that the path search never finds itself without
 * any path (a rejected lone paragraph with nothing else in its stretch); any other path is far cheaper.
 */
export const HARD_FORBIDDEN_COST = 1e6;

export interface PairOptions extends AlignOptions {
  /** Links a reviewer rejected: the same grouping is penalized, or (hard) ruled out whenever any other path exists. */
  forbidden?: ReadonlyArray<{ source: readonly number[]; target: readonly number[]; hard?: boolean }>;
  /** Extra per-unit-pair evidence from a third text (see bridge.ts). */
  bridge?: BridgeTable;
  /** Keep what the alignment found, for aligning the same pair again (see alignTraced). */
  trace?: boolean;
  /**
   * Target/source letter ratio known from a larger context (the whole document when aligning the stretch between
   * two anchors), blended into this pair's own estimate so that a short stretch does not learn a wild ratio.
   */
  ratioPrior?: number;
}

/**
 * A text made ready for alignment: folded units and their words, letters and sentences, and the signals' tokens,
 * computed on first use and kept. Reusable across pairs.
 */
export interface PreparedText extends TokenSource {
  /** Number of units. */
  size: number;
  /** Letters before each unit; prefix[size] is the text's total. */
  prefix: Float64Array;
  /** Rough sentence and clause ends, in letters (see signals/sentence-length.ts). */
  stops: TextStops;
  /** Rough sentences before each unit. */
  sentences: Int32Array;
  /** Per unit, 1 when it reads as prose: it ends with a sentence end, or holds two rough sentences or more. */
  prose: Uint8Array;
  /** Where the rough sentences of stops lie in the units (see sentence-keys.ts). */
  sentenceSpans: SentenceSpans;
}

function memoized(extract: (signal: AnchorSignal) => TokenList): (signal: AnchorSignal) => TokenList {
  const cache = new Map<AnchorSignal, TokenList>();
  return (signal) => {
    let tokens = cache.get(signal);
    if (!tokens) cache.set(signal, (tokens = extract(signal)));
    return tokens;
  };
}

// A unit that ends with a clause mark runs on into the next (see TextStops.endsUnit).
const CLAUSE_END = /[,;:،؛]\s*$/;

export function prepareText(text: AlignText): PreparedText {
  const size = text.units.length;
  const prefix = new Float64Array(size + 1);
  const builder = new StopsBuilder();
  const prose = new Uint8Array(size);
  // Per sentence, its offsets in its unit and the words of its unit before its end (-1 for the unit's last).
  const from: number[] = [];
  const to: number[] = [];
  const sentenceWords: number[] = [];
  const base = signalText(text.lang, text.units, (u, scan) => {
    prefix[u + 1] = prefix[u]! + scan.letters;
    const unit = text.units[u]!;
    const clause = CLAUSE_END.test(unit);
    // A verse of the Quran ends at its number, without a full stop.
    const endsSentence = closesSentence(unit);
    builder.addUnit(scan.letters, scan.breakLetters, scan.breakIsClause, clause, !clause && !endsSentence);
    spanSentences(unit, scan, from, to, sentenceWords);
    prose[u] = endsSentence ? 1 : 0;
  });
  const stops = builder.build();
  for (let u = 0; u < size; u++) if (stops.unitStart[u + 1]! - stops.unitStart[u]! > 1) prose[u] = 1;
  const tokensOf = memoized((signal) => signal.extract(base));
  const wordStart = new Int32Array(from.length + 1);
  for (let u = 0; u < size; u++) {
    for (let k = stops.unitStart[u]!; k < stops.unitStart[u + 1]!; k++) {
      const words = sentenceWords[k]!;
      wordStart[k + 1] = words < 0 ? base.wordStart[u + 1]! : base.wordStart[u]! + words;
    }
  }
  const sentenceSpans = { unitStart: stops.unitStart, from: Int32Array.from(from), to: Int32Array.from(to), wordStart };
  return { ...base, size, prefix, stops, sentences: sentencePrefix(stops), prose, tokensOf, sentenceSpans };
}

/** Appends the spans of a unit's rough sentences, cut where StopsBuilder.addUnit ends them (the same breaks dropped). */
function spanSentences(unit: string, scan: UnitScan, from: number[], to: number[], words: number[]): void {
  let previous = 0;
  let start = 0;
  for (let k = 0; k < scan.breakLetters.length; k++) {
    const x = scan.breakLetters[k]!;
    if (x <= previous || x >= scan.letters) continue;
    previous = x;
    if (scan.breakIsClause[k]) continue;
    from.push(start);
    to.push((start = scan.breakEnds[k]!));
    words.push(scan.breakWords[k]!);
  }
  from.push(start);
  to.push(unit.length);
  words.push(-1);
}

/** Sentences [first, last) of spans, for units [start, end) of their text. */
function sliceSpans(spans: SentenceSpans, unitStart: Int32Array, start: number, end: number): SentenceSpans {
  const first = spans.unitStart[start]!;
  const last = spans.unitStart[end]!;
  const wordStart = new Int32Array(last - first + 1);
  for (let k = 0; k <= last - first; k++) wordStart[k] = spans.wordStart[first + k]! - spans.wordStart[first]!;
  return { unitStart, from: spans.from.subarray(first, last), to: spans.to.subarray(first, last), wordStart };
}

/** Units [start, end) of a prepared text, as a prepared text of their own (sharing its tokens). */
export function slicePrepared(text: PreparedText, start: number, end: number): PreparedText {
  if (start === 0 && end === text.size) return text;
  const prefix = new Float64Array(end - start + 1);
  for (let k = 0; k <= end - start; k++) prefix[k] = text.prefix[start + k]! - text.prefix[start]!;
  const stops = sliceStops(text.stops, start, end);
  const wordStart = new Int32Array(end - start + 1);
  for (let k = 0; k <= end - start; k++) wordStart[k] = text.wordStart[start + k]! - text.wordStart[start]!;
  return {
    side: text.side,
    texts: text.texts.slice(start, end),
    vocabulary: text.vocabulary,
    wordStart,
    wordIds: text.wordIds.subarray(text.wordStart[start]!, text.wordStart[end]!),
    size: end - start,
    prefix,
    stops,
    sentences: sentencePrefix(stops),
    prose: text.prose.subarray(start, end),
    tokensOf: memoized((signal) => sliceTokens(text.tokensOf(signal), start, end)),
    sentenceSpans: sliceSpans(text.sentenceSpans, stops.unitStart, start, end),
  };
}

function sliceTokens(list: TokenList, start: number, end: number): TokenList {
  const first = list.start[start]!;
  const unitStart = new Int32Array(end - start + 1);
  for (let k = 0; k <= end - start; k++) unitStart[k] = list.start[start + k]! - first;
  return { start: unitStart, types: list.types.subarray(first, list.start[end]!), keys: list.keys };
}

/** Everything the passes share; built once per pair. */
export interface PairProblem {
  source: PreparedText;
  target: PreparedText;
  anchors: AnchorTable;
  /** Which rough sentences share rare keys, when the model weighs them (sentence.lexical > 0). */
  sentenceKeys?: SentenceKeys;
  /** The signals' raw tokens, for diagnostics and for callers that add signals of their own. */
  extracted: SignalTokens[];
  params: ModelParams;
}

export function preparePair(source: PreparedText, target: PreparedText, options: AlignOptions = {}): PairProblem {
  const params = withSentencesAsMarked(resolveParams(options.model), source, target);
  const corpusWords = options.corpusWords === undefined ? shippedCorpusWords() : (options.corpusWords ?? []);
  const { table, extracted } = buildAnchorTable(source, target, params, options.lexicon, corpusWords, options.dictionaries);
  const sentenceKeys =
    params.sentence.lexical > 0 ? buildSentenceKeys(source, target, extracted, params) : undefined;
  return { source, target, anchors: table, extracted, params, sentenceKeys };
}

/**
 * A text that hardly marks its sentences (under UNPUNCTUATED_SHARE of its units read as prose: a classical text
 * printed without punctuation or verse numbers, perhaps with a few paragraphs of an editor's in modern punctuation)
 * cuts few of its paragraphs into sentences, so its sentences say nothing about a link: a paragraph the other
 * language split in two looks like one long sentence against two, and the sentence costs then favour a 1-1 link plus
 * an omission over the true 1-2. For such a pair:
 * - the exact pass judges a bead by its whole length where its sentences pair worse (no fallback margin), and the
 *   first pass ignores sentence counts;
 * - the rare words that sentences share are not rewarded (sentence-keys.ts): each unit of the unmarked text is one
 *   sentence, so they repeat the anchor table's evidence, and they brought the sentence costs back, since with them
 *   a bead's sentences beat its whole length wherever they could be grouped (three against one at most). A 2-1
 *   bead of four English sentences against one Arabic paragraph then had to leave a sentence without counterpart,
 *   and lost to a 1-1 link plus an omission;
 * - an omission costs more and a unit's evidence saturates later (ModelParams.unmarked).
 */
function withSentencesAsMarked(params: ModelParams, source: PreparedText, target: PreparedText): ModelParams {
  if (!marksFewSentences(source) && !marksFewSentences(target)) return params;
  return {
    ...params,
    sentenceCountCost: params.sentenceCountCost.map(() => 0),
    sentenceTrust: { ...params.sentenceTrust, fallbackMax: 0, fallbackMin: 0 },
    sentence: { ...params.sentence, lexical: 0 },
    nullCost: params.nullCost + params.unmarked.nullExtra,
    lexicalCeiling: params.unmarked.lexicalCeiling,
  };
}

// One in four: at one in ten, benchmark documents whose originals had 80 to 90 % of their paragraphs without
// punctuation kept the sentence costs and came out worse than with none punctuated. None of the punctuated documents
// is under one in four; at one in two, a few news documents of many short lines were.
const UNPUNCTUATED_SHARE = 0.25;

/** True for a text that marks few of its sentences (see withSentencesAsMarked). */
export function marksFewSentences(text: PreparedText): boolean {
  let prose = 0;
  for (let u = 0; u < text.size; u++) prose += text.prose[u]!;
  return text.size >= 3 && prose < UNPUNCTUATED_SHARE * text.size;
}

export function alignPrepared(problem: PairProblem, options: PairOptions = {}): PairAlignment {
  return alignTraced(problem, options).alignment;
}

/**
 * What the exact pass of an alignment found, so that the same pair can be aligned again with a little more evidence
 * (a third text's, see align-document.ts) without the first pass: the length model, the path, and which cells
 * start beads worth a sentence program.
 */
export interface AlignmentTrace {
  length: LengthModel;
  trust?: SentenceTrust;
  /** What the exact pass added to the cost of a sentence join (see joinShiftOf). */
  joinShift?: number;
  states: ReadonlyArray<readonly [number, number]>;
  plausible: (i: number, j: number) => number;
  /** The exact pass's evidence, with the words learned from the first pass. */
  anchors: AnchorTable;
}

/** alignPrepared, around the path of an earlier alignment of the same pair when given, and keeping a trace. */
export function alignTraced(
  problem: PairProblem,
  options: PairOptions = {},
  previous?: AlignmentTrace,
): { alignment: PairAlignment; trace?: AlignmentTrace } {
  const { source, target, params } = problem;
  // How much dearer the exact pass makes a sentence join (see joinShiftOf), read from the first pass or kept.
  let joinShift = previous?.joinShift ?? 0;
  const n = source.size;
  const m = target.size;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const forbidden = new Map<string, number>();
  for (const link of options.forbidden ?? []) {
    const key = beadKey(link.source[0] ?? 0, link.source.length, link.target[0] ?? 0, link.target.length);
    forbidden.set(key, Math.max(forbidden.get(key) ?? 0, link.hard ? HARD_FORBIDDEN_COST : params.forbiddenCost));
  }
  // The exact pass's lexical evidence: the pair's, and then the words the first pass taught (see withLearnedWords).
  let anchors = previous?.anchors ?? problem.anchors;
  let length = previous?.length ?? initialLengthModel(source.prefix[n]!, target.prefix[m]!, params, options.ratioPrior);
  // One shape for every pass's inputs, so that the cost loop sees one kind of object.
  const inputs = (model: LengthModel, exact: boolean, extra: Pick<PairInputs, "reuse" | "plausible">): PairInputs =>
    pairInputs(problem, { anchors, length: model, forbidden, bridge: options.bridge, reuse: extra.reuse, plausible: extra.plausible, exact, joinShift });
  let cells = 0;
  let halfWidth = params.firstBand;
  let gaveUp = false;
  const stats = () => ({ cells, band: halfWidth, lengthRatio: length.ratio, lengthSpread: length.spread });

  let first: ViterbiResult | undefined;
  let trust = previous?.trust;
  let around: { center: Float64Array; spread: Int32Array };
  let plausible: (i: number, j: number) => number;
  if (previous) {
    around = pathCenter(previous.states, n);
    plausible = previous.plausible;
  } else {
    // Pass 1: around the line through the document's unique anchors (or the proportional diagonal), widening while
    // the path hugs the band's edge.
    const center =
      problem.anchors.uniquePairs.length > 0
        ? anchoredCenter(source.prefix, target.prefix, problem.anchors.uniquePairs)
        : proportionalCenter(source.prefix, target.prefix);
    const widths = new Int32Array(n + 1).fill(params.firstBand);
    let firstBand: Band | undefined;
    let firstCosts: Float32Array | undefined;
    for (;;) {
      const band = bandAround(center, m, widths, firstBand);
      if (cells + band.size > maxCells) {
        gaveUp = true;
        break;
      }
      cells += band.size;
      const reuse = firstBand && firstCosts ? { band: firstBand, costs: firstCosts } : undefined;
      firstCosts = computeBeadCosts(band, inputs(length, false, { reuse, plausible: undefined }));
      firstBand = band;
      first = viterbi(band, firstCosts);
      if (!widenWhereTouched(band, first.states, widths)) break;
      halfWidth = widths.reduce((a, b) => Math.max(a, b), 0);
      if (band.size >= (n + 1) * (m + 1)) break;
    }
    if (!first || !firstBand || !firstCosts) {
      return { alignment: { links: proportionalLinks(source.prefix, target.prefix), status: "gave-up", stats: stats() } };
    }
    // Start cells on no first-pass alignment within pruneMargin nats of the best are not worth the sentence
    // programs of the exact pass; cells the first pass never saw are kept.
    plausible = plausibleCells(firstBand, plausibility(firstBand, firstCosts, first, params.pruneMargin));
    length = refitLengthModel(
      length,
      letterPairs(first, source.prefix, target.prefix),
      params.variancePriorWeight,
      options.ratioPrior,
      params.spreadPrior,
    );
    around = pathCenter(first.states, n);
    joinShift = joinShiftOf(params, first, source.sentences, target.sentences);
    anchors = withLearnedWords(problem, first);
  }

  // Pass 2: the length model re-learned from pass 1 (or the earlier alignment's), a narrow band around its path,
  // posteriors.
  halfWidth = params.refineBand;
  let band: Band | undefined;
  let second: ViterbiResult | undefined;
  let costs: Float32Array | undefined;
  const refineWidths = new Int32Array(n + 1).fill(params.refineBand);
  // Once the trust is read from a band that holds every bead of the first pass's path, a wider band would read the
  // same: each widening then computes only the beads that start or end in its new cells (see PairInputs.reuse).
  // On a 15,000-paragraph pair whose path touched the band's edge ten times, recomputing the whole band each time
  // was most of the alignment.
  let kept: { band: Band; costs: Float32Array } | undefined;
  for (;;) {
    const candidate = bandAround(around.center, m, refineWidths.map((w, i) => w + around.spread[i]!), band);
    if (cells + candidate.size > maxCells) {
      gaveUp = true;
      break;
    }
    cells += candidate.size;
    band = candidate;
    const inBand = band;
    if (kept) {
      costs = computeBeadCosts(band, { ...inputs(length, true, { reuse: kept, plausible }), trust });
    } else {
      // The trust is read from the first pass's path once the sentence costs of this band are known: those costs,
      // or, where they hold rewards for shared keys, the path's own without them (see sentence-trust.ts).
      const readTrust = (sentenceCosts: Float32Array) =>
        (trust = estimateSentenceTrust(first!, inBand, sentenceCosts, {
          sourcePrefix: source.prefix,
          targetPrefix: target.prefix,
          sourceStops: source.stops,
          targetStops: target.stops,
          length,
          params,
        }));
      const trustStarts = !previous && problem.sentenceKeys ? pathStarts(first!, inBand, plausible) : undefined;
      costs = computeBeadCosts(band, { ...inputs(length, true, { reuse: undefined, plausible }), trust: previous ? trust : readTrust, trustStarts });
    }
    second = viterbi(band, costs);
    if (kept || previous || holdsPath(band, first!)) kept = { band, costs };
    if (!widenWhereTouched(band, second.states, refineWidths)) break;
    halfWidth = refineWidths.reduce((a, b) => Math.max(a, b), 0);
    if (band.size >= (n + 1) * (m + 1)) break;
  }
  if (!second || !band || !costs) {
    const links = first ? linksOf(first, first.beads.map(() => 0)) : proportionalLinks(source.prefix, target.prefix);
    return { alignment: { links, status: "gave-up", stats: stats() } };
  }
  const posteriors = pathPosteriors(band, costs, second.beads, params.temperature);
  const knots = (options.calibration ?? SHIPPED_CALIBRATION).pair;
  const scores = options.rawScores ? posteriors : posteriors.map((posterior) => interpolate(knots, posterior));
  const alignment: PairAlignment = { links: linksOf(second, scores), status: gaveUp ? "gave-up" : "ok", stats: stats() };
  if (!options.trace) return { alignment };
  const plausible2 = plausibleCells(band, plausibility(band, costs, second, params.pruneMargin));
  return { alignment, trace: { length, trust, joinShift, states: second.states, plausible: plausible2, anchors } };
}

/** The fields of PairInputs that a pass sets; the others come from the pair's texts and model. */
type PassInputs = Pick<PairInputs, "anchors" | "length" | "forbidden" | "bridge" | "reuse" | "plausible" | "exact" | "joinShift">;

/**
 * The bead costs' inputs of one pass over the pair, built as one literal: an object spread from another had a shape
 * of its own, and the cost loop then read two kinds of object (a three-language document's sentence pass, whose
 * every row runs these passes on small texts, took 3.6-3.9 s with the literal against 4.1-4.6 s with a spread).
 */
export function pairInputs(problem: Pick<PairProblem, "source" | "target" | "sentenceKeys" | "params">, pass: PassInputs): PairInputs {
  const { source, target } = problem;
  return {
    sourcePrefix: source.prefix,
    targetPrefix: target.prefix,
    sourceStops: source.stops,
    targetStops: target.stops,
    sourceSentences: source.sentences,
    targetSentences: target.sentences,
    sourceProse: source.prose,
    targetProse: target.prose,
    anchors: pass.anchors,
    sentenceKeys: problem.sentenceKeys,
    length: pass.length,
    params: problem.params,
    forbidden: pass.forbidden,
    bridge: pass.bridge,
    reuse: pass.reuse,
    plausible: pass.plausible,
    exact: pass.exact,
    joinShift: pass.joinShift,
  };
}

/** True when both ends of every bead of `path` that pairs units lie in `band`: all that estimateSentenceTrust reads. */
function holdsPath(band: Band, path: ViterbiResult): boolean {
  return path.beads.every(({ i, j, bead }) => {
    const [a, b] = BEADS[bead]!;
    return a === 0 || b === 0 || (band.cell(i, j) >= 0 && band.cell(i + a, j + b) >= 0);
  });
}

/**
 * The pair's anchor table with the word pairs learned from the first pass's 1-1 links added as one more signal (see
 * signals/learned-words.ts), or as it was when they teach nothing. The sentence keys stay as they are: a learned word
 * is in two links or more, and they keep only keys rarer than that.
 */
function withLearnedWords(problem: PairProblem, first: ViterbiResult): AnchorTable {
  // Taught by the 1-1 links the first pass found cheap, whose length and evidence agree: its doubtful links are
  // where wrong pairs would be learned.
  const { source, target, params } = problem;
  const ones: Array<readonly [number, number]> = [];
  for (const { i, j, bead, cost } of first.beads) {
    if (BEADS[bead]![0] === 1 && BEADS[bead]![1] === 1 && cost <= params.learn.maxCost) ones.push([i, j]);
  }
  const learned = learnWords(source, target, ones, params.learn);
  if (!learned) return problem.anchors;
  const signal = learnedWordsSignal(learned);
  // Read from these units only, not through the texts' kept tokens: the signal is this pair's alone, and a slice's
  // kept tokens are its whole text's (a stretch between two confirmed rows would read the whole document).
  const extracted = [...problem.extracted, { signal, source: signal.extract(source), target: signal.extract(target) }];
  return packAnchorTable(extracted, { source: source.side, target: target.side }, source.size, target.size, params);
}

/**
 * What the exact pass adds to the cost of a sentence group of several sentences on a side (see split-prior.ts
 * joinShiftFor), by how often this document's translator kept the number of sentences: the share of the first pass's
 * 1-1 links whose sides hold different numbers of rough sentences, against the share the costs are set for (see
 * ModelParams.sentence.joinRate). Where the languages cut sentences alike, a join that the sentence program would make
 * is more likely a misplaced paragraph boundary; where they cut them differently, joins are the norm.
 */
function joinShiftOf(params: ModelParams, first: ViterbiResult, sourceSentences: Int32Array, targetSentences: Int32Array): number {
  let ones = 0;
  let differ = 0;
  for (const { i, j, bead } of first.beads) {
    if (BEADS[bead]![0] !== 1 || BEADS[bead]![1] !== 1) continue;
    ones++;
    if (sourceSentences[i + 1]! - sourceSentences[i]! !== targetSentences[j + 1]! - targetSentences[j]!) differ++;
  }
  return joinShiftFor(params.sentence, differ, ones);
}

/** The plausibility bits of (i, j) (see dp.ts plausibility); every bit outside the band, which saw nothing there. */
function plausibleCells(band: Band, bits: Uint8Array): (i: number, j: number) => number {
  return (i, j) => {
    const cell = band.cell(i, j);
    return cell < 0 ? PLAUSIBLE_ALL : bits[cell]!;
  };
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
