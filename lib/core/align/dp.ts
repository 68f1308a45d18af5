// The dynamic program over a band of precomputed bead costs: Viterbi for the best path, and forward-backward for
// the posterior probability of each bead of that path (the sum over all alignments in the band that contain it,
// with costs read as minus log-probabilities divided by a temperature).

import type { Band } from "./band";
import { BEADS, BEAD_COUNT, BEAD_SOURCE, BEAD_TARGET } from "./model";

export interface PathBead {
  /** Start of the bead: source and target units consumed before it. */
  i: number;
  j: number;
  /** Index into BEADS. */
  bead: number;
  cost: number;
}

export interface ViterbiResult {
  beads: PathBead[];
  /** States visited, (0, 0) first, (n, m) last. */
  states: Array<readonly [number, number]>;
  total: number;
}

export function viterbi(band: Band, costs: Float32Array): ViterbiResult {
  const best = new Float64Array(band.size).fill(Infinity);
  const back = new Int8Array(band.size).fill(-1);
  best[0] = 0;
  const { lo, hi, offset } = band;
  for (let i = 0; i <= band.n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const cell = offset[i]! + j - lo[i]!;
      for (let bead = 0; bead < BEAD_COUNT; bead++) {
        const cost = costs[cell * BEAD_COUNT + bead]!;
        if (cost === Infinity) continue;
        const i0 = i - BEAD_SOURCE[bead]!;
        const candidate = best[offset[i0]! + j - BEAD_TARGET[bead]! - lo[i0]!]! + cost;
        if (candidate < best[cell]!) {
          best[cell] = candidate;
          back[cell] = bead;
        }
      }
    }
  }
  const beads: PathBead[] = [];
  const states: Array<readonly [number, number]> = [];
  let i = band.n;
  let j = band.m;
  states.push([i, j]);
  while (i > 0 || j > 0) {
    const cell = band.cell(i, j);
    const bead = back[cell]!;
    const [a, b] = BEADS[bead]!;
    beads.push({ i: i - a, j: j - b, bead, cost: costs[cell * BEAD_COUNT + bead]! });
    i -= a;
    j -= b;
    states.push([i, j]);
  }
  beads.reverse();
  states.reverse();
  return { beads, states, total: best[band.cell(band.n, band.m)]! };
}

function logAdd(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/** Posterior probability of each bead of `path`, from forward-backward over the whole band. */
export function pathPosteriors(band: Band, costs: Float32Array, path: readonly PathBead[], temperature: number): number[] {
  const forward = new Float64Array(band.size).fill(-Infinity);
  const backward = new Float64Array(band.size).fill(-Infinity);
  const scale = 1 / temperature;
  forward[0] = 0;
  const { lo, hi, offset } = band;
  for (let i = 0; i <= band.n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const cell = offset[i]! + j - lo[i]!;
      let acc = cell === 0 ? 0 : -Infinity;
      for (let bead = 0; bead < BEAD_COUNT; bead++) {
        const cost = costs[cell * BEAD_COUNT + bead]!;
        if (cost === Infinity) continue;
        const i0 = i - BEAD_SOURCE[bead]!;
        acc = logAdd(acc, forward[offset[i0]! + j - BEAD_TARGET[bead]! - lo[i0]!]! - cost * scale);
      }
      forward[cell] = acc;
    }
  }
  const end = band.cell(band.n, band.m);
  backward[end] = 0;
  for (let i = band.n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const cell = offset[i]! + j - lo[i]!;
      const from = backward[cell]!;
      if (from === -Infinity) continue;
      // Push this cell's backward score to the start of every bead that ends here.
      for (let bead = 0; bead < BEAD_COUNT; bead++) {
        const cost = costs[cell * BEAD_COUNT + bead]!;
        if (cost === Infinity) continue;
        const i0 = i - BEAD_SOURCE[bead]!;
        const start = offset[i0]! + j - BEAD_TARGET[bead]! - lo[i0]!;
        backward[start] = logAdd(backward[start]!, from - cost * scale);
      }
    }
  }
  const total = forward[end]!;
  return path.map(({ i, j, bead, cost }) => {
    const [a, b] = BEADS[bead]!;
    const logPosterior = forward[band.cell(i, j)]! - cost * scale + backward[band.cell(i + a, j + b)]! - total;
    return Math.min(1, Math.exp(logPosterior));
  });
}
