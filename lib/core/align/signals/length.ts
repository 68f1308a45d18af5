// The length signal (Gale & Church 1993): a translation's length is roughly proportional to its original's. Two
// departures from the paper. The ratio c is learned per document (Persian and Arabic drop short vowels, so c is
// about 0.9 letters per English letter, and it varies with translator and genre) and so is the spread, which
// starts from a prior per pair of scripts and is scaled by the document's own residuals. And the variance has a
// relative part besides Gale & Church's additive one, because a translator's verbosity is multiplicative: long
// paragraphs do not become proportionally more exact. The cost uses a Student-t rather than a normal tail so
// that one partial translation is not ruled out by length alone.

import type { ModelParams } from "../model";

/** The median of a chi-square with one degree of freedom: median(delta^2) when the model's variance is right. */
const CHI2_1_MEDIAN = 0.455;

export interface LengthModel {
  /** Expected target letters per source letter. */
  ratio: number;
  /** Multiplier of the prior variance, learned from the document. */
  spread: number;
  varianceAdditive: number;
  varianceRelative: number;
  tailDof: number;
}

/** Letters of evidence a ratio prior is worth: about five paragraphs. */
const RATIO_PRIOR_LETTERS = 1500;

function blendRatio(sourceLetters: number, targetLetters: number, prior: number | undefined): number {
  if (prior !== undefined && prior > 0) return (targetLetters + RATIO_PRIOR_LETTERS * prior) / (sourceLetters + RATIO_PRIOR_LETTERS);
  return sourceLetters > 0 && targetLetters > 0 ? targetLetters / sourceLetters : 1;
}

export function initialLengthModel(
  sourceLetters: number,
  targetLetters: number,
  params: ModelParams,
  ratioPrior?: number,
): LengthModel {
  const ratio = blendRatio(sourceLetters, targetLetters, ratioPrior);
  return {
    ratio,
    spread: params.spreadPrior,
    varianceAdditive: params.varianceAdditive,
    varianceRelative: params.varianceRelative,
    tailDof: params.lengthTailDof,
  };
}

/**
 * Squared standardized difference between the target's length and the one expected from the source's. Lengths are
 * measured in the geometric mean of the two languages' units (source letters times sqrt(ratio), target letters
 * over it), so that aligning Persian to English costs exactly what aligning English to Persian does.
 */
export function lengthDelta2(model: LengthModel, sourceLetters: number, targetLetters: number): number {
  const { ratio } = model;
  const scale = Math.sqrt(ratio);
  const diff = (targetLetters - ratio * sourceLetters) / scale;
  const mean = (scale * sourceLetters + targetLetters / scale) / 2;
  const variance = model.spread * (model.varianceAdditive * mean + model.varianceRelative * mean * mean) + 1;
  return (diff * diff) / variance;
}

/** Cost in nats of a bead whose sides have these lengths (both non-zero). */
export function lengthCost(model: LengthModel, sourceLetters: number, targetLetters: number): number {
  const nu = model.tailDof;
  return ((nu + 1) / 2) * Math.log1p(lengthDelta2(model, sourceLetters, targetLetters) / nu);
}

/** lengthCost of one model as a function with the model's constants worked out once, for inner loops. */
export function lengthCostOf(model: LengthModel): (sourceLetters: number, targetLetters: number) => number {
  const { ratio, spread, varianceAdditive, varianceRelative, tailDof } = model;
  const scale = Math.sqrt(ratio);
  const inverse = 1 / scale;
  const half = (tailDof + 1) / 2;
  const perDof = 1 / tailDof;
  const additive = spread * varianceAdditive;
  const relative = spread * varianceRelative;
  return (x, y) => {
    const diff = (y - ratio * x) * inverse;
    const mean = (scale * x + y * inverse) / 2;
    return half * Math.log1p((diff * diff * perDof) / (additive * mean + relative * mean * mean + 1));
  };
}

/**
 * Re-learns ratio and spread from the beads of a first alignment, robustly (medians, so that a few wrong beads do
 * not inflate the spread) and shrunk toward the prior by `priorWeight` beads, so that a five-paragraph document
 * stays close to the prior while a long one speaks for itself.
 */
export function refitLengthModel(
  model: LengthModel,
  beads: ReadonlyArray<readonly [number, number]>,
  priorWeight: number,
  ratioPrior?: number,
  spreadPrior = 1,
): LengthModel {
  const paired = beads.filter(([source, target]) => source > 0 && target > 0);
  if (paired.length === 0) return model;
  let sourceSum = 0;
  let targetSum = 0;
  for (const [source, target] of paired) {
    sourceSum += source;
    targetSum += target;
  }
  const ratio = sourceSum > 0 && targetSum > 0 ? blendRatio(sourceSum, targetSum, ratioPrior) : model.ratio;
  const base = { ...model, ratio, spread: 1 };
  const deltas = paired.map(([source, target]) => lengthDelta2(base, source, target)).sort((a, b) => a - b);
  const observed = deltas[Math.floor(deltas.length / 2)]! / CHI2_1_MEDIAN;
  const spread = (paired.length * observed + priorWeight * spreadPrior) / (paired.length + priorWeight);
  return { ...base, spread: Math.min(Math.max(spread, 0.25), 8) };
}
