// The plain Gale & Church (1993) aligner, kept as the benchmark's baseline: characters as the length measure,
// c = 1 and s^2 = 6.8 as in the paper, the paper's bead priors, beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2, and a full
// dynamic program (no band, no lexical signal). Inputs over `maxCells` cells fall back to a proportional
// alignment with status "gave-up", so that the baseline cannot exhaust memory either.

import { proportionalLinks } from "./fallback";
import type { AlignText, PairAlignment, PairLink } from "./types";

const C = 1;
const S2 = 6.8;
// Prior probabilities of bead shapes from the paper (Table 5), as [source, target, probability].
const GC_BEADS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.89], [1, 0, 0.0099 / 2], [0, 1, 0.0099 / 2], [2, 1, 0.089 / 2], [1, 2, 0.089 / 2], [2, 2, 0.011],
];
const DEFAULT_GC_MAX_CELLS = 25_000_000;

// Two-sided tail of the standard normal, 2 * (1 - Phi(|z|)), by the Abramowitz-Stegun 26.2.17 polynomial as in
// the paper's own implementation.
function twoSidedTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const density = 0.3989423 * Math.exp((-z * z) / 2);
  const upper = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 2 * upper;
}

function matchCost(sourceChars: number, targetChars: number): number {
  if (sourceChars === 0 && targetChars === 0) return 0;
  const mean = (sourceChars + targetChars / C) / 2;
  const z = (C * sourceChars - targetChars) / Math.sqrt(mean * S2);
  return -Math.log(Math.max(twoSidedTail(z), 1e-300));
}

export function galeChurch(source: AlignText, target: AlignText, options: { maxCells?: number } = {}): PairAlignment {
  const n = source.units.length;
  const m = target.units.length;
  const sourcePrefix = new Float64Array(n + 1);
  const targetPrefix = new Float64Array(m + 1);
  source.units.forEach((unit, i) => (sourcePrefix[i + 1] = sourcePrefix[i]! + unit.length));
  target.units.forEach((unit, j) => (targetPrefix[j + 1] = targetPrefix[j]! + unit.length));
  const cells = (n + 1) * (m + 1);
  const stats = { cells, band: Math.max(n, m), lengthRatio: C, lengthSpread: 1 };
  if (cells > (options.maxCells ?? DEFAULT_GC_MAX_CELLS)) {
    return { links: proportionalLinks(sourcePrefix, targetPrefix), status: "gave-up", stats };
  }
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const cell = i * (m + 1) + j;
      for (let bead = 0; bead < GC_BEADS.length; bead++) {
        const [a, b, prior] = GC_BEADS[bead]!;
        if (i < a || j < b) continue;
        const from = best[(i - a) * (m + 1) + (j - b)]!;
        const cost =
          from -
          Math.log(prior) +
          matchCost(sourcePrefix[i]! - sourcePrefix[i - a]!, targetPrefix[j]! - targetPrefix[j - b]!);
        if (cost < best[cell]!) {
          best[cell] = cost;
          back[cell] = bead;
        }
      }
    }
  }
  const links: PairLink[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [a, b] = GC_BEADS[back[i * (m + 1) + j]!]!;
    links.push({
      source: Array.from({ length: a }, (_, d) => i - a + d),
      target: Array.from({ length: b }, (_, d) => j - b + d),
      score: 0,
    });
    i -= a;
    j -= b;
  }
  return { links: links.reverse(), status: "ok", stats };
}
