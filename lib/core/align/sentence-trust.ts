// How far this document's sentences can be trusted. The exact pass judges a bead by how its sentences pair up, the
// best evidence there is when the translator kept the sentences (news: a boundary moved by one sentence) and a
// misleading one when the two languages punctuate differently (a literal translation of scripture, whose Arabic ends
// a sentence where the English has a colon, so that every bead's sentences pair up badly). Two corrections, both
// read from the beads of the first pass's path, each judged by its sentences (S) and by its whole length (W):
// - a bead costs at most W plus a fallback margin, which shrinks as the typical S - W of the document grows: where
//   sentences say little, a bead is judged by its length (a mixture of "sentences kept" and "not", whose weights
//   the margin is the log-odds of);
// - S is centred on the document's own norm, minus the typical excess per sentence, so that beads with many
//   sentences are not made dearer than omissions (which have none) by sentence costs that every bead pays here.
// Without it, the failure of issue 10: on literal classical Arabic, a merge plus an omission chosen over two 1-1
// links whose sentences do not pair up.
// Both are read from the sentences' lengths and shapes alone, without the rewards for rare keys that sentences share
// (sentence-keys.ts): a bead's reward says how many names or rare words it holds, not how its sentences pair up. Read
// into S, the rewards made a document whose sentences pair up badly look like one whose sentences pair up well (a
// wider fallback margin, less taken off per sentence), and on literal Arabic, once the common words were among the
// keys, omissions were chosen again over beads of many sentences.

import type { Band } from "./band";
import { beadPlausibility, type ViterbiResult } from "./dp";
import { BEAD_COUNT, BEADS, type ModelParams } from "./model";
import { lengthCost, type LengthModel } from "./signals/length";
import type { TextStops } from "./signals/sentence-length";

export interface SentenceTrust {
  /** A bead costs at most its whole-length cost plus this (nats). */
  fallback: number;
  /** Taken off a bead's sentence cost per sentence it holds, both sides (nats). */
  perSentence: number;
}

/** Trust in a text with no first pass to read it from: full (news-like) trust, no centring. */
export function defaultTrust(params: ModelParams): SentenceTrust {
  return { fallback: params.sentenceTrust.fallbackMax, perSentence: 0 };
}

export interface TrustInputs {
  sourcePrefix: Float64Array;
  targetPrefix: Float64Array;
  sourceStops: TextStops;
  targetStops: TextStops;
  length: LengthModel;
  params: ModelParams;
}

/**
 * Reads the trust from the first pass's path, whose beads the exact pass's band holds and whose sentence costs
 * (shape prior included, as writeSentenceCosts leaves them in `sentenceCosts`) it has just computed.
 */
export function estimateSentenceTrust(
  path: ViterbiResult,
  band: Band,
  sentenceCosts: Float32Array,
  inputs: TrustInputs,
): SentenceTrust {
  const { sourcePrefix, targetPrefix, sourceStops, targetStops, length, params } = inputs;
  const gaps: number[] = [];
  const perSentence: number[] = [];
  for (const { i, j, bead } of path.beads) {
    const [a, b] = BEADS[bead]!;
    if (a === 0 || b === 0) continue;
    const cell = band.cell(i + a, j + b);
    if (cell < 0 || band.cell(i, j) < 0) continue;
    const sentences = sentenceCosts[cell * BEAD_COUNT + bead]! - params.beadCost[bead]!;
    const whole = lengthCost(length, sourcePrefix[i + a]! - sourcePrefix[i]!, targetPrefix[j + b]! - targetPrefix[j]!);
    // A bead whose sentences cannot pair at all counts as very bad, not as infinitely bad.
    const gap = Math.min(MAX_GAP, sentences - whole);
    gaps.push(gap);
    const count = sourceStops.unitStart[i + a]! - sourceStops.unitStart[i]! + targetStops.unitStart[j + b]! - targetStops.unitStart[j]!;
    perSentence.push(gap / count);
  }
  const { fallbackMax, fallbackMin, fallbackSlope, gapPrior, gapPriorWeight } = params.sentenceTrust;
  // A short document's median is shrunk toward what a document whose sentences are kept shows.
  const typical = (median(gaps) * gaps.length + gapPrior * gapPriorWeight) / (gaps.length + gapPriorWeight);
  return {
    fallback: Math.min(fallbackMax, Math.max(fallbackMin, fallbackMax - fallbackSlope * typical)),
    perSentence: Math.max(0, median(perSentence)),
  };
}

/**
 * The start cells of the path's beads, for writeSentenceCosts' `unrewarded`: the sentence costs estimateSentenceTrust
 * reads when the exact pass rewards shared keys. Each is run as far as its own bead reaches and with the clause cuts
 * a bead of its shape can use (see dp.ts plausibility), which is a fraction of the exact pass's programs and gives
 * its beads the same costs.
 */
export function pathStarts(path: ViterbiResult, band: Band, plausible: (i: number, j: number) => number): (i: number, j: number) => number {
  const starts = new Uint8Array(band.size);
  for (const { i, j, bead } of path.beads) {
    const cell = band.cell(i, j);
    const [a, b] = BEADS[bead]!;
    if (cell >= 0) starts[cell] = beadPlausibility(a, b);
  }
  return (i: number, j: number) => {
    const bits = starts[band.cell(i, j)]!;
    return bits === 0 ? 0 : bits & plausible(i, j);
  };
}

const MAX_GAP = 30;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((x, y) => x - y);
  return values[Math.floor(values.length / 2)]!;
}
