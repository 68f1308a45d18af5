// Inputs that once froze the import for minutes or hours (or crashed it). Each is sized so that the old code would
// run far past the test timeout; the assertions are on results only; speed is bench:hostile's job.
import { describe, expect, test } from "vitest";
import { detectFormat, markHeadings, parseText, splitPlainParagraphs, type KindMark } from "@/lib/core/import";

const body = (n: number): KindMark[] => Array.from({ length: n }, () => ({ kind: "body" }));

describe("leading HTML comments", () => {
  // The old /^\s*(?:<!--[\s\S]*?-->\s*)*</ tried every grouping of the comments: 29 took 14.5 s, each one more doubled it.
  const comments = "<!---->".repeat(40);

  test("40 empty comments before a JSON-looking body: plain text", () => {
    expect(detectFormat(`${comments}{"title": "x", "texts": [{"lang": "en"}]}`)).toBe("plain");
  });

  test("40 empty comments before a document or a fragment: HTML", () => {
    expect(detectFormat(`${comments}\n<!doctype html><title>x</title>`)).toBe("html");
    expect(detectFormat(`${comments} <p>One paragraph.</p>`)).toBe("html");
  });

  test("a comment ends at its first -->", () => {
    expect(detectFormat("<!-- a --> x --> <html><body>hi</body></html>")).toBe("plain");
    expect(detectFormat("<!-- never closed <html><body>hi")).toBe("plain");
  });

  test("the whole import of 40 comments and JSON is one plain paragraph", () => {
    const text = `${comments}{"title": "An import that is not HTML at all"}`;
    expect(parseText(text, { lang: "en" })).toEqual({
      format: "plain",
      title: null,
      paragraphs: [{ text, kind: "body" }],
    });
  });
});

describe("a 2 MB run of quotes before a heading-shaped line", () => {
  // /["'”’»›\]]+$/ on the paragraph before every heading-shaped line was quadratic: 40,000 quotes took 4.3 s.
  const quotes = `${'"'.repeat(2_000_000)}x`;

  test("the line after it is still a heading", () => {
    expect(markHeadings([quotes, "A Heading Line", "Body text follows here."], body(3))).toEqual([
      { kind: "body" },
      { kind: "heading", rule: "short-line" },
      { kind: "body" },
    ]);
  });

  test("quotes that close a lead-in ending in a colon still mark it as a lead-in", () => {
    expect(markHeadings([`He wrote:${'"'.repeat(2_000_000)}`, "A Heading Line", "Body text follows here."], body(3))).toEqual(
      body(3),
    );
  });

  test("through parseText with format plain", () => {
    const parsed = parseText(`${quotes}\n\nA Heading Line\n\nBody text follows here.`, { lang: "en", format: "plain" });
    expect(parsed.paragraphs.map((p) => p.kind)).toEqual(["body", "heading", "body"]);
  });
});

describe("millions of blank lines", () => {
  // /\n(?:[^\S\n]*\n)+/ kept a backtracking entry per blank line and threw "Maximum call stack size exceeded".
  test("4 million newlines separate two paragraphs", () => {
    expect(splitPlainParagraphs(`x${"\n".repeat(4_000_000)}y`)).toEqual(["x", "y"]);
  });

  test("2 million lines of spaces and tabs separate two paragraphs", () => {
    expect(splitPlainParagraphs(`first line\nsecond${" \t\n".repeat(2_000_000)}third`)).toEqual(["first line\nsecond", "third"]);
  });

  test("through parseText", () => {
    expect(parseText(`Title\r\n${"\r\n".repeat(3_000_000)}Body text that ends.`, { lang: "en" }).paragraphs).toEqual([
      { text: "Title", kind: "heading", rule: "short-line" },
      { text: "Body text that ends.", kind: "body" },
    ]);
  });
});
