// How often one language cuts a unit of the other into several, read from the wider document rather than assumed.
// Inside a row, the Arabic Bible ends a sentence wherever the English has a colon or a semicolon: 1.3-1.4 Arabic
// sentences to an English one over a chapter. With the shape priors of news (a 1-2 group costs 2 nats, a 1-3 4.5),
// the aligner left the short Arabic sentence ("وكان كذلك.", "and it was so") without counterpart rather than group it.
// The document's own ratio says how likely a split is.

/** Per language, its units per unit of the pivot over a document (see sentenceRatios); the pivot's is 1. */
export type UnitRatios = Readonly<Record<string, number>>;

/**
 * Bead costs for a pair whose target has `ratio` units per source unit over the wider document. Taking the pieces a
 * source unit becomes as geometric with that mean (each further piece with chance q = 1 - 1 / ratio), a 1-k bead
 * costs no more than -(k - 1) log q; the other way round for a ratio below 1. Near 1 (news, 1.0-1.05) that is dearer
 * than `base` and nothing changes; at 1.35, a 1-2 bead costs 1.35 and a 1-3 2.7 instead of 2 and 4.5.
 */
export function splitBeadCosts(ratio: number, beads: ReadonlyArray<readonly [number, number]>, base: readonly number[]): number[] {
  const costs = [...base];
  if (!Number.isFinite(ratio) || ratio <= 0 || ratio === 1) return costs;
  const q = ratio > 1 ? 1 - 1 / ratio : 1 - ratio;
  beads.forEach(([a, b], bead) => {
    const pieces = ratio > 1 ? (a === 1 ? b : 0) : b === 1 ? a : 0;
    if (pieces >= 2) costs[bead] = Math.min(costs[bead]!, -(pieces - 1) * Math.log(q));
  });
  return costs;
}

/**
 * How many pivot sentences of one sentence each a document's ratio is shrunk with: a short document's few rows say
 * little, and on news (whose ratio is 1) the unshrunk ratios of short documents cost sentence F1. The same weight as
 * the length model's prior (ModelParams.variancePriorWeight).
 */
const RATIO_PRIOR_SENTENCES = 8;

/**
 * Per language, its sentences per sentence of the pivot, summed over the rows that have sentences in both and shrunk
 * toward 1: `rows` gives each row's sentence count per language. A language with no such row is left out (taken as 1).
 */
export function sentenceRatios(rows: ReadonlyArray<Readonly<Record<string, number>>>, pivot: string): UnitRatios {
  const sums = new Map<string, { own: number; pivot: number }>();
  for (const row of rows) {
    const pivotCount = row[pivot] ?? 0;
    if (pivotCount === 0) continue;
    for (const [lang, count] of Object.entries(row)) {
      if (lang === pivot || count === 0) continue;
      const sum = sums.get(lang) ?? { own: 0, pivot: 0 };
      sum.own += count;
      sum.pivot += pivotCount;
      sums.set(lang, sum);
    }
  }
  return Object.fromEntries(
    [...sums].map(([lang, sum]) => [lang, (sum.own + RATIO_PRIOR_SENTENCES) / (sum.pivot + RATIO_PRIOR_SENTENCES)]),
  );
}
