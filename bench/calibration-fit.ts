// Fits the score calibration (lib/core/align/calibration.ts): raw scores against whether the link or row is exactly
// right, isotonic regression (pool adjacent violators), then a few knots for a monotone piecewise-linear map. The
// benchmark fits one per leave-one-dataset-out split (bench/lodo.ts); run alone, this fits the shipped one on every
// dataset at both builder rates and prints the knots to paste into calibration.ts:
//   node --import tsx bench/calibration-fit.ts [seeds, default 1,2,3]

import type { Calibration, Knots } from "../lib/core/align";
import { DATASETS, loadDocuments } from "./corpus";
import { buildDocument, RATE_PRESETS, type BuiltDocument } from "./documents";
import { evaluateDocuments, evaluatePairs, TRANSLATIONS, type Scored } from "./evaluate";

/**
 * A row scored 0.9 or more must be right this often on the data the calibration is fitted on: 99 %, so that it is
 * still right 97 % of the time on a dataset of another kind (held out, the Bible's rows were 96.4 % right at 98 %).
 */
export const ROW_GUARANTEE = 0.99;

/** Isotonic regression of outcomes (0/1) on scores, then knots at the ends of the pooled blocks. */
export function fitIsotonic(samples: readonly Scored[], maxKnots = 16): Array<[number, number]> {
  const sorted = [...samples].sort((a, b) => a.score - b.score);
  const blocks: Array<{ sum: number; count: number; low: number; high: number }> = [];
  for (const { score, correct } of sorted) {
    blocks.push({ sum: correct ? 1 : 0, count: 1, low: score, high: score });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.count >= blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.count) {
      const last = blocks.pop()!;
      const previous = blocks[blocks.length - 1]!;
      previous.sum += last.sum;
      previous.count += last.count;
      previous.high = last.high;
    }
  }
  const knots = blocks.map((b) => [(b.low + b.high) / 2, b.sum / b.count] as [number, number]);
  // Thin to at most maxKnots, keeping the first and last.
  if (knots.length <= maxKnots) return [[0, 0], ...knots, [1, knots[knots.length - 1]?.[1] ?? 0]];
  const step = (knots.length - 1) / (maxKnots - 1);
  const thinned = Array.from({ length: maxKnots }, (_, k) => knots[Math.round(k * step)]!);
  return [[0, 0], ...thinned, [1, thinned[thinned.length - 1]![1]]];
}

/**
 * Makes the knots honour "at least `target` of what scores 0.9 or more is right" on the fitting data: finds the
 * lowest raw score above which the accuracy reaches the target, maps it to 0.9, and keeps everything below it
 * under 0.9. Isotonic regression alone is calibrated on average but can put a less accurate block just above 0.9.
 */
export function guaranteeAt(samples: readonly Scored[], knots: Array<[number, number]>, target: number): Array<[number, number]> {
  const sorted = [...samples].sort((a, b) => b.score - a.score);
  let right = 0;
  let threshold = 1;
  sorted.forEach((sample, k) => {
    if (sample.correct) right++;
    if (right / (k + 1) >= target) threshold = sample.score;
  });
  const below = knots.filter(([x]) => x < threshold).map(([x, y]) => [x, Math.min(y, 0.89)] as [number, number]);
  const above = knots.filter(([x]) => x > threshold).map(([x, y]) => [x, Math.max(y, 0.9)] as [number, number]);
  return [...below, [threshold, 0.9], ...above];
}

/** Pairwise knots from raw link posteriors. */
export function fitPairKnots(samples: readonly Scored[]): Knots {
  return fitIsotonic(samples);
}

/** Row knots from raw row scores (computed with the pair knots of the same fit). */
export function fitRowKnots(samples: readonly Scored[]): Knots {
  return guaranteeAt(samples, fitIsotonic(samples), ROW_GUARANTEE);
}

/**
 * The whole fit on some documents: pair knots first (from `pairSamples` when the caller has already aligned the
 * pairs raw), then rows aligned with them.
 */
export function fitCalibration(
  docs: readonly BuiltDocument[],
  pairSamples: readonly Scored[] = TRANSLATIONS.flatMap((lang) => evaluatePairs(docs, lang, { rawScores: true }).scored),
): Calibration {
  const pair = fitPairKnots(pairSamples);
  const rowSamples = evaluateDocuments(docs, { rawScores: true, calibration: { pair, row: [] } }).scored;
  return { pair, row: fitRowKnots(rowSamples) };
}

function main(): void {
  const seeds = (process.argv[2] ?? "1,2,3").split(",").map(Number);
  const sources = loadDocuments(undefined, DATASETS);
  const docs = Object.values(RATE_PRESETS).flatMap((rates) =>
    seeds.flatMap((seed) => sources.map((source) => buildDocument(source, seed, rates))),
  );
  const { pair, row } = fitCalibration(docs);
  const show = (name: string, knots: Knots) =>
    console.log(`const ${name}: Knots = [${knots.map(([x, y]) => `[${x.toFixed(4)}, ${y.toFixed(4)}]`).join(", ")}];`);
  show("PAIR_KNOTS", pair);
  show("ROW_KNOTS", row);
  console.log(`fitted on ${docs.length} documents (${DATASETS.join(", ")}; rates ${Object.keys(RATE_PRESETS).join(", ")}; seeds ${seeds.join(",")})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
