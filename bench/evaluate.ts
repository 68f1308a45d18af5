// Runs the aligners over built documents and tallies the results: pairwise links (ours and Gale-Church) against
// pairwise gold, n-way rows against n-way gold, sentences inside gold rows, and scores against correctness for
// the calibration table.

import {
  alignDocument,
  alignSentences,
  galeChurch,
  letterRatios as letterRatiosOf,
  sentenceJoins,
  sentenceRatios,
  type AlignOptions,
  keptUnits,
  type AlignRow,
  type AlignText,
} from "../lib/core/align";
import { markBoilerplate } from "../lib/core/import/boilerplate";
import { alignTexts, planAlignment } from "../lib/core/jobs";
import { letterCount } from "../lib/core/text/fold";
import { splitSentences } from "../lib/core/text/sentences";
import type { BenchLang } from "./corpus";
import { withHeldOutWords } from "./corpus-words";
import { components, goldRows, type BuiltDocument, type GoldRow } from "./documents";
import { addToTally, atResolutionOf, emptyTally, type Link, type Tally } from "./metrics";

export type Translation = Exclude<BenchLang, "en">;
export const TRANSLATIONS: readonly Translation[] = ["fa", "ar"];
const ALL: readonly BenchLang[] = ["en", "fa", "ar"];

export interface Scored {
  score: number;
  correct: boolean;
}

export interface PairResults {
  ours: Tally;
  baseline: Tally;
  scored: Scored[];
  millis: number;
}

const keyOf = (row: Partial<Record<string, readonly number[]>>, langs: readonly string[]) =>
  langs.map((lang) => (row[lang] ?? []).join(",")).join("|");

function textOf(doc: BuiltDocument, lang: BenchLang) {
  return { lang, units: doc.sides[lang].map((paragraph) => paragraph.text) };
}

/**
 * Ours as the command line aligns (alignTexts: clutter that an import would mark by what it says left out, in links
 * of its own) and plain galeChurch (every unit) on English and one translation of each document. The scored links,
 * which fit and test the calibration, are the aligner's: not the ones it was told to leave out.
 */
export function evaluatePairs(docs: readonly BuiltDocument[], lang: Translation, options: AlignOptions = {}): PairResults {
  const results: PairResults = { ours: emptyTally(), baseline: emptyTally(), scored: [], millis: 0 };
  for (const doc of docs) {
    const gold: Link[] = goldRows(doc, ["en", lang]).map((row) => ({ source: row.en!, target: row[lang]! }));
    const exact = new Set(gold.map((link) => keyOf({ en: link.source, [lang]: link.target }, ["en", lang])));
    const started = performance.now();
    const ours = alignTexts(textOf(doc, "en"), textOf(doc, lang), withHeldOutWords(options, doc.dataset));
    results.millis += performance.now() - started;
    addToTally(results.ours, gold, ours.links);
    addToTally(results.baseline, gold, galeChurch(textOf(doc, "en"), textOf(doc, lang)).links);
    for (const link of ours.links) {
      if (link.leftOut) continue;
      results.scored.push({ score: link.score, correct: exact.has(keyOf({ en: link.source, [lang]: link.target }, ["en", lang])) });
    }
  }
  return results;
}

export interface DocumentResults {
  rowsRight: number;
  rows: number;
  goldRows: number;
  projected: Record<Translation, Tally>;
  scored: Scored[];
  millis: number;
}

/**
 * A document's three texts as an import aligns them: without the paragraphs it marks as boilerplate (every rule; its
 * user restores a wrong one with a click). `whole` maps a row of the aligned texts back to the document's paragraphs;
 * each paragraph left out stands in a row of its own, as the workbench shows it.
 */
