import { describe, expect, test } from "vitest";
import { mosesFileName, mosesLanguageOf, readMosesPair, toMosesLines } from "@/lib/core/formats";
import { problemOfAsync, readAll } from "./helpers";

describe("Moses writer (toMosesLines)", () => {
  test("an n-m bead's paragraphs, joined by the caller with a space or a line break, become one line", () => {
    expect(toMosesLines({ texts: { en: "First paragraph.\nSecond paragraph.", fa: "بند یکم و دوم.\r\n" } }, ["en", "fa"])).toEqual(["First paragraph. Second paragraph.", "بند یکم و دوم."]);
  });

  test("ZWNJ and inner spacing are kept without cleaning", () => {
    expect(toMosesLines({ texts: { en: "I  want", fa: "می\u200cخواهم" } }, ["en", "fa"])).toEqual(["I  want", "می\u200cخواهم"]);
  });

  test("a unit without text on both sides of the pair is left out: no empty lines", () => {
    expect(toMosesLines({ texts: { en: "Only English", fa: "", ar: "فقط" } }, ["en", "fa"])).toBeNull();
    expect(toMosesLines({ texts: { en: "Only English", ar: "فقط" } }, ["en", "fa"])).toBeNull();
    expect(toMosesLines({ texts: { en: "  \n ", fa: "سلام" } }, ["en", "fa"])).toBeNull();
  });

  test("cleaning as clean-corpus-n: whitespace collapsed, token bounds and length ratio", () => {
    const clean = { maxRatio: 2, maxTokens: 5 };
    expect(toMosesLines({ texts: { en: " a\t b  c ", fa: "الف ب" } }, ["en", "fa"], clean)).toEqual(["a b c", "الف ب"]);
    expect(toMosesLines({ texts: { en: "a b c d e f", fa: "الف ب پ ت ث ج" } }, ["en", "fa"], clean)).toBeNull(); // 6 tokens > 5
    expect(toMosesLines({ texts: { en: "a b c d e", fa: "الف ب" } }, ["en", "fa"], clean)).toBeNull(); // ratio 2.5 > 2
    expect(toMosesLines({ texts: { en: "a b c d", fa: "الف ب" } }, ["en", "fa"], clean)).toEqual(["a b c d", "الف ب"]); // ratio 2
    expect(toMosesLines({ texts: { en: "a b", fa: "الف" } }, ["en", "fa"], { minTokens: 2 })).toBeNull();
  });

  test("file names and the language of a file name", () => {
    expect(mosesFileName(["en", "fa"], "fa")).toBe("corpus.en-fa.fa");
    expect(mosesLanguageOf("corpus.en-fa.fa")).toBe("fa");
    expect(mosesLanguageOf("europarl-v7.fa-IR")).toBe("fa-IR");
    expect(mosesLanguageOf("README")).toBeUndefined();
  });
});

describe("Moses reader", () => {
  const side = (lang: string, text: string | string[]) => ({ lang, name: `corpus.en-fa.${lang}`, chunks: typeof text === "string" ? [text] : text });

  test("pairs line n with line n, in any chunking, with CRLF and a BOM", async () => {
    const units = await readAll(readMosesPair(side("en", ["\ufeffOne.\r\nTw", "o.\nThree."]), side("fa", ["یک.\nدو.\nسه.\n"])));
    expect(units).toEqual([
      { texts: { en: "One.", fa: "یک." }, line: 1 },
      { texts: { en: "Two.", fa: "دو." }, line: 2 },
      { texts: { en: "Three.", fa: "سه." }, line: 3 },
    ]);
  });

  test("mismatched line counts are refused with both counts, whichever file is longer", async () => {
    expect(await problemOfAsync(() => readAll(readMosesPair(side("en", "a\nb\nc\nd\n"), side("fa", "الف\nب\n"))))).toMatchObject({
      code: "moses-line-count",
      params: { first: "corpus.en-fa.en", firstLines: 4, second: "corpus.en-fa.fa", secondLines: 2 },
    });
    const problem = await problemOfAsync(() => readAll(readMosesPair(side("en", "a\n"), side("fa", "الف\nب\nپ"))));
    expect(problem.params).toMatchObject({ firstLines: 1, secondLines: 3 });
    expect(problem.message).toBe("The Moses files do not have the same number of lines: corpus.en-fa.en has 1, corpus.en-fa.fa has 3.");
  });

  test("a line empty on one side only is refused; empty on both is skipped", async () => {
    expect(await readAll(readMosesPair(side("en", "a\n\nb"), side("fa", "الف\n\nب")))).toHaveLength(2);
    expect(await problemOfAsync(() => readAll(readMosesPair(side("en", "a\n\nb"), side("fa", "الف\nپ\nب"))))).toMatchObject({ code: "single-language", params: { lang: "fa", line: 2 } });
  });
});
