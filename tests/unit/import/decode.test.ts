import { describe, expect, test } from "vitest";
import { decodeChunks, decodeUpload, detectEncoding, findInvalidUtf8, ImportProblem, MAX_TEXT_BYTES, prepareText, utf8ByteLength } from "@/lib/core/import";
import { problemOf } from "./helpers";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...utf8(part)] : part)));

describe("decodeUpload", () => {
  test("decodes UTF-8 and strips the BOM, which wins over a chosen encoding", () => {
    expect(decodeUpload(bytes([0xef, 0xbb, 0xbf], "سلام\nworld"))).toBe("سلام\nworld");
    expect(decodeUpload(bytes([0xef, 0xbb, 0xbf], "سلام"), { encoding: "windows-1256" })).toBe("سلام");
  });

  test("normalizes CRLF, CR, U+2028 and U+2029", () => {
    expect(decodeUpload(utf8("a\r\nb\rc\u2028d\u2029e"))).toBe("a\nb\nc\nd\n\ne");
  });

  test("keeps ZWNJ and NFD text byte for byte", () => {
    const text = "می\u200cخواهم e\u0301 ي ك ی ک";
    expect(decodeUpload(utf8(text))).toBe(text);
  });

  test("Windows-1256 Persian and Arabic is detected and decoded, ZWNJ included", () => {
    // "Hello " then سلام in Windows-1256: D3 E1 C7 E3; then می‌خواهم with ZWNJ (9D) and پ (81), گ (90), ک (98).
    const legacy = bytes("Hello ", [0xd3, 0xe1, 0xc7, 0xe3], "\r\n", [0xe3, 0xed, 0x9d, 0xce, 0xe6, 0xc7, 0xe5, 0xe3, 0x20, 0x81, 0x90, 0x98]);
    expect(decodeUpload(legacy)).toBe("Hello سلام\nمي\u200cخواهم پگک");
    expect(detectEncoding(legacy)).toEqual({ encoding: "windows-1256", bomLength: 0 });
  });

  test("with UTF-8 chosen, Windows-1256 bytes are invalid UTF-8, with the offset of the first bad byte", () => {
    const problem = problemOf(() => decodeUpload(bytes("Hello ", [0xd3, 0xe1, 0xc7, 0xe3]), { encoding: "utf-8" }));
    expect(problem).toBeInstanceOf(ImportProblem);
    expect(problem.code).toBe("invalid-utf8");
    expect(problem.params).toEqual({ offset: 6, byte: "0xD3" });
  });

  test("bytes that are neither UTF-8 nor Arabic-script Windows-1256 are refused (Latin-1 French)", () => {
    // "Un été à Paris" in Latin-1: E9 and E0 read as é and à in Windows-1256 too, which is no Arabic text.
    expect(problemOf(() => decodeUpload(bytes("Un ", [0xe9], "t", [0xe9], " ", [0xe0], " Paris")))).toMatchObject({ code: "invalid-utf8", params: { offset: 3, byte: "0xE9" } });
  });

  test("a Latin-script file with a couple of stray high bytes is refused as invalid UTF-8, not read as Windows-1256", () => {
    // FF FE read as ے and a right-to-left mark in Windows-1256: one "Arabic letter" beside ten Latin ones.
    const damaged = bytes("Hello ", [0xff, 0xfe], " world");
    expect(problemOf(() => decodeUpload(damaged))).toMatchObject({ code: "invalid-utf8", params: { offset: 6, byte: "0xFF" } });
    // Chosen, it decodes as asked.
    expect(decodeUpload(damaged, { encoding: "windows-1256" })).toBe("Hello \u06d2\u200f world");
  });

  test("a UTF-8 Persian file cut short inside its last character is refused as invalid UTF-8, not read as Windows-1256", () => {
    // Read as Windows-1256, each Persian letter's two bytes became a letter and a symbol: سلام as ط³ظ„ط§ظ….
    const persian = utf8("سلام، امروز نامه‌ای به رهبر انقلاب رسید و او پاسخ داد");
    const cut = persian.subarray(0, persian.length - 1);
    expect(problemOf(() => decodeUpload(cut))).toMatchObject({ code: "invalid-utf8", params: { offset: cut.length - 1 } });
  });

  test("a term list of English columns and a few Arabic words in Windows-1256 is still detected", () => {
    const csv = "concept_label,lang,term,status\nZionist entity,ar,الكيان الصهيوني,preferred\nZionist entity,en,Zionist entity,admitted\n";
    const cp1256 = new Map(Array.from({ length: 256 }, (_, byte) => [new TextDecoder("windows-1256").decode(Uint8Array.of(byte)), byte]));
    const legacy = Uint8Array.from([...csv].map((char) => cp1256.get(char)!));
    expect(detectEncoding(legacy)).toEqual({ encoding: "windows-1256", bomLength: 0 });
    expect(decodeUpload(legacy)).toBe(csv);
  });

  test("Windows-1256 chosen explicitly decodes even what detection would doubt", () => {
    expect(decodeUpload(bytes("caf", [0xe9]), { encoding: "windows-1256" })).toBe("café");
  });

  test("Windows-1256 decoding is lossless: its 128 upper bytes are 128 distinct characters", () => {
    const upper = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const text = [...decodeChunks(upper, { encoding: "windows-1256", bomLength: 0 })].join("");
    expect([...text].length).toBe(128);
    expect(new Set(text).size).toBe(128);
    expect(text).not.toContain("\ufffd");
  });

  test("a truncated sequence at the end is reported at its lead byte", () => {
    expect(problemOf(() => decodeUpload(bytes("ab", [0xd8]), { encoding: "utf-8" }))).toMatchObject({ code: "invalid-utf8", params: { offset: 2 } });
  });

  test("UTF-16 LE and BE with a BOM are decoded, Persian and ZWNJ included", () => {
    const text = "سلام\u200cها\r\nHi";
    const le = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect(decodeUpload(Uint8Array.from(le))).toBe("سلام\u200cها\nHi");
    expect(decodeUpload(Uint8Array.from(be))).toBe("سلام\u200cها\nHi");
    expect(detectEncoding(Uint8Array.from(be), "windows-1256")).toEqual({ encoding: "utf-16be", bomLength: 2 });
  });

  test("UTF-16 that does not decode (a lone surrogate, an odd byte) is refused", () => {
    expect(problemOf(() => decodeUpload(bytes([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00])))).toMatchObject({ code: "invalid-encoding", params: { encoding: "UTF-16LE" } });
    expect(problemOf(() => decodeUpload(bytes([0xff, 0xfe], [0x41, 0x00, 0x42])))).toMatchObject({ code: "invalid-encoding" });
  });

  test("UTF-16 LE without a BOM is recognized by its NUL bytes, also for Persian text, and decodes when chosen", () => {
    const persian = "سلام دنیا، این یک متن است. ".repeat(20);
    const le = new Uint8Array(persian.length * 2);
    for (let i = 0; i < persian.length; i++) {
      le[2 * i] = persian.charCodeAt(i) & 0xff;
      le[2 * i + 1] = persian.charCodeAt(i) >> 8;
    }
    expect(problemOf(() => decodeUpload(le)).params).toEqual({ encoding: "UTF-16", byteOrder: "LE", hint: "choose-encoding" });
    expect(decodeUpload(le, { encoding: "utf-16le" })).toBe(persian);
  });

  test("UTF-32 is reported as such", () => {
    expect(problemOf(() => decodeUpload(bytes([0xff, 0xfe, 0, 0], [0x48, 0, 0, 0]))).params).toMatchObject({ encoding: "UTF-32" });
  });

  test("a PDF, a .docx (zip) and an old .doc are binary", () => {
    const pdf = bytes("%PDF-1.7\n", [0x25, 0xe2, 0xe3, 0xcf, 0xd3], "\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    expect(problemOf(() => decodeUpload(pdf))).toMatchObject({ code: "binary", params: { reason: "signature", format: "pdf" } });
    const docx = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0], "[Content_Types].xml");
    expect(problemOf(() => decodeUpload(docx))).toMatchObject({ code: "binary", params: { format: "zip" } });
    const doc = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(problemOf(() => decodeUpload(doc))).toMatchObject({ code: "binary", params: { format: "ole" } });
  });

  test("NUL bytes that are not UTF-16 mean binary", () => {
    expect(problemOf(() => decodeUpload(bytes("some text", [0], "more text here")))).toMatchObject({
      code: "binary",
      params: { reason: "nul-bytes" },
    });
  });

  test("text full of control characters is binary; a stray one is not", () => {
    const noisy = bytes(...Array.from({ length: 40 }, () => [0x01, 0x02, 0x41, 0x42, 0x1b]));
    expect(problemOf(() => decodeUpload(noisy))).toMatchObject({ code: "binary", params: { reason: "control-characters" } });
    expect(decodeUpload(bytes("A text file ending in a DOS end-of-file mark.", [0x1a]))).toBe("A text file ending in a DOS end-of-file mark.\u001a");
  });

  test("the size is checked before anything else, on the byte length", () => {
    const big = new Uint8Array(MAX_TEXT_BYTES + 1); // all NUL: would be "binary" if it were looked at
    expect(problemOf(() => decodeUpload(big))).toMatchObject({ code: "too-large", params: { size: MAX_TEXT_BYTES + 1, limit: MAX_TEXT_BYTES } });
  });
});