function asImported(doc: BuiltDocument): { texts: AlignText[]; whole: (row: AlignRow) => AlignRow; leftOut: AlignRow[] } {
  const sides = ALL.map((lang) => {
    const text = textOf(doc, lang);
    return { lang, ...keptUnits(text, markBoilerplate(text.units, lang).map((mark) => mark.kind === "boilerplate")) };
  });
  const whole = (row: AlignRow): AlignRow => ({
    cells: Object.fromEntries(sides.map(({ lang, kept }) => [lang, (row.cells[lang] ?? []).map((index) => kept[index]!)])),
    score: row.score,
  });
  const leftOut = sides.flatMap(({ lang, leftOut: units }) => units.map((unit) => ({ cells: { [lang]: [unit] }, score: 1 })));
  return { texts: sides.map((side) => side.text), whole, leftOut };
}

/**
 * alignDocument on all three texts as an import aligns them (asImported), against n-way gold rows and their
 * projections on each pair. The scored rows are the aligner's: not the paragraphs left out.
 */
export function evaluateDocuments(docs: readonly BuiltDocument[], options: AlignOptions = {}): DocumentResults {
  const results: DocumentResults = {
    rowsRight: 0,
    rows: 0,
    goldRows: 0,
    projected: { fa: emptyTally(), ar: emptyTally() },
    scored: [],
    millis: 0,
  };
  for (const doc of docs) {
    const gold = goldRows(doc, ALL);
    const exact = new Set(gold.map((row) => keyOf(row, ALL)));
    const imported = asImported(doc);
    const started = performance.now();
    const aligned = alignDocument(imported.texts, { ...withHeldOutWords(options, doc.dataset), pivot: "en" }).rows.map(imported.whole);
    results.millis += performance.now() - started;
    const rows = [...aligned, ...imported.leftOut];
    results.rows += rows.length;
    results.goldRows += gold.length;
    results.rowsRight += rows.filter((row) => exact.has(keyOf(row.cells, ALL))).length;
    for (const row of aligned) results.scored.push({ score: row.score, correct: exact.has(keyOf(row.cells, ALL)) });
    for (const lang of TRANSLATIONS) {
      addToTally(results.projected[lang], project(gold, lang), project(rows.map((row) => row.cells), lang));
    }
  }
  return results;
}

export interface PlannedRowResults {
  rows: number;
  rowsRight: number;
  goldRows: number;
}

/**
 * The rows as an import writes them, on all three texts as it aligns them (asImported): planAlignment's, which after
 * the sentence pass steps over lines of page furniture inside rows (stepOverFurniture) and cuts rows at their
 * sentence seams (splitAtSentenceSeams), against n-way gold rows.
 * Compare with evaluateDocuments, whose rows are the same before the cuts.
 */
export function evaluatePlannedRows(docs: readonly BuiltDocument[]): PlannedRowResults {
  const results: PlannedRowResults = { rows: 0, rowsRight: 0, goldRows: 0 };
  for (const doc of docs) {
    const gold = goldRows(doc, ALL);
    const exact = new Set(gold.map((row) => keyOf(row, ALL)));
    const imported = asImported(doc);
    const plan = planAlignment({ texts: imported.texts, pivot: "en", markFurniture: true, ...withHeldOutWords({}, doc.dataset) });
    if (!plan.ok) throw new Error(`no plan for ${doc.id}: ${plan.message}`);
    // The lines of furniture the rows stepped over are marked as clutter, each in a row of its own.
    const furniture = (plan.furniture ?? []).map((line) => imported.whole({ cells: { [line.lang]: [line.unit] }, score: 1 }));
    const rows = [...plan.rows.map(imported.whole), ...furniture, ...imported.leftOut];
    results.rows += rows.length;
    results.goldRows += gold.length;
    results.rowsRight += rows.filter((row) => exact.has(keyOf(row.cells, ALL))).length;
  }
  return results;
}

function project(rows: ReadonlyArray<Partial<Record<string, readonly number[]>>>, lang: Translation): Link[] {
  return rows
    .map((row) => ({ source: row.en ?? [], target: row[lang] ?? [] }))
    .filter((link) => link.source.length > 0 || link.target.length > 0);
}

export interface SentenceResults {
  projected: Record<Translation, Tally>;
  /** The same links scored at the gold's resolution (see atResolutionOf): what is wrong whatever the gold's grain. */
  atGoldResolution: Record<Translation, Tally>;
  rows: number;
  millis: number;
}

