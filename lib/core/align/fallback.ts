// The alignment returned when even the narrowest band is over the bound: each source unit goes with the target
// unit at the same fraction of the text's letters. Valid (every unit once, in order) and usually close to the
// diagonal, but blind to omissions; its links score 0.

import type { PairLink } from "./types";

export function proportionalLinks(sourcePrefix: Float64Array, targetPrefix: Float64Array): PairLink[] {
  const n = sourcePrefix.length - 1;
  const m = targetPrefix.length - 1;
  const sourceTotal = sourcePrefix[n]!;
  const targetTotal = targetPrefix[m]!;
  const sourceAt = (i: number) => (sourceTotal > 0 ? sourcePrefix[i]! / sourceTotal : i / Math.max(n, 1));
  const targetAt = (j: number) => (targetTotal > 0 ? targetPrefix[j]! / targetTotal : j / Math.max(m, 1));
  const links: PairLink[] = [];
  let j = 0;
  let current: PairLink | undefined;
  for (let i = 0; i < n; i++) {
    const middle = (sourceAt(i) + sourceAt(i + 1)) / 2;
    while (m > 0 && j < m - 1 && targetAt(j + 1) <= middle) {
      if (!current || current.target[0] !== j) links.push({ source: [], target: [j], score: 0 });
      current = undefined;
      j++;
    }
    if (m > 0 && current && current.target[0] === j) current.source.push(i);
    else links.push((current = m > 0 ? { source: [i], target: [j], score: 0 } : { source: [i], target: [], score: 0 }));
  }
  for (let rest = current ? j + 1 : j; rest < m; rest++) links.push({ source: [], target: [rest], score: 0 });
  return links;
}
