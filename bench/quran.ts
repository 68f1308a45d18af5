// An outside check, on data that is neither in the repository nor tuned on: the Quran as the quran-json npm package
// ships it (github.com/risan/quran-json, CC BY 4.0): the Uthmani text, fully vowelled, with Sahih International's
// English, which puts its translator's insertions in square brackets. That is issue 10's description of the source
// the aligner failed on, word for word (Arabic 0.83 of the English's length in characters; the issue says 0.80).
// It has no Persian. To run it, `npm pack quran-json`, unpack, and point BENCH_QURAN at the package's
// dist/quran_en.json; `bench:align` then prints it after the windows like issue 10's source, as part of the guard.
// Its English ships without a stop at a verse's end; each setting is scored as shipped and with one added.

import { readFileSync } from "node:fs";
import { shippedCorpusWords, type AlignOptions } from "../lib/core/align";
import type { SourceDocument } from "./corpus";
import { benchDictionaries } from "./corpus-words";
import { buildDocument, DEFAULT_RATES, RATE_PRESETS, type BuiltDocument, type Rates } from "./documents";
import { scoreVerses, VERSE_SPLITS, verseParagraphs, verseWindows, type VerseFigures } from "./issue-source";

export interface QuranChapter {
  id: number;
  verses: Array<{ text: string; translation: string }>;
}

/** The chapters of quran-json's dist/quran_en.json, with a clear error for any other file. */
export function loadQuran(file: string): QuranChapter[] {
  const data: unknown = JSON.parse(readFileSync(file, "utf8"));
  const ok =
    Array.isArray(data) &&
    data.length > 0 &&
    data.every(
      (chapter) =>
        typeof chapter?.id === "number" &&
        Array.isArray(chapter.verses) &&
        chapter.verses.every((verse: { text?: unknown; translation?: unknown }) => typeof verse?.text === "string" && typeof verse?.translation === "string"),
    );
  if (!ok) throw new Error(`${file} is not quran-json's dist/quran_en.json (chapters of verses with text and translation)`);
  return data as QuranChapter[];
}

/** Each chapter as a source document of its verses (no Persian); the English with a stop at each verse's end if asked. */
export function quranSources(chapters: readonly QuranChapter[], stops = false): SourceDocument[] {
  return chapters.map((chapter) => ({
    id: `quran/${chapter.id}`,
    dataset: "quran",
    segments: chapter.verses.map((verse) => ({ en: stops ? withStop(verse.translation) : verse.translation, fa: "", ar: verse.text })),
  }));
}

/** The verse with a full stop at its end unless it ends with a mark already (Sahih International's dash included). */
export function withStop(verse: string): string {
  return /[.!?,;:\-–—"”’)\]]$/u.test(verse) ? verse : `${verse}.`;
}

const BUILDER: ReadonlyArray<readonly [string, Rates]> = [
  ["low", RATE_PRESETS.low],
  ["default", DEFAULT_RATES],
  ["high", RATE_PRESETS.high],
];

/**
 * EN-AR, ours as the command line aligns (the shipped word pairs) against Gale-Church: windows of 3-34 verses, verse
 * by verse with the English splitting some (as bench:align's Bible verse documents, without their glosses: these have
 * their own), and the same windows through the benchmark's builder at its three rates.
 */
export function runQuran(chapters: readonly QuranChapter[], seeds: readonly number[]): VerseFigures[] {
  const options: AlignOptions = { corpusWords: shippedCorpusWords(), dictionaries: benchDictionaries() };
  return [false, true].flatMap((stops) => {
    const sources = quranSources(chapters, stops);
    const english = stops ? "stops added" : "as shipped";
    const windows = (seed: number) =>
      sources.flatMap((source) => verseWindows(source.id, source.segments.length, seed).map(([from, to]) => ({ source, from, to })));
    const verses = VERSE_SPLITS.map((split) => {
      const docs = seeds.flatMap((seed) => windows(seed).map(({ source, from, to }) => verseParagraphs(source, from, to, split, seed)));
      return scoreVerses(`Quran, English ${english}, verse by verse, splits ${split * 100}%`, "quran", "ar", docs, options);
    });
    const built = BUILDER.map(([name, rates]) => {
      const docs: BuiltDocument[] = seeds.flatMap((seed) =>
        windows(seed).map(({ source, from, to }) => buildDocument({ ...source, id: `${source.id}:${from + 1}`, segments: source.segments.slice(from, to) }, seed, rates)),
      );
      return scoreVerses(`Quran, English ${english}, builder at ${name} rates`, "quran", "ar", docs, options);
    });
    return [...verses, ...built];
  });
}
