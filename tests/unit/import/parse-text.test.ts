import { describe, expect, test } from "vitest";
import { decodeUpload, ImportProblem, isImportProblem, MAX_TEXT_BYTES, parseText, type ImportProblemCode } from "@/lib/core/import";
import { problemOf, readSeedArticle } from "./helpers";

describe("parseText", () => {
  test("plain text end to end", () => {
    expect(parseText("\ufeffThe Title\r\n\r\nFirst paragraph,\r\nsecond line.\r\n\r\n\r\nSecond paragraph.", { lang: "en" })).toEqual({
      format: "plain",
      title: "The Title",
      paragraphs: [
        { text: "The Title", kind: "heading", rule: "short-line" },
        { text: "First paragraph,\nsecond line.", kind: "body" },
        { text: "Second paragraph.", kind: "body" },
      ],
    });
  });

  test("an explicit format wins over detection", () => {
    expect(parseText("<p>Shown as markup.</p>", { lang: "en", format: "plain" }).paragraphs).toEqual([{ text: "<p>Shown as markup.</p>", kind: "body" }]);
    expect(parseText("<p>Parsed.</p>", { lang: "en", format: "auto" }).paragraphs).toEqual([{ text: "Parsed.", kind: "body" }]);
    expect(parseText("Plain words only.", { lang: "en", format: "html" }).format).toBe("html");
  });

  test("an uploaded file goes through decodeUpload then parseText", () => {
    const bytes = new TextEncoder().encode(readSeedArticle().replace(/\n/g, "\r\n"));
    expect(parseText(decodeUpload(bytes), { lang: "en" }).paragraphs).toHaveLength(40);
  });
});

describe("every problem is a typed ImportProblem with a code and params", () => {
  const cases: Array<[ImportProblemCode, () => unknown, Record<string, string | number>]> = [
    ["empty", () => parseText("", { lang: "en" }), {}],
    ["empty", () => parseText(" \n\t\r\n \u200b\u200c ", { lang: "en" }), {}],
    ["no-paragraphs", () => parseText("<script>alert(1)</script>", { lang: "en" }), { format: "html" }],
    ["no-paragraphs", () => parseText("<html><head><style>p{}</style></head><body><p> </p></body></html>", { lang: "en" }), { format: "html" }],
    ["invalid-utf8", () => decodeUpload(Uint8Array.from([0x61, 0xe9, 0x74, 0xe9])), { offset: 1, byte: "0xE9" }], // Latin-1
    ["unsupported-encoding", () => decodeUpload(Uint8Array.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])), { encoding: "UTF-32" }],
    ["binary", () => decodeUpload(new TextEncoder().encode("%PDF-1.4\n%")), { reason: "signature", format: "pdf" }],
    ["too-large", () => parseText("a".repeat(20 * 1024 * 1024), { lang: "en" }), { size: 20 * 1024 * 1024, limit: MAX_TEXT_BYTES }],
    ["wrong-script", () => parseText(readSeedArticle(), { lang: "fa" }), { lang: "fa", percent: 0 }],
    ["language-mismatch", () => parseText("ة".repeat(10) + " " + "مدينة جميلة ".repeat(40), { lang: "fa" }), { detected: "Arabic" }],
    ["unsupported-language", () => parseText("Hello.", { lang: "xx" }), { lang: "xx" }],
    ["malformed-language", () => parseText("Hello.", { lang: "not a tag!" }), { lang: "not a tag!" }],
  ];

  test.each(cases)("%s", (code, run, params) => {
    const problem = problemOf(run);
    expect(problem).toBeInstanceOf(ImportProblem);
    expect(isImportProblem(problem)).toBe(true);
    expect(problem.name).toBe("ImportProblem");
    expect(problem.code).toBe(code);
    expect(problem.params).toMatchObject(params);
    expect(problem.message.length).toBeGreaterThan(0);
  });

  test("the language is checked before the text, so a bad tag is reported even for an empty text", () => {
    expect(problemOf(() => parseText("", { lang: "xx" })).code).toBe("unsupported-language");
  });

  test("the constructor the server uses", () => {
    const problem = new ImportProblem("malformed-language", { lang: "??" });
    expect([problem.code, problem.params, problem.message]).toEqual(["malformed-language", { lang: "??" }, '"??" is not a valid language code.']);
  });
});
