// An annotated translation, the kind of text issue 10 saw the aligner fail on: a literal English whose translator
// explains in square brackets what the original leaves implicit. Built from the Bible documents at the low rate: in
// half of the English paragraphs, some words are followed by a bracketed gloss that restates words of the verse.
// Scored three ways on the same documents: the English as built, with the glosses, and with the glosses in round
// brackets, which count toward a paragraph's length like any other text (what square brackets did before the
// length signal left them out).

import { galeChurch } from "../lib/core/align";
import { alignTexts } from "../lib/core/jobs/align-texts";
import { loadDocuments } from "./corpus";
import { withHeldOutWords } from "./corpus-words";
import { buildDocument, goldRows, RATE_PRESETS, type BuiltDocument } from "./documents";
import type { Translation } from "./evaluate";
import { addToTally, emptyTally, prf, type Link } from "./metrics";
import { hashString, seededRandom } from "./random";

/** Share of English paragraphs that carry glosses, and chance of a gloss after each of their words. */
const ANNOTATED_SHARE = 0.5;
const GLOSS_CHANCE = 0.15;

export interface AnnotatedFigures {
  lang: Translation;
  documents: number;
  plain: number;
  annotated: number;
  roundBrackets: number;
  baseline: number;
}

/** The English paragraphs of a document, with glosses in square brackets. */
export function annotate(doc: BuiltDocument, seed: number): string[] {
  const random = seededRandom(hashString(`annotated:${seed}:${doc.id}`));
  return doc.sides.en.map(({ text }) => {
    if (random() >= ANNOTATED_SHARE) return text;
    const words = text.split(" ");
    const out: string[] = [];
    for (const word of words) {
      out.push(word);
      if (random() >= GLOSS_CHANCE) continue;
      const length = 1 + Math.floor(random() * 5);
      const gloss = Array.from({ length }, () => words[Math.floor(random() * words.length)]!.replace(/\P{L}/gu, ""));
      out.push(`[${gloss.filter(Boolean).join(" ")}]`);
    }
    return out.join(" ");
  });
}

export function runAnnotated(seeds: readonly number[], langs: readonly Translation[]): AnnotatedFigures[] {
  const sources = loadDocuments(undefined, ["bible"]);
  const docs = seeds.flatMap((seed) => sources.map((source) => ({ seed, doc: buildDocument(source, seed, RATE_PRESETS.low) })));
  return langs.map((lang) => {
    const tallies = { plain: emptyTally(), annotated: emptyTally(), roundBrackets: emptyTally(), baseline: emptyTally() };
    for (const { seed, doc } of docs) {
      const gold: Link[] = goldRows(doc, ["en", lang]).map((row) => ({ source: row.en!, target: row[lang]! }));
      const target = { lang, units: doc.sides[lang].map((paragraph) => paragraph.text) };
      const annotated = annotate(doc, seed);
      const english = (units: string[]) => ({ lang: "en", units });
      const options = withHeldOutWords({}, doc.dataset);
      addToTally(tallies.plain, gold, alignTexts(english(doc.sides.en.map((p) => p.text)), target, options).links);
      addToTally(tallies.annotated, gold, alignTexts(english(annotated), target, options).links);
      const round = annotated.map((text) => text.replace(/\[/g, "(").replace(/\]/g, ")"));
      addToTally(tallies.roundBrackets, gold, alignTexts(english(round), target, options).links);
      addToTally(tallies.baseline, gold, galeChurch(english(annotated), target).links);
    }
    const f1 = (tally: (typeof tallies)["plain"]) => prf(tally, "all", "strict").f1;
    return {
      lang,
      documents: docs.length,
      plain: f1(tallies.plain),
      annotated: f1(tallies.annotated),
      roundBrackets: f1(tallies.roundBrackets),
      baseline: f1(tallies.baseline),
    };
  });
}
