// Short documents, the kind issue 10 saw the aligner fail on: its held-out source had documents of 3 to 34
// paragraphs, where a length ratio learned from the document rests on a handful of pairs. Each built document is cut
// into consecutive windows of 3 to 34 gold rows (a cut between rows never splits a link, so every window keeps exact
// gold), and each window is aligned on its own, by ours and by Gale-Church.

import { galeChurch, type AlignOptions } from "../lib/core/align";
import { alignTexts } from "../lib/core/jobs/align-texts";
import { DATASETS, loadDocuments, type Dataset } from "./corpus";
import { withHeldOutWords } from "./corpus-words";
import { buildDocument, goldRows, RATE_PRESETS, type BuiltDocument, type GoldRow, type RatePreset } from "./documents";
import { TRANSLATIONS, type Translation } from "./evaluate";
import { addToTally, emptyTally, type Link, type Tally } from "./metrics";
import { hashString, seededRandom } from "./random";

export const SHORT_ROWS = { min: 3, max: 34 } as const;

export interface ShortFigures {
  rates: RatePreset;
  dataset: Dataset;
  lang: Translation;
  windows: number;
  ours: Tally;
  baseline: Tally;
}

export interface ShortWindow {
  source: string[];
  target: string[];
  gold: Link[];
}

/** Consecutive windows of SHORT_ROWS gold rows of EN and `lang`, renumbered from 0; a shorter tail is dropped. */
export function shortWindows(doc: BuiltDocument, lang: Translation, seed: number): ShortWindow[] {
  const random = seededRandom(hashString(`short:${seed}:${lang}:${doc.id}`));
  const rows = goldRows(doc, ["en", lang]);
  const windows: ShortWindow[] = [];
  let from = 0;
  while (from < rows.length) {
    const size = SHORT_ROWS.min + Math.floor(random() * (SHORT_ROWS.max - SHORT_ROWS.min + 1));
    const part = rows.slice(from, from + size);
    from += size;
    if (part.length < SHORT_ROWS.min) break;
    const window = cut(doc, lang, part);
    if (window.source.length > 0 && window.target.length > 0) windows.push(window);
  }
  return windows;
}

function cut(doc: BuiltDocument, lang: Translation, part: readonly GoldRow[]): ShortWindow {
  // A row of one side's clutter can sort apart from its neighbours, so a window's paragraphs are not always a run of
  // consecutive ones: each side keeps its paragraphs in document order and the gold is renumbered by rank.
  const side = (of: (row: GoldRow) => number[] | undefined) => {
    const paragraphs = part.flatMap((row) => of(row) ?? []).sort((a, b) => a - b);
    return { paragraphs, rank: new Map(paragraphs.map((p, index) => [p, index])) };
  };
  const english = side((row) => row.en);
  const translated = side((row) => row[lang]);
  return {
    source: english.paragraphs.map((p) => doc.sides.en[p]!.text),
    target: translated.paragraphs.map((p) => doc.sides[lang][p]!.text),
    gold: part.map((row) => ({
      source: (row.en ?? []).map((p) => english.rank.get(p)!),
      target: (row[lang] ?? []).map((p) => translated.rank.get(p)!),
    })),
  };
}

/** Which documents runShort cuts: these datasets' (all by default), each rewritten after it is built. */
export interface ShortSetting {
  datasets?: readonly Dataset[];
  rewrite?: (doc: BuiltDocument, seed: number) => BuiltDocument;
}

export function runShort(
  seeds: readonly number[],
  presets: readonly RatePreset[],
  options: AlignOptions = {},
  setting: ShortSetting = {},
): ShortFigures[] {
  const datasets = setting.datasets ?? DATASETS;
  const rewrite = setting.rewrite ?? ((doc: BuiltDocument) => doc);
  const sources = loadDocuments(undefined, datasets);
  const figures: ShortFigures[] = [];
  for (const rates of presets) {
    for (const dataset of datasets) {
      const docs = seeds.flatMap((seed) =>
        sources
          .filter((source) => source.dataset === dataset)
          .map((source) => ({ seed, doc: rewrite(buildDocument(source, seed, RATE_PRESETS[rates]), seed) })),
      );
      for (const lang of TRANSLATIONS) {
        const entry: ShortFigures = { rates, dataset, lang, windows: 0, ours: emptyTally(), baseline: emptyTally() };
        for (const { seed, doc } of docs) {
          for (const window of shortWindows(doc, lang, seed)) {
            const source = { lang: "en", units: window.source };
            const target = { lang, units: window.target };
            addToTally(entry.ours, window.gold, alignTexts(source, target, withHeldOutWords(options, doc.dataset)).links);
            addToTally(entry.baseline, window.gold, galeChurch(source, target).links);
            entry.windows++;
          }
        }
        figures.push(entry);
      }
    }
  }
  return figures;
}
