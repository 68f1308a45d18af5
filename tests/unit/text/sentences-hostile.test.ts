// Inputs on which the sentence splitter and the rough breaks were quadratic, sized so that the old code would run
// far past the test timeout. Results only: speed is bench:hostile's job.
import { describe, expect, it } from "vitest";
import { finalSentenceEnd, roughBreaks, splitSentences } from "@/lib/core/text/sentences";

const sentences = (text: string, lang: string) => splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));

describe("splitSentences on hostile input", () => {
  it("200,000 titles re-joined into one sentence (each join re-read the whole sentence so far)", () => {
    const text = "Mr. ".repeat(200_000).trimEnd();
    expect(splitSentences(text, "en")).toEqual([{ start: 0, end: text.length }]);
  });

  it("a 300,000-letter word before a numbered sentence end (the last-word pattern rescanned it from each letter)", () => {
    const word = "a".repeat(300_000);
    expect(sentences(`${word} 1. Next one.`, "en")).toEqual([`${word} 1.`, "Next one."]);
  });

  it("100,000 verses quoted in one paragraph, each ended by its number: one sentence each", () => {
    const text = "قُلْ هُوَ ٱللَّهُ أَحَدٌ ۝١ ".repeat(100_000);
    const found = splitSentences(text, "ar");
    expect(found).toHaveLength(100_000);
    expect(text.slice(found[99_999]!.start, found[99_999]!.end)).toBe("قُلْ هُوَ ٱللَّهُ أَحَدٌ ۝١");
  });

  it("100,000 unclosed brackets with sentences: counted once, not per piece", () => {
    const text = "( a. B ".repeat(100_000);
    const spans = splitSentences(text, "en");
    expect(spans[0]).toEqual({ start: 0, end: 4 });
    expect(spans.length).toBe(100_001);
  });

  it("a million blank lines between two sentences (a segmenter step each, each step costing the whole text)", () => {
    const text = `First one.${"\n".repeat(1_000_000)}  Second one.\n`;
    expect(splitSentences(text, "en")).toEqual([
      { start: 0, end: 10 },
      { start: 1_000_012, end: 1_000_023 },
    ]);
  });

  it("line breaks still end sentences, and blank lines between them are dropped", () => {
    expect(sentences("Dear friends\nWe write to you.\n \n\t\nThank you", "en")).toEqual(["Dear friends", "We write to you.", "Thank you"]);
  });

  it("still joins across an unclosed bracket that the next piece closes", () => {
    expect(sentences("He said (may God keep you safe. Amen) and left. Then he came back.", "en")).toEqual([
      "He said (may God keep you safe. Amen) and left.",
      "Then he came back.",
    ]);
  });
});

describe("roughBreaks on hostile input", () => {
  it("200,000 periods before a lower-case word: no break (each period rescanned the run)", () => {
    expect(roughBreaks(`${".".repeat(200_000)} a`)).toEqual([]);
  });

  it("200,000 periods before a capital: one break after the run", () => {
    expect(roughBreaks(`x${".".repeat(200_000)} B`)).toEqual([{ end: 200_001, clause: false }]);
  });
});

describe("finalSentenceEnd", () => {
  it("knows every sentence end the splitter knows, inside closing quotes and brackets", () => {
    expect(["Done.", "Why?", "Stop!", "چرا؟", "ختم۔", "終わり。", "Wait…", "What‼", "«قال: لا!»", 'He said "no."', "(Yes.)"].map(finalSentenceEnd)).toEqual(
      [".", "?", "!", "؟", "۔", "。", "…", "‼", "!", ".", "."],
    );
  });

  it("looks past spaces set between the closers, as Persian print sets a guillemet apart", () => {
    expect(["گفت: «برخیزید. »", "He said: ( yes ! ) ", "گفت: «برخیزید »"].map(finalSentenceEnd)).toEqual([".", "!", ""]);
  });

  it("is empty for a clause mark, a letter or nothing", () => {
    expect(["Dear friends:", "A title", "قال،", "باران آمد؛", "", "   "].map(finalSentenceEnd)).toEqual(["", "", "", "", "", ""]);
  });
});
