// Scores are calibrated: a link or row scored 0.9 is exactly right about nine times in ten. The raw scores (a
// link's posterior probability; for a row, the product of its links' calibrated scores, lowered when the pairwise
// alignments disagree) are mapped through monotone piecewise-linear functions fitted by isotonic regression on the
// benchmark's dev half (bench/calibration-fit.ts, seeds 1-3); the test half and the calibration table are in the
// benchmark. Refit whenever the model changes.

type Knots = ReadonlyArray<readonly [number, number]>;

/** Raw posterior of a pairwise link -> probability that the link is exactly right. */
const PAIR_KNOTS: Knots = [
  [0, 0], [0.3038, 0.3333], [0.5047, 0.5909], [0.6653, 0.7037], [0.7184, 0.7857], [0.7495, 0.8182], [0.7658, 0.8421],
  [0.7978, 0.8571], [0.8685, 0.9231], [0.898, 0.9369], [0.9443, 0.9697], [0.9625, 0.9708], [0.9799, 0.9792],
  [0.9873, 0.9878], [0.9897, 0.9894], [0.9957, 0.9967], [1, 0.995],
];

/**
 * Raw score of an n-way row -> probability that the row is exactly right (fitted with three texts). Isotonic, then
 * adjusted so that on the dev half at least 97.5 % of the rows scored 0.9 or more are right (bench/calibration-fit.ts,
 * guaranteeAt): a reviewer may skip rows above 0.9.
 */
const ROW_KNOTS: Knots = [
  [0, 0], [0.0358, 0.0], [0.1044, 0.1111], [0.1624, 0.25], [0.1805, 0.3333], [0.3912, 0.4167], [0.4533, 0.5],
  [0.6261, 0.5714], [0.6585, 0.6667], [0.8718, 0.89], [0.9168, 0.9], [0.9259, 0.9231], [0.9589, 0.9704],
  [0.9755, 0.9716], [0.9846, 0.9762], [0.9864, 0.9944], [0.9925, 0.9979], [1, 0.995],
];

/** Never certain: the best bin of the dev half is right 99.5 % of the time, not always. */
const CEILING = 0.995;

function interpolate(knots: Knots, raw: number): number {
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

export function calibratedScore(posterior: number): number {
  return interpolate(PAIR_KNOTS, posterior);
}

export function calibratedRowScore(raw: number): number {
  return interpolate(ROW_KNOTS, raw);
}
