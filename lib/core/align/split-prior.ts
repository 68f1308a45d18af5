// How often one language cuts a unit of the other into several, read from the wider document rather than assumed.
// Inside a row, the Arabic Bible ends a sentence wherever the English has a colon or a semicolon: 1.3-1.4 Arabic
// sentences to an English one over a chapter. With the shape priors of news (a 1-2 group costs 2 nats, a 1-3 4.5),
// the aligner left the short Arabic sentence ("وكان كذلك.", "and it was so") without counterpart rather than group it.
// The document's own ratio says how likely a split is. Its letters per pivot letter (letterRatios), read the same
// way, give a row's sentences the document's length ratio.

import type { ModelParams } from "./model";

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
  return Object.fromEntries(
    [...pairedSums(rows, pivot)].map(([lang, sum]) => [lang, (sum.own + RATIO_PRIOR_SENTENCES) / (sum.pivot + RATIO_PRIOR_SENTENCES)]),
  );
}

/**
 * Per language, its letters per letter of the pivot (whose own is 1), summed over the rows that have letters in
 * both: `rows` gives each row's letters per language. A language with no such row is left out. Rows that one
 * language leaves out do not count, so a document with omissions still gives its translation's true ratio.
 */
export function letterRatios(rows: ReadonlyArray<Readonly<Record<string, number>>>, pivot: string): Record<string, number> {
  return Object.fromEntries([[pivot, 1], ...[...pairedSums(rows, pivot)].map(([lang, sum]) => [lang, sum.own / sum.pivot] as const)]);
}

/** Per language other than the pivot, its amounts and the pivot's summed over the rows where both are non-zero. */
function pairedSums(rows: ReadonlyArray<Readonly<Record<string, number>>>, pivot: string): Map<string, { own: number; pivot: number }> {
  const sums = new Map<string, { own: number; pivot: number }>();
  for (const row of rows) {
    const pivotAmount = row[pivot] ?? 0;
    if (pivotAmount === 0) continue;
    for (const [lang, amount] of Object.entries(row)) {
      if (lang === pivot || amount === 0) continue;
      const sum = sums.get(lang) ?? { own: 0, pivot: 0 };
      sum.own += amount;
      sum.pivot += pivotAmount;
      sums.set(lang, sum);
    }
  }
  return sums;
}

/**
 * Per pair of languages (keyed by joinKey), how many rows hold sentences in both and in how many of those the two
 * hold different numbers of sentences (see sentenceJoins).
 */
export type JoinCounts = Readonly<Record<string, { rows: number; differ: number }>>;

/** The key of a pair of languages in JoinCounts, the same in either order. */
export function joinKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * How often each pair of languages cuts a row's text into different numbers of sentences, counted over the rows
 * that have sentences in both: `rows` gives each row's sentence count per language. This is the rate that the exact
 * pass of a paragraph alignment reads from its own 1-1 links (see joinShiftFor), read here for the sentence pass, whose
 * units are sentences: its own 1-1 links hold one sentence a side and never differ.
 */
export function sentenceJoins(rows: ReadonlyArray<Readonly<Record<string, number>>>): JoinCounts {
  const counts: Record<string, { rows: number; differ: number }> = {};
  for (const row of rows) {
    const present = Object.entries(row).filter(([, count]) => count > 0);
    for (let a = 0; a < present.length; a++) {
      for (let b = a + 1; b < present.length; b++) {
        const key = joinKey(present[a]![0], present[b]![0]);
        const count = (counts[key] ??= { rows: 0, differ: 0 });
        count.rows++;
        if (present[a]![1] !== present[b]![1]) count.differ++;
      }
    }
  }
  return counts;
}

/**
 * What to add to the cost of a sentence group of several sentences on a side (ModelParams.sentence two, three and
 * twoTwo) when `differ` of `total` 1-1 links hold different numbers of sentences on their two sides: the share is
 * shrunk toward joinRate with the weight of joinPriorWeight links and kept between one in twenty and four in five,
 * and the costs move by joinAdapt times the difference of its log-odds and joinRate's.
 */
export function joinShiftFor(sentence: ModelParams["sentence"], differ: number, total: number): number {
  const { joinRate, joinPriorWeight, joinAdapt } = sentence;
  if (joinAdapt === 0) return 0;
  const rate = Math.min(0.8, Math.max(0.05, (differ + joinRate * joinPriorWeight) / (total + joinPriorWeight)));
  const logOdds = (p: number) => Math.log(p / (1 - p));
  return joinAdapt * (logOdds(joinRate) - logOdds(rate));
}
