// Fits the score calibration (lib/core/align/calibration.ts) on the dev half: raw scores against whether the link
// or row is exactly right, isotonic regression (pool adjacent violators), then a few knots for a monotone
// piecewise-linear map. Prints the knots to paste into calibration.ts.
//   node --import tsx bench/calibration-fit.ts [seeds, default 1,2,3]

import { alignDocument, alignPair } from "../lib/core/align";
import { loadDocuments } from "./corpus";
import { buildDocument, goldRows } from "./documents";

const LANGS = ["en", "fa", "ar"] as const;
const key = (cells: Partial<Record<string, readonly number[]>>, langs: readonly string[]) =>
  langs.map((lang) => (cells[lang] ?? []).join(",")).join("|");

/** Isotonic regression of outcomes (0/1) on scores, then knots at the ends of the pooled blocks. */
export function fitIsotonic(samples: Array<{ score: number; correct: boolean }>, maxKnots = 16): Array<[number, number]> {
  const sorted = [...samples].sort((a, b) => a.score - b.score);
  const blocks: Array<{ sum: number; count: number; low: number; high: number }> = [];
  for (const { score, correct } of sorted) {
    blocks.push({ sum: correct ? 1 : 0, count: 1, low: score, high: score });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.count >= blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.count) {
      const last = blocks.pop()!;
      const previous = blocks[blocks.length - 1]!;
      previous.sum += last.sum;
      previous.count += last.count;
      previous.high = last.high;
    }
  }
  const knots = blocks.map((b) => [(b.low + b.high) / 2, b.sum / b.count] as [number, number]);
  // Thin to at most maxKnots, keeping the first and last.
  if (knots.length <= maxKnots) return knots;
  const step = (knots.length - 1) / (maxKnots - 1);
  return Array.from({ length: maxKnots }, (_, k) => knots[Math.round(k * step)]!);
}

/**
 * Makes the knots honour "at least `target` of what scores 0.9 or more is right" on the fitting data: finds the
 * lowest raw score above which the accuracy reaches the target, maps it to 0.9, and keeps everything below it
 * under 0.9. Isotonic regression alone is calibrated on average but can put a less accurate block just above 0.9.
 */
export function guaranteeAt(samples: Array<{ score: number; correct: boolean }>, knots: Array<[number, number]>, target: number): Array<[number, number]> {
  const sorted = [...samples].sort((a, b) => b.score - a.score);
  let right = 0;
  let threshold = 1;
  sorted.forEach((sample, k) => {
    if (sample.correct) right++;
    if (right / (k + 1) >= target) threshold = sample.score;
  });
  const below = knots.filter(([x]) => x < threshold).map(([x, y]) => [x, Math.min(y, 0.89)] as [number, number]);
  const above = knots.filter(([x]) => x > threshold).map(([x, y]) => [x, Math.max(y, 0.9)] as [number, number]);
  return [...below, [threshold, 0.9], ...above];
}

function main(): void {
  const seeds = (process.argv[2] ?? "1,2,3").split(",").map(Number);
  const documents = loadDocuments();
  const pairSamples: Array<{ score: number; correct: boolean }> = [];
  const rowSamples: Array<{ score: number; correct: boolean }> = [];
  for (const seed of seeds) {
    for (const source of documents) {
      const doc = buildDocument(source, seed);
      if (doc.half !== "dev") continue;
      for (const lang of ["fa", "ar"] as const) {
        const gold = new Set(goldRows(doc, ["en", lang]).map((row) => key(row, ["en", lang])));
        const result = alignPair(
          { lang: "en", units: doc.sides.en.map((p) => p.text) },
          { lang, units: doc.sides[lang].map((p) => p.text) },
          { rawScores: true },
        );
        for (const link of result.links) {
          pairSamples.push({ score: link.score, correct: gold.has(key({ en: link.source, [lang]: link.target }, ["en", lang])) });
        }
      }
      if (process.env.ROWS !== "0") {
        const gold = new Set(goldRows(doc, [...LANGS]).map((row) => key(row, LANGS)));
        const result = alignDocument(LANGS.map((lang) => ({ lang, units: doc.sides[lang].map((p) => p.text) })), {
          pivot: "en",
          rawScores: true,
        });
        for (const row of result.rows) rowSamples.push({ score: row.score, correct: gold.has(key(row.cells, LANGS)) });
      }
    }
  }
  const show = (name: string, knots: Array<[number, number]>) =>
    console.log(`${name} = [${knots.map(([x, y]) => `[${x.toFixed(4)}, ${y.toFixed(4)}]`).join(", ")}]`);
  show("PAIR_KNOTS", fitIsotonic(pairSamples));
  if (rowSamples.length > 0) show("ROW_KNOTS", guaranteeAt(rowSamples, fitIsotonic(rowSamples), 0.98));
  console.log(`samples: ${pairSamples.length} links, ${rowSamples.length} rows`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
