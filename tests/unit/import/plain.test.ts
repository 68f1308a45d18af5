import { describe, expect, test } from "vitest";
import { parseText, prepareText, splitPlainParagraphs } from "@/lib/core/import";

const texts = (input: string): string[] => parseText(input, { lang: "en", format: "plain" }).paragraphs.map((p) => p.text);

describe("plain text paragraphs", () => {
  test("blank lines separate paragraphs; single line breaks stay inside one", () => {
    expect(splitPlainParagraphs("One\n\nTwo\nstill two\n\nThree")).toEqual(["One", "Two\nstill two", "Three"]);
  });

  test("CRLF and CR line ends", () => {
    expect(texts("One.\r\n\r\nTwo,\r\nline.")).toEqual(["One.", "Two,\nline."]);
    expect(texts("One.\r\rTwo,\rline.")).toEqual(["One.", "Two,\nline."]);
  });

  test("a BOM is stripped", () => {
    expect(texts("\ufeffOne.\n\nTwo.")).toEqual(["One.", "Two."]);
  });

  test("many blank lines and whitespace-only lines are one separator", () => {
    expect(splitPlainParagraphs("\n\n\nOne\n\n\n\n\nTwo\n  \t \nThree\n \n\n\u00a0\nFour\n\n")).toEqual(["One", "Two", "Three", "Four"]);
  });

  test("runs of spaces and tabs collapse, lines are trimmed, newlines kept", () => {
    expect(splitPlainParagraphs("  a   b\t\tc  \n   d  ")).toEqual(["a b c\nd"]);
  });

  test("ZWNJ, NFD and Arabic/Persian letter variants are preserved byte for byte", () => {
    const persian = "می\u200cخواهم کتاب\u200cها را بخوانم."; // ZWNJ (U+200C) inside words
    const nfd = "Cafe\u0301 and re\u0301sume\u0301."; // e + combining acute, not é
    const variants = "ي ك ی ک ة ۀ"; // Arabic and Persian yeh/kaf are different letters to store
    const result = splitPlainParagraphs(prepareText(`${persian}\n\n${nfd}\n\n${variants}`));
    expect(result).toEqual([persian, nfd, variants]);
    expect([...result[0]!].map((c) => c.codePointAt(0))).toContain(0x200c);
    expect(result[1]).not.toBe(result[1]!.normalize("NFC"));
  });

  test("a single paragraph without a trailing newline", () => {
    expect(splitPlainParagraphs("Just one line.")).toEqual(["Just one line."]);
  });
});
