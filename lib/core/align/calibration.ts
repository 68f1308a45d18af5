// Scores are calibrated: a link or row scored 0.9 is exactly right about nine times in ten. The raw scores (a
// link's posterior probability; for a row, the product of its links' calibrated scores, lowered when the pairwise
// alignments disagree) are mapped through monotone piecewise-linear functions fitted by isotonic regression on the
// benchmark's dev half (bench/calibration-fit.ts, seeds 1-3); the test half and the calibration table are in the
// benchmark. Refit whenever the model changes.

/** A monotone piecewise-linear map from raw score to probability: [raw, probability] points, raw ascending. */
export type Knots = ReadonlyArray<readonly [number, number]>;

export interface Calibration {
  /** Raw posterior of a pairwise link -> probability that the link is exactly right. */
  pair: Knots;
  /** Raw score of an n-way row -> probability that the row is exactly right. */
  row: Knots;
}

/** Raw posterior of a pairwise link -> probability that the link is exactly right. */
const PAIR_KNOTS: Knots = [
  [0, 0], [0.2816, 0.4211], [0.4222, 0.5714], [0.4624, 0.6667], [0.5284, 0.6986], [0.6763, 0.8], [0.716, 0.814],
  [0.7697, 0.8621], [0.8436, 0.8958], [0.8662, 0.9174], [0.9184, 0.9689], [0.955, 0.9769], [0.9833, 0.9858],
  [0.9937, 0.9917], [0.9965, 0.9936], [0.9995, 0.995], [1, 0.995],
];

/**
 * Raw score of an n-way row -> probability that the row is exactly right (fitted with three texts). Isotonic, then
 * adjusted so that on the dev half at least 98 % of the rows scored 0.9 or more are right (bench/calibration-fit.ts,
 * guaranteeAt): a reviewer may skip rows above 0.9.
 */
const ROW_KNOTS: Knots = [
  [0, 0], [0.1563, 0], [0.2212, 0.1765], [0.345, 0.3333], [0.5436, 0.5625], [0.6851, 0.6842], [0.7155, 0.7],
  [0.7512, 0.7333], [0.7847, 0.75], [0.8212, 0.7857], [0.8454, 0.9], [0.8866, 0.9297], [0.9457, 0.9496],
  [0.9749, 0.9743], [0.9888, 0.9865], [0.9892, 0.9903], [0.9919, 0.9975], [1, 0.995],
];

/** Never certain: the best bin of the dev half is right 99.5 % of the time, not always. */
const CEILING = 0.995;

export function interpolate(knots: Knots, raw: number): number {
  const x = Math.max(0, Math.min(1, raw));
  for (let k = 1; k < knots.length; k++) {
    const [x1, y1] = knots[k]!;
    if (x <= x1) {
      const [x0, y0] = knots[k - 1]!;
      return Math.min(CEILING, x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0));
    }
  }
  return CEILING;
}

export const SHIPPED_CALIBRATION: Calibration = { pair: PAIR_KNOTS, row: ROW_KNOTS };
