// Evidence from a third text (the consistency idea of T-Coffee's library extension): when English paragraph x is
// linked to Arabic paragraph z, and z to Persian paragraph y, the pair (x, y) is more likely to belong together in
// the English-Persian alignment. Each such composed pair gets a bonus, scaled by the confidence of the two links,
// that the pairwise dynamic program adds for every unit pair a bead covers.

import type { PairLink } from "./types";

/** Bonus per unit pair, sparse: the pairs of source unit x are target[start[x] .. start[x + 1] - 1]. */
export interface BridgeTable {
  start: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

/**
 * Composes source->middle and middle->target alignments into bonuses for source->target unit pairs, for a source
 * text of `sourceSize` units.
 */
export function composeBridge(
  sourceToMiddle: readonly PairLink[],
  middleToTarget: readonly PairLink[],
  sourceSize: number,
  strength: number,
): BridgeTable {
  const targetsOfMiddle = new Map<number, { targets: number[]; score: number }>();
  for (const link of middleToTarget) {
    for (const z of link.source) targetsOfMiddle.set(z, { targets: link.target, score: link.score });
  }
  const perSource: Array<Map<number, number>> = Array.from({ length: sourceSize }, () => new Map());
  for (const link of sourceToMiddle) {
    for (const x of link.source) {
      for (const z of link.target) {
        const next = targetsOfMiddle.get(z);
        if (!next) continue;
        const bonus = strength * Math.min(link.score, next.score);
        for (const y of next.targets) perSource[x]!.set(y, Math.max(perSource[x]!.get(y) ?? 0, bonus));
      }
    }
  }
  const start = new Int32Array(sourceSize + 1);
  perSource.forEach((pairs, x) => (start[x + 1] = start[x]! + pairs.size));
  const target = new Int32Array(start[sourceSize]!);
  const weight = new Float64Array(start[sourceSize]!);
  perSource.forEach((pairs, x) => {
    let k = start[x]!;
    for (const [y, w] of [...pairs].sort((a, b) => a[0] - b[0])) {
      target[k] = y;
      weight[k++] = w;
    }
  });
  return { start, target, weight };
}

/** Sum of the bonuses of the unit pairs of a bead. */
export function bridgeBonus(table: BridgeTable, i0: number, a: number, j0: number, b: number): number {
  let sum = 0;
  for (let x = i0; x < i0 + a; x++) {
    for (let k = table.start[x]!; k < table.start[x + 1]!; k++) {
      const y = table.target[k]!;
      if (y >= j0 && y < j0 + b) sum += table.weight[k]!;
    }
  }
  return sum;
}

/** The same links seen from the other side. */
export function reverseLinks(links: readonly PairLink[]): PairLink[] {
  return links.map((link) => ({ source: link.target, target: link.source, score: link.score }));
}
