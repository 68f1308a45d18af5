// As near as the benchmark's data comes to the source issue 10 saw the aligner fail on (EN-AR strict F1 0.524): a
// literal, annotated English translation of terse classical Arabic, in documents of 3 to 34 paragraphs. Built from
// the Bible documents, each rewritten three ways at once: the English glossed in square brackets (annotated.ts),
// the originals without punctuation, as classical texts are printed (stress.ts), and the whole cut into windows of
// 3-34 gold rows, each aligned on its own (short.ts). The Arabic is not vowelled: the issue found that vowel marks
// changed nothing, and the folding for matching takes them off. And verse by verse (verseDocument): one paragraph a
// verse, the English cutting some verses in two.

import { galeChurch, type AlignOptions } from "../lib/core/align";
import { alignTexts } from "../lib/core/jobs/align-texts";
import { annotate } from "./annotated";
import { loadDocuments, type SourceDocument } from "./corpus";
import { withHeldOutWords } from "./corpus-words";
import { goldRows, type BuiltDocument, type BuiltParagraph, type RatePreset } from "./documents";
import { TRANSLATIONS, type Translation } from "./evaluate";
import { addToTally, emptyTally, type Link, type Tally } from "./metrics";
import { hashString, seededRandom } from "./random";
import { runShort, SHORT_ROWS, type ShortFigures } from "./short";
import { rewriteOriginals, withoutPunctuation } from "./stress";

/** A built document as the issue's source reads: English annotated, originals without punctuation (or as `originals`). */
export function likeIssueSource(doc: BuiltDocument, seed: number, originals: (text: string) => string = withoutPunctuation): BuiltDocument {
  const english = annotate(doc, seed);
  const rewritten = rewriteOriginals(doc, originals);
  return { ...rewritten, sides: { ...rewritten.sides, en: doc.sides.en.map((paragraph, k) => ({ ...paragraph, text: english[k]!, offsets: [] })) } };
}

export function runIssueSource(seeds: readonly number[], presets: readonly RatePreset[], options: AlignOptions = {}): ShortFigures[] {
  return runShort(seeds, presets, options, { datasets: ["bible"], rewrite: likeIssueSource });
}

/**
 * Verse by verse, as the issue describes its source's documents ("mostly 1-1 links, some 1-2 where the English
 * splits"): windows of 3-34 consecutive verses of a chapter, one paragraph a verse in each language, the English
 * glossed and the originals without punctuation as above, and the English cutting some verses in two paragraphs at a
 * sentence end inside them. The share is of the verses that have such an end (about two in five of the King James
 * Version's): one in ten, and all of them.
 */
export const VERSE_SPLITS = [0.1, 1] as const;

export interface VerseFigures {
  setting: string;
  dataset: string;
  lang: Translation;
  documents: number;
  ours: Tally;
  baseline: Tally;
}

