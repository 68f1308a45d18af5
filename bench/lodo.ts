// The leave-one-dataset-out protocol: for each dataset, everything the benchmark fits (the score calibration) is
// fitted on the other two, and the aligner is scored on the one left out. Those held-out figures are the headline:
// a figure measured on the data something was fitted on says how well it was fitted, not how well it works.

import { interpolate, type Calibration } from "../lib/core/align/calibration";
import { DATASETS, loadDocuments, type Dataset } from "./corpus";
import { fitCalibration } from "./calibration-fit";
import { buildDocument, RATE_PRESETS, type BuiltDocument, type RatePreset } from "./documents";
import {
  evaluateDocuments,
  evaluatePlannedRows,
  evaluatePairs,
  evaluateSentences,
  TRANSLATIONS,
  type DocumentResults,
  type PlannedRowResults,
  type Scored,
  type SentenceResults,
  type Translation,
} from "./evaluate";
import type { Tally } from "./metrics";

export interface PairFigures {
  ours: Tally;
  baseline: Tally;
  /** Link scores under the split's calibration, against exactness. */
  scored: Scored[];
}

export interface SplitResult {
  heldOut: Dataset;
  fittedOn: Dataset[];
  rates: RatePreset;
  documents: number;
  pairs: Record<Translation, PairFigures>;
  rows: DocumentResults;
  /** The same texts' rows as an import writes them, cut at their sentence seams (see evaluatePlannedRows). */
  planned: PlannedRowResults;
  sentences: SentenceResults;
  calibration: Calibration;
  millis: number;
}

export interface LodoOptions {
  seeds: readonly number[];
  presets: readonly RatePreset[];
  datasets?: readonly Dataset[];
  /** Called as each split is done, for progress. */
  onSplit?: (result: SplitResult) => void;
}

export function runLodo(options: LodoOptions): SplitResult[] {
  const datasets = options.datasets ?? DATASETS;
  const sources = loadDocuments(undefined, datasets);
  const results: SplitResult[] = [];
  for (const preset of options.presets) {
    const docs = new Map<Dataset, BuiltDocument[]>(
      datasets.map((dataset) => [
        dataset,
        options.seeds.flatMap((seed) =>
          sources.filter((source) => source.dataset === dataset).map((source) => buildDocument(source, seed, RATE_PRESETS[preset])),
        ),
      ]),
    );
    // Pairwise links do not depend on the calibration: align once, raw, and map the scores per split.
    const raw = new Map(
      datasets.map((dataset) => [
        dataset,
        Object.fromEntries(TRANSLATIONS.map((lang) => [lang, evaluatePairs(docs.get(dataset)!, lang, { rawScores: true })])),
      ]),
    );
    for (const heldOut of datasets) {
      const started = performance.now();
      const fittedOn = datasets.filter((dataset) => dataset !== heldOut);
      const calibration = fitCalibration(
        fittedOn.flatMap((dataset) => docs.get(dataset)!),
        fittedOn.flatMap((dataset) => TRANSLATIONS.flatMap((lang) => raw.get(dataset)![lang]!.scored)),
      );
      const test = docs.get(heldOut)!;
      const pairs = Object.fromEntries(
        TRANSLATIONS.map((lang) => {
          const result = raw.get(heldOut)![lang]!;
          const scored = result.scored.map(({ score, correct }) => ({ score: interpolate(calibration.pair, score), correct }));
          return [lang, { ours: result.ours, baseline: result.baseline, scored }];
        }),
      ) as Record<Translation, PairFigures>;
      const result: SplitResult = {
        heldOut,
        fittedOn,
        rates: preset,
        documents: test.length,
        pairs,
        rows: evaluateDocuments(test, { calibration }),
        planned: evaluatePlannedRows(test),
        sentences: evaluateSentences(test, { calibration }),
        calibration,
        millis: performance.now() - started,
      };
      options.onSplit?.(result);
      results.push(result);
    }
  }
  return results;
}
