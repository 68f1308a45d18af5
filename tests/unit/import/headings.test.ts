import { describe, expect, test } from "vitest";
import { isHeadingShaped, markHeadings, parseText } from "@/lib/core/import";

const kinds = (text: string, lang = "en"): string[] => parseText(text, { lang, format: "plain" }).paragraphs.map((p) => p.kind);

describe("plain-text headings", () => {
  test("a short line without terminal punctuation before body text", () => {
    expect(kinds("The Letter\n\nThe letter was sent on Saturday to the Leader.")).toEqual(["heading", "body"]);
  });

  test("a title and a subtitle; but three short lines in a row are verse or a list", () => {
    expect(kinds("Chapter One\n\nThe Beginning\n\nIt was a cold morning in the city.")).toEqual(["heading", "heading", "body"]);
    expect(kinds("Roses are red\n\nViolets are blue\n\nSugar is sweet\n\nAnd so the poem goes on for a while.")).toEqual([
      "body", "body", "body", "body",
    ]);
  });

  test("terminal punctuation of every script disqualifies", () => {
    for (const ending of [".", "!", "?", "؟", ":", ";", "؛", "،", ",", "…"]) {
      expect(isHeadingShaped(`A short line${ending}`)).toBe(false);
    }
    expect(isHeadingShaped('He said "no."')).toBe(false);
    expect(isHeadingShaped("A short line")).toBe(true);
  });

  test("marks headings in a new list and leaves the marks it was given as they were", () => {
    const paragraphs = ["The Letter", "The letter was sent on Saturday to the Leader."];
    const given = [{ kind: "body" as const }, { kind: "body" as const }];
    const marked = markHeadings(paragraphs, given);
    expect(marked.map((m) => m.kind)).toEqual(["heading", "body"]);
    expect(given.map((m) => m.kind)).toEqual(["body", "body"]);
  });

  test("a line of more than twenty words is not a heading, however short its words", () => {
    expect(isHeadingShaped(Array.from({ length: 21 }, () => "A").join(" "))).toBe(false);
    expect(isHeadingShaped(Array.from({ length: 20 }, () => "A").join(" "))).toBe(true);
  });

  test("list items are not headings", () => {
    for (const item of ["1. Immediately stop", "2) Second", "۳- سوم", "٤. رابع", "a) first", "iv. fourth", "• bullet", "- dash"]) {
      expect(isHeadingShaped(item)).toBe(false);
    }
  });

  test("long lines, multi-line paragraphs and lower-case starts are not headings", () => {
    expect(isHeadingShaped("word ".repeat(25).trim())).toBe(false);
    expect(isHeadingShaped("Ismail Haniyeh\nHead of the Political Bureau")).toBe(false);
    expect(isHeadingShaped("and then it went on")).toBe(false);
    expect(isHeadingShaped("2020")).toBe(false);
  });

  test("a line after one ending in a comma or colon continues it (a signature, a quoted letter)", () => {
    expect(kinds("We pray for your success.\n\nIsmail Haniyeh,\n\nHead of the Political Bureau\n\nThe letter ended there.")).toEqual([
      "body", "body", "body", "body",
    ]);
    expect(kinds("The letter reads:\n\nIn the name of God\n\nDear brothers and sisters, we write to you today.")).toEqual(["body", "body", "body"]);
  });

  test("nothing after it, or only boilerplate after it: not a heading", () => {
    expect(kinds("Some text here.\n\nA closing line")).toEqual(["body", "body"]);
    expect(kinds("Some text here.\n\nA closing line\n\nLeave a Reply")).toEqual(["body", "body", "boilerplate"]);
  });

  test("Persian and Arabic headings", () => {
    expect(kinds("نامه رهبر انقلاب به جوانان\n\nرهبر انقلاب اسلامی در نامه‌ای خطاب به جوانان اروپا و آمریکا مطالبی را بیان کردند.", "fa")).toEqual([
      "heading", "body",
    ]);
    expect(kinds("آیا این یک عنوان است؟\n\nرهبر انقلاب اسلامی در نامه‌ای خطاب به جوانان اروپا و آمریکا مطالبی را بیان کردند.", "fa")).toEqual([
      "body", "body",
    ]);
  });

  test("boilerplate marks are never changed", () => {
    expect(markHeadings(["Home / News", "Body text here."], [{ kind: "boilerplate", rule: "breadcrumb" }, { kind: "body" }])).toEqual([
      { kind: "boilerplate", rule: "breadcrumb" },
      { kind: "body" },
    ]);
  });

  test("the plain title is the heading before the first body paragraph", () => {
    expect(parseText("Home / News\n\nThe Title\n\nBody text here.", { lang: "en" }).title).toBe("The Title");
    expect(parseText("Body text here.\n\nA Heading\n\nMore body text.", { lang: "en" }).title).toBeNull();
  });
});
