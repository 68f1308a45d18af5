import { describe, expect, it } from "vitest";
import type { SourceDocument } from "@/bench/corpus";
import { QUOTES, quotingScripture } from "@/bench/quoted";

const news: SourceDocument = {
  id: "ntrex128/TEST",
  dataset: "ntrex128",
  segments: Array.from({ length: 120 }, (_, k) => ({
    en: `The minister said, on day ${k}, that talks went on.`,
    fa: `وزیر در روز ${k} گفت: گفت‌وگوها ادامه یافت.`,
    ar: `قال الوزير، في اليوم ${k}، إن المحادثات استمرت.`,
  })),
};

const chapter: SourceDocument = {
  id: "bible/TEST.1",
  dataset: "bible",
  segments: Array.from({ length: 12 }, (_, v) => ({
    en: `And he said unto them, verse ${v + 100} is this: the word.`,
    fa: `و به ایشان گفت: آیهٔ ${v + 100} این است، کلام.`,
    ar: `فقال لهم: الآية ${v + 100} هي هذه، الكلمة.`,
  })),
};

const isVerse = (segment: { en: string }) => segment.en.startsWith("And he said");

describe("quotingScripture (bench/quoted.ts)", () => {
  it("keeps every news segment in order and inserts runs of consecutive verses, the three languages together", () => {
    const quoted = quotingScripture(news, [chapter], 1, "punctuated");
    expect(quoted.segments.filter((segment) => !isVerse(segment))).toEqual(news.segments);
    expect(isVerse(quoted.segments[1]!)).toBe(false); // the headline is never followed by a quote
    const runs: number[][] = [];
    quoted.segments.forEach((segment, k) => {
      if (!isVerse(segment)) return;
      const verse = chapter.segments.indexOf(segment);
      expect(verse).toBeGreaterThanOrEqual(0);
      if (k > 0 && isVerse(quoted.segments[k - 1]!)) runs.at(-1)!.push(verse);
      else runs.push([verse]);
    });
    expect(runs.length).toBeGreaterThan(2);
    for (const run of runs) {
      expect(run.length).toBeGreaterThanOrEqual(QUOTES.minVerses);
      expect(run.length).toBeLessThanOrEqual(QUOTES.maxVerses);
      expect(run).toEqual(run.map((_, k) => run[0]! + k));
    }
  });

  it("prints the quoted originals without punctuation when asked, and nothing else", () => {
    const plain = quotingScripture(news, [chapter], 1, "punctuated");
    const bare = quotingScripture(news, [chapter], 1, "unpunctuated");
    expect(bare.segments.length).toBe(plain.segments.length);
    bare.segments.forEach((segment, k) => {
      const original = plain.segments[k]!;
      expect(segment.en).toBe(original.en);
      if (!isVerse(segment)) expect(segment).toEqual(original);
      else {
        expect(segment.fa).not.toMatch(/[.,:،]/);
        expect(segment.ar).not.toMatch(/[.,:،]/);
      }
    });
    expect(bare.segments.find(isVerse)!.ar).toMatch(/^فقال لهم الآية 1\d\d هي هذه الكلمة$/);
  });

  it("quotes the same verses in the same places for the same seed, and others for another", () => {
    const places = (seed: number) => quotingScripture(news, [chapter], seed, "punctuated").segments.map((segment) => segment.en);
    expect(places(1)).toEqual(places(1));
    expect(places(2)).not.toEqual(places(1));
  });
});
