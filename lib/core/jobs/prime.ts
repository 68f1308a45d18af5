// A sample document run through an import's jobs on a fresh worker thread, before any user's: V8 interprets code
// until it has run it for a while, and a thread that has parsed and aligned one short document aligns the next long
// one about a quarter faster (see docs/performance.md). The result is dropped; what the thread keeps is its compiled
// code and the tables its first alignment built (the word list's, the clutter detector's).

import { bodyTexts } from "../import";
import { pivotOf } from "../lang/languages";
import { parseTexts, type TextToParse } from "./parse-texts";
import { planAlignment } from "./plan-alignment";

/** Parses `texts` and plans their alignment, sentences included; the rows it planned (0 when fewer than two texts parse). */
export function primeImportJobs(texts: readonly TextToParse[]): number {
  const aligned = parseTexts(texts).flatMap((outcome, index) =>
    outcome.ok
      ? [{ lang: texts[index]!.lang, units: bodyTexts(outcome.parsed.paragraphs) }]
      : [],
  );
  if (aligned.length < 2) return 0;
  const plan = planAlignment({ texts: aligned, pivot: pivotOf(aligned.map((text) => text.lang))! });
  return plan.ok ? plan.rows.length : 0;
}