/**
 * alignSentences inside every gold n-way row. Gold sentence links are the connected components of sentences that
 * share a source segment (SOURCES.md, step 3): a segment split into two sentences on one side and kept whole on the
 * other gives a 1-2 link.
 */
export function evaluateSentences(docs: readonly BuiltDocument[], options: AlignOptions = {}): SentenceResults {
  const results: SentenceResults = {
    projected: { fa: emptyTally(), ar: emptyTally() },
    atGoldResolution: { fa: emptyTally(), ar: emptyTally() },
    rows: 0,
    millis: 0,
  };
  for (const doc of docs) {
    const rows = goldRows(doc, ALL).map((row) => {
      const sentences = new Map<BenchLang, Array<{ unit: number; start: number; end: number; segments: number[] }>>();
      for (const lang of ALL) {
        sentences.set(
          lang,
          (row[lang] ?? []).flatMap((paragraphIndex, unit) => {
            const paragraph = doc.sides[lang][paragraphIndex]!;
            return splitSentences(paragraph.text, lang).map((span) => ({
              unit,
              ...span,
              segments: paragraph.segments.filter((_, k) => {
                const [start, end] = paragraph.offsets[k]!;
                return start < span.end && span.start < end;
              }),
            }));
          }),
        );
      }
      return { row, sentences };
    });
    // As the app does, the sentence pass reads how the document's texts punctuate from all its rows.
    const counts = rows.map(({ sentences }) => Object.fromEntries(ALL.map((lang) => [lang, sentences.get(lang)!.length])));
    const unitRatios = sentenceRatios(counts, "en");
    const unitJoins = sentenceJoins(counts);
    const letters = rows.map(({ row }) => Object.fromEntries(ALL.map((lang) => [lang, (row[lang] ?? []).reduce((sum, p) => sum + letterCount(doc.sides[lang][p]!.text), 0)])));
    const letterRatios = letterRatiosOf(letters, "en");
    for (const { row, sentences } of rows) {
      if (ALL.every((lang) => sentences.get(lang)!.length === 0)) continue;
      results.rows++;
      const gold: GoldRow[] = components(
        ALL,
        (lang) => sentences.get(lang)!.map((sentence) => sentence.segments),
        (_lang, index) => index,
      );
      const cells = ALL.map((lang) => ({ lang, texts: (row[lang] ?? []).map((p) => doc.sides[lang][p]!.text) }));
      const started = performance.now();
      const links = alignSentences(cells.filter((cell) => cell.texts.length > 0), { ...options, pivot: "en", unitRatios, unitJoins, letterRatios });
      results.millis += performance.now() - started;
      const indexOf = (lang: BenchLang, unit: number, start: number) =>
        sentences.get(lang)!.findIndex((sentence) => sentence.unit === unit && sentence.start === start);
      const test = links.map((link) =>
        Object.fromEntries(ALL.map((lang) => [lang, (link.spans[lang] ?? []).map((span) => indexOf(lang, span.unit, span.start))])),
      );
      for (const lang of TRANSLATIONS) {
        const [goldLinks, testLinks] = [project(gold, lang), project(test, lang)];
        addToTally(results.projected[lang], goldLinks, testLinks);
        addToTally(results.atGoldResolution[lang], goldLinks, atResolutionOf(goldLinks, testLinks));
      }
    }
  }
  return results;
}

export interface CalibrationBin {
  low: number;
  high: number;
  count: number;
  correct: number;
}

export const BIN_EDGES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001];

export function calibrationTable(scored: readonly Scored[]): CalibrationBin[] {
  return BIN_EDGES.slice(0, -1).map((low, k) => {
    const high = BIN_EDGES[k + 1]!;
    const inBin = scored.filter((s) => s.score >= low && s.score < high);
    return { low, high: Math.min(high, 1), count: inBin.length, correct: inBin.filter((s) => s.correct).length };
  });
}
