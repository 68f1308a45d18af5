import { describe, expect, test } from "vitest";
import { countLetters, detectPersianOrArabic, ImportProblem, parseText } from "@/lib/core/import";
import { problemOf, readFixture, readSeedArticle } from "./helpers";

const persian = readFixture("book-fair.fa.txt");
const arabic = readFixture("book-fair.ar.txt");
const english = readSeedArticle();

describe("wrong script", () => {
  test("English pasted into the Persian box", () => {
    const problem = problemOf(() => parseText(english, { lang: "fa" }));
    expect(problem).toBeInstanceOf(ImportProblem);
    expect(problem.code).toBe("wrong-script");
    expect(problem.params).toMatchObject({ lang: "fa", expectedScript: "Arab", detectedScript: "Latn", percent: 0 });
  });

  test("Persian pasted into the English box", () => {
    expect(problemOf(() => parseText(persian, { lang: "en" }))).toMatchObject({
      code: "wrong-script",
      params: { lang: "en", expectedScript: "Latn", detectedScript: "Arab", percent: 0 },
    });
  });

  test("Arabic in the Arabic box, with a regional tag", () => {
    expect(parseText(arabic, { lang: "ar-EG" }).paragraphs).toHaveLength(14);
  });

  test("English with Arabic-script names, and Persian with Latin names, are accepted", () => {
    const mixed = "The word شهید appears in the title, and the names حماس and جهاد اسلامی are quoted in the letter from Gaza.";
    expect(parseText(mixed, { lang: "en" }).paragraphs).toHaveLength(1);
    const latinNames = "نامه Ziyad al-Nakhalah به رهبر انقلاب در روز Saturday منتشر شد و در آن از Quds Force تشکر شده است.";
    expect(parseText(latinNames, { lang: "fa" }).paragraphs).toHaveLength(1);
  });

  test("too few letters to judge: accepted", () => {
    expect(parseText("Hello", { lang: "fa" }).paragraphs).toEqual([{ text: "Hello", kind: "body" }]);
  });

  test("boilerplate does not count: a Persian page with an English menu is Persian", () => {
    const page = `<nav>${"Home About Contact Archive Subscribe ".repeat(30)}</nav>${persian.split("\n\n").map((p) => `<p>${p}</p>`).join("")}`;
    expect(parseText(page, { lang: "fa" }).format).toBe("html");
  });
});

describe("Persian versus Arabic", () => {
  test("Arabic declared Persian", () => {
    const problem = problemOf(() => parseText(arabic, { lang: "fa" }));
    expect(problem.code).toBe("language-mismatch");
    expect(problem.params).toEqual({ lang: "fa", detected: "Arabic", detectedCode: "ar" });
  });

  test("Persian declared Arabic", () => {
    expect(problemOf(() => parseText(persian, { lang: "ar" }))).toMatchObject({
      code: "language-mismatch",
      params: { lang: "ar", detected: "Persian", detectedCode: "fa" },
    });
  });

  test("Persian typed with Arabic yeh and kaf is still Persian", () => {
    const oldKeyboard = persian.replace(/ی/g, "ي").replace(/ک/g, "ك");
    expect(parseText(oldKeyboard, { lang: "fa" }).paragraphs).toHaveLength(16);
  });

  test("Arabic typed with Persian yeh and kaf (Iranian sites) is still Arabic", () => {
    const iranianKeyboard = arabic.replace(/ي/g, "ی").replace(/ك/g, "ک");
    expect(parseText(iranianKeyboard, { lang: "ar" }).paragraphs).toHaveLength(14);
    expect(problemOf(() => parseText(iranianKeyboard, { lang: "fa" })).code).toBe("language-mismatch");
  });

  test("Persian quoting a long Arabic passage is Persian", () => {
    const arabicBody = arabic.split("\n\n").slice(2, 4).join("\n\n");
    expect(() => parseText(`${persian}\n\n${arabicBody}`, { lang: "fa" })).not.toThrow();
  });

  test("short texts are not judged", () => {
    expect(detectPersianOrArabic(countLetters(["مدينة القدس الجميلة"]))).toBeNull();
    expect(parseText("مدينة القدس الجميلة في فلسطين", { lang: "fa" }).paragraphs).toHaveLength(1);
  });

  test("letter counts", () => {
    expect(countLetters(["abc سلام ة پ ۱۲3 ، é Ж"])).toEqual({
      total: 11,
      byScript: { Latn: 4, Arab: 6, Hebr: 0, Cyrl: 1, other: 0 },
      persianOnly: 1,
      tehMarbuta: 1,
    });
  });
});
