// Scores are calibrated: a link or row scored 0.9 is exactly right about nine times in ten. The raw scores (a
// link's posterior probability; for a row, the product of its links' calibrated scores, lowered when the pairwise
// alignments disagree) are mapped through monotone piecewise-linear functions fitted by isotonic regression
// (bench/calibration-fit.ts). The shipped maps are fitted on all three benchmark datasets at both builder rates
// (seeds 1-2); the benchmark fits its own per leave-one-dataset-out split, so that the figures it reports are for a
// dataset the maps never saw. Refit whenever the model changes.

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
  [0, 0], [0.1306, 0], [0.3189, 0.4000], [0.3981, 0.5000], [0.5148, 0.6364], [0.5352, 0.6667], [0.5693, 0.7216],
  [0.6599, 0.7822], [0.7555, 0.8646], [0.8233, 0.8973], [0.8676, 0.9351], [0.8978, 0.9606], [0.9341, 0.9766],
  [0.9624, 0.9834], [0.9857, 0.9876], [0.9908, 0.9935], [1, 1], [1, 1],
];

/**
 * Raw score of an n-way row -> probability that the row is exactly right (fitted with three texts). Isotonic, then
 * adjusted so that on the fitting data at least 99 % of the rows scored 0.9 or more are right (bench/calibration-fit.ts,
 * guaranteeAt), which held out keeps them right at least 97 % of the time: a reviewer may skip rows above 0.9.
 */
const ROW_KNOTS: Knots = [
  [0, 0], [0.0219, 0], [0.1740, 0.1818], [0.2690, 0.3824], [0.3626, 0.4651], [0.5192, 0.5811], [0.6114, 0.6250],
  [0.7369, 0.7692], [0.8082, 0.8250], [0.8493, 0.8442], [0.9102, 0.8900], [0.9461, 0.8900], [0.9598, 0.8900],
  [0.9779, 0.9000], [0.9792, 0.9770], [0.9834, 0.9802], [0.9876, 0.9864], [0.9940, 1], [1, 1],
];

/** Never certain: the best bin of the fitting data is right 99.5 % of the time or so, not always. */
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
