// News that quotes scripture, as the statements and speeches Tarjuman is for quote the Quran, the Bible and
// classical sources: each news document (ntrex128, tico19) gets runs of two to five consecutive Bible verses inserted
// between its segments, a quote per twelve segments on average, in all three languages at once, before the builder
// cuts the whole into paragraphs. A document then holds two kinds of text whose length ratios differ (the Bible's
// Arabic is 0.58 of its English, the news's about 0.9), which the aligner's length model reads from the document as
// one. Quoted originals may be printed without punctuation, as classical quotations often are inside a punctuated
// text: nothing then marks where a quoted verse ends and the news sentence after it begins.

import type { AlignOptions } from "../lib/core/align";
import { loadDocuments, type SourceDocument } from "./corpus";
import { withHeldOutWords } from "./corpus-words";
import { buildDocument, DEFAULT_RATES } from "./documents";
import { evaluatePairs, TRANSLATIONS } from "./evaluate";
import { hashString, seededRandom } from "./random";
import { withoutPunctuation, type StressFigures } from "./stress";

/** Chance that a quote follows a segment (the headline excepted), and the verses a quote holds. */
export const QUOTES = { perSegment: 1 / 12, minVerses: 2, maxVerses: 5 } as const;

export type QuoteStyle = "punctuated" | "unpunctuated";

/** `news` with quotes of `scripture` inserted; the quotes' Persian and Arabic without punctuation when so asked. */
export function quotingScripture(news: SourceDocument, scripture: readonly SourceDocument[], seed: number, style: QuoteStyle): SourceDocument {
  const random = seededRandom(hashString(`quote:${seed}:${news.id}`));
  const segments: SourceDocument["segments"] = [];
  news.segments.forEach((segment, k) => {
    segments.push(segment);
    if (k === 0 || random() >= QUOTES.perSegment) return;
    const chapter = scripture[Math.floor(random() * scripture.length)]!;
    const verses = QUOTES.minVerses + Math.floor(random() * (QUOTES.maxVerses - QUOTES.minVerses + 1));
    const at = Math.floor(random() * Math.max(1, chapter.segments.length - verses));
    for (const verse of chapter.segments.slice(at, at + verses)) {
      segments.push(style === "punctuated" ? verse : { ...verse, fa: withoutPunctuation(verse.fa), ar: withoutPunctuation(verse.ar) });
    }
  });
  return { ...news, segments };
}


const STYLES: ReadonlyArray<{ style: QuoteStyle; name: string }> = [
  { style: "punctuated", name: "news quoting scripture: default rates" },
  { style: "unpunctuated", name: "news quoting scripture, quotes unpunctuated" },
];

/** Ours (as the command line aligns) and plain Gale-Church on the news documents quoting scripture, both styles. */
export function runQuoted(seeds: readonly number[], options: AlignOptions = {}): StressFigures[] {
  const sources = loadDocuments(undefined, ["ntrex128", "tico19", "bible"]);
  const scripture = sources.filter((source) => source.dataset === "bible");
  const news = sources.filter((source) => source.dataset !== "bible");
  const figures: StressFigures[] = [];
  for (const { style, name } of STYLES) {
    const docs = seeds.flatMap((seed) => news.map((doc) => buildDocument(quotingScripture(doc, scripture, seed, style), seed, DEFAULT_RATES)));
    for (const dataset of ["ntrex128", "tico19"] as const) {
      const ofDataset = docs.filter((doc) => doc.dataset === dataset);
      for (const lang of TRANSLATIONS) {
        // Held out twice: the documents are the news dataset's and the Bible's.
        const { ours, baseline } = evaluatePairs(ofDataset, lang, withHeldOutWords(options, dataset, "bible"));
        figures.push({ setting: name, dataset, lang, documents: ofDataset.length, ours, baseline });
      }
    }
  }
  return figures;
}
