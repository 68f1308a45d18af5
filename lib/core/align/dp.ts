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
  /** Cost of the best path from (0, 0) to each cell. */
  forward: Float64Array;
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
  return { beads, states, total: best[band.cell(band.n, band.m)]!, forward: best };
}

/**
 * Bits of plausibility: the cell is on a good path; a bead with several target units, or source units, starts
 * there; one with three or more target units, or source units.
 */
export const PLAUSIBLE_CELL = 1;
export const PLAUSIBLE_TARGET_GROUP = 2;
export const PLAUSIBLE_SOURCE_GROUP = 4;
export const PLAUSIBLE_TARGET_TRIPLE = 8;
export const PLAUSIBLE_SOURCE_TRIPLE = 16;
export const PLAUSIBLE_ALL = 31;

/** The bits a bead of a source and b target units marks at its start cell. */
export function beadPlausibility(a: number, b: number): number {
  return (
    PLAUSIBLE_CELL |
    (b > 1 ? PLAUSIBLE_TARGET_GROUP : 0) |
    (a > 1 ? PLAUSIBLE_SOURCE_GROUP : 0) |
    (b > 2 ? PLAUSIBLE_TARGET_TRIPLE : 0) |
    (a > 2 ? PLAUSIBLE_SOURCE_TRIPLE : 0)
  );
}

/**
 * Which cells (and which kinds of beads starting at them) lie on some path within `margin` nats of the best one;
 * the exact pass need not look elsewhere.
 */
export function plausibility(band: Band, costs: Float32Array, result: ViterbiResult, margin: number): Uint8Array {
  const backward = new Float64Array(band.size).fill(Infinity);
  const { lo, hi, offset } = band;
  backward[band.cell(band.n, band.m)] = 0;
  const bits = new Uint8Array(band.size);
  const limit = result.total + margin;
  for (let i = band.n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const cell = offset[i]! + j - lo[i]!;
      const from = backward[cell]!;
      if (from === Infinity) continue;
      for (let bead = 0; bead < BEAD_COUNT; bead++) {
        const cost = costs[cell * BEAD_COUNT + bead]!;
        if (cost === Infinity) continue;
        const a = BEAD_SOURCE[bead]!;
        const b = BEAD_TARGET[bead]!;
        const start = offset[i - a]! + j - b - lo[i - a]!;
        if (from + cost < backward[start]!) backward[start] = from + cost;
        if (result.forward[start]! + cost + from <= limit) {
          bits[start]! |= beadPlausibility(a, b);
        }
      }
    }
  }
  return bits;
}

/** Posterior probability of each bead of `path`, from forward-backward over the whole band. */
export function pathPosteriors(band: Band, costs: Float32Array, path: readonly PathBead[], temperature: number): number[] {
  const forward = new Float64Array(band.size).fill(-Infinity);
  const backward = new Float64Array(band.size).fill(-Infinity);
  const scale = 1 / temperature;
  forward[0] = 0;
  const { lo, hi, offset } = band;
  const terms = new Float64Array(BEAD_COUNT);
  for (let i = 0; i <= band.n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const cell = offset[i]! + j - lo[i]!;
      if (cell === 0) continue;
      // log of the sum of exp(terms), with the largest term factored out: one log per cell.
      let count = 0;
      let top = -Infinity;
      for (let bead = 0; bead < BEAD_COUNT; bead++) {
        const cost = costs[cell * BEAD_COUNT + bead]!;
        if (cost === Infinity) continue;
        const i0 = i - BEAD_SOURCE[bead]!;
        const term = forward[offset[i0]! + j - BEAD_TARGET[bead]! - lo[i0]!]! - cost * scale;
        if (term === -Infinity) continue;
        terms[count++] = term;
        if (term > top) top = term;
      }
      if (count === 0) continue;
      let sum = 0;
      for (let t = 0; t < count; t++) sum += Math.exp(terms[t]! - top);
      forward[cell] = top + Math.log(sum);
    }
  }
  const end = band.cell(band.n, band.m);
  backward[end] = 0;
  for (let i = band.n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const cell = offset[i]! + j - lo[i]!;
      if (cell === end) continue;
      // Over the beads that start here, as the forward pass does over those that end here.
      let count = 0;
      let top = -Infinity;
      for (let bead = 0; bead < BEAD_COUNT; bead++) {
        const i1 = i + BEAD_SOURCE[bead]!;
        const j1 = j + BEAD_TARGET[bead]!;
        if (i1 > band.n || j1 < lo[i1]! || j1 > hi[i1]!) continue;
        const next = offset[i1]! + j1 - lo[i1]!;
        const cost = costs[next * BEAD_COUNT + bead]!;
        if (cost === Infinity || backward[next] === -Infinity) continue;
        const term = backward[next]! - cost * scale;
        terms[count++] = term;
        if (term > top) top = term;
      }
      if (count === 0) continue;
      let sum = 0;
      for (let t = 0; t < count; t++) sum += Math.exp(terms[t]! - top);
      backward[cell] = top + Math.log(sum);
    }
  }
  const total = forward[end]!;
  return path.map(({ i, j, bead, cost }) => {
    const [a, b] = BEADS[bead]!;
    const logPosterior = forward[band.cell(i, j)]! - cost * scale + backward[band.cell(i + a, j + b)]! - total;
    return Math.min(1, Math.exp(logPosterior));
  });
}