// A sentence end inside a verse, after its closing quotes or brackets: where a translator may start a new paragraph.
const SENTENCE_END = /[.!?]["”’)\]]* (?=\S)/g;

/**
 * The originals of the verse documents: without punctuation, or with a clause mark (،) for each sentence end inside a
 * verse and nothing at its end. The second is how the Quran is printed (a pause mark over the word where a sentence
 * of the translation ends, none at a verse's end, no other punctuation) and how much Arabic and Persian prose runs its
 * sentences together with commas: a text that marks no sentences, only clauses.
 */
export const VERSE_ORIGINALS = [
  { name: "", rewrite: withoutPunctuation },
  { name: "originals' stops as commas, ", rewrite: stopsAsClauses },
] as const;

/** A text's sentence ends written as the Arabic comma inside it, and taken off its end. */
export function stopsAsClauses(text: string): string {
  return text
    .replace(/(?<![.!?؟۔])[.!?؟۔]+(?=["”’»)\]]*\s+\S)/gu, "،")
    .replace(/(?<![.!?؟۔])[.!?؟۔]+(["”’»)\]]*)\s*$/u, "$1")
    .trim();
}

/** Verses [from, to) of a chapter as verseParagraphs makes them, then glossed and unpunctuated (likeIssueSource). */
export function verseDocument(
  source: SourceDocument,
  from: number,
  to: number,
  split: number,
  seed: number,
  originals: (text: string) => string = withoutPunctuation,
): BuiltDocument {
  return likeIssueSource(verseParagraphs(source, from, to, split, seed), seed, originals);
}

/** Verses [from, to) of a chapter, one paragraph a verse, the English split at a sentence end with chance `split`. */
export function verseParagraphs(source: SourceDocument, from: number, to: number, split: number, seed: number): BuiltDocument {
  const random = seededRandom(hashString(`verses:${seed}:${split}:${source.id}:${from}`));
  const verse = (text: string, k: number, order = k): BuiltParagraph => ({ text, segments: [k], offsets: [], order });
  const en: BuiltParagraph[] = [];
  for (let k = from; k < to; k++) {
    const text = source.segments[k]!.en;
    const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index! + match[0].length);
    if (ends.length > 0 && random() < split) {
      const at = ends[Math.floor(random() * ends.length)]!;
      // Both halves hold verse k: the gold joins them to its translation in one 2-1 link.
      en.push(verse(text.slice(0, at).trim(), k - from), verse(text.slice(at).trim(), k - from, k - from + 0.5));
    } else en.push(verse(text, k - from));
  }
  const original = (lang: Translation) => source.segments.slice(from, to).map((segment, k) => verse(segment[lang], k));
  return { id: `${source.id}:${from + 1}`, dataset: source.dataset, sides: { en, fa: original("fa"), ar: original("ar") } };
}

/** Consecutive windows [from, to) of SHORT_ROWS verses over a chapter of `verses` (a shorter tail dropped), by seed. */
export function verseWindows(id: string, verses: number, seed: number): Array<[number, number]> {
  const random = seededRandom(hashString(`verse-windows:${seed}:${id}`));
  const windows: Array<[number, number]> = [];
  for (let from = 0; from < verses; ) {
    const to = Math.min(verses, from + SHORT_ROWS.min + Math.floor(random() * (SHORT_ROWS.max - SHORT_ROWS.min + 1)));
    if (to - from >= SHORT_ROWS.min) windows.push([from, to]);
    from = to;
  }
  return windows;
}

/** Each chapter cut into consecutive windows of SHORT_ROWS verses (a shorter tail dropped), as verseDocument. */
export function verseDocuments(
  chapters: readonly SourceDocument[],
  split: number,
  seed: number,
  originals: (text: string) => string = withoutPunctuation,
): BuiltDocument[] {
  return chapters.flatMap((source) =>
    verseWindows(source.id, source.segments.length, seed).map(([from, to]) => verseDocument(source, from, to, split, seed, originals)),
  );
}

export function runVerses(seeds: readonly number[], options: AlignOptions = {}): VerseFigures[] {
  const chapters = loadDocuments(undefined, ["bible"]);
  return VERSE_ORIGINALS.flatMap(({ name, rewrite }) =>
    VERSE_SPLITS.flatMap((split) => {
      const docs = seeds.flatMap((seed) => verseDocuments(chapters, split, seed, rewrite));
      return TRANSLATIONS.map((lang) => scoreVerses(`verse by verse, ${name}English splits ${split * 100}%`, "bible", lang, docs, options));
    }),
  );
}

/** Ours (as the command line aligns) and Gale-Church on English and `lang` of each document, against its gold. */
export function scoreVerses(setting: string, dataset: string, lang: Translation, docs: readonly BuiltDocument[], options: AlignOptions = {}): VerseFigures {
  const figures: VerseFigures = { setting, dataset, lang, documents: docs.length, ours: emptyTally(), baseline: emptyTally() };
  for (const doc of docs) {
    const gold: Link[] = goldRows(doc, ["en", lang]).map((row) => ({ source: row.en!, target: row[lang]! }));
    const source = { lang: "en", units: doc.sides.en.map((p) => p.text) };
    const target = { lang, units: doc.sides[lang].map((p) => p.text) };
    addToTally(figures.ours, gold, alignTexts(source, target, withHeldOutWords(options, doc.dataset)).links);
    addToTally(figures.baseline, gold, galeChurch(source, target).links);
  }
  return figures;
}