describe("prepareText", () => {
  test("strips a BOM and normalizes line ends, and is idempotent", () => {
    const once = prepareText("\ufeffa\r\n\r\nb\rc");
    expect(once).toBe("a\n\nb\nc");
    expect(prepareText(once)).toBe(once);
  });

  test("a 20 MB string is too large", () => {
    const huge = "a".repeat(20 * 1024 * 1024);
    expect(problemOf(() => prepareText(huge))).toMatchObject({ code: "too-large", params: { size: 20 * 1024 * 1024, limit: MAX_TEXT_BYTES } });
  });

  test("the limit is on UTF-8 bytes, not characters", () => {
    const persian = "س".repeat(MAX_TEXT_BYTES / 2 + 1); // 2 bytes each: over the limit with half as many characters
    expect(problemOf(() => prepareText(persian))).toMatchObject({ code: "too-large", params: { size: MAX_TEXT_BYTES + 2 } });
    expect(prepareText("a".repeat(MAX_TEXT_BYTES)).length).toBe(MAX_TEXT_BYTES);
  });

  test("a NUL character cannot be stored and is refused as binary", () => {
    expect(problemOf(() => prepareText("abc\u0000def"))).toMatchObject({ code: "binary", params: { reason: "nul-bytes" } });
  });
});

describe("utf8ByteLength and findInvalidUtf8", () => {
  test("counts like TextEncoder", () => {
    for (const text of ["", "abc", "é", "سلام", "€", "😀", "a\u200cb", "\ud800"]) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  test("finds overlong forms, surrogates, out-of-range and stray continuation bytes", () => {
    expect(findInvalidUtf8(utf8("valid سلام 😀"))).toBe(-1);
    expect(findInvalidUtf8(bytes("x", [0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(findInvalidUtf8(bytes("xy", [0xe0, 0x80, 0x80]))).toBe(2); // overlong
    expect(findInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toBe(0); // UTF-16 surrogate
    expect(findInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(bytes("ok", [0x80]))).toBe(2); // continuation without a lead
    expect(findInvalidUtf8(bytes([0xf5]))).toBe(0);
  });
});
