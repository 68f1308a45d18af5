import { describe, expect, test } from "vitest";
import { createJsonlWriter, createTsvWriter, readJsonl, readTsv } from "@/lib/core/formats";
import { info, inPieces, problemOfAsync, readAll, UNITS, writeAll } from "./helpers";

const TSV = [
  "en\tfa\tar\tstatus\tscore\tdocument",
  'Tom & Jerry said "<hello>".\tتام و جری گفتند «سلام».\tقال توم وجيري «مرحبا».\tconfirmed\t1\tLetter & reply',
  "I want to go.\tمی\u200cخواهم بروم.\t\tauto\t0.9731\tLetter & reply",
  "",
].join("\n");

describe("TSV", () => {
  test("writes a header and one line per unit, an empty field for a missing counterpart", () => {
    expect(writeAll(createTsvWriter(info(["en", "fa", "ar"])), UNITS)).toBe(TSV);
  });

  test("escapes tabs, line breaks and backslashes so that a unit stays one line, and reads them back", async () => {
    const unit = { id: "1", texts: { en: "a\tb\nc\\n", fa: "د\r\nه" }, status: "auto" as const, score: 0.5, document: "D" };
    const out = writeAll(createTsvWriter(info(["en", "fa"])), [unit]);
    expect(out).toBe("en\tfa\tstatus\tscore\tdocument\na\\tb\\nc\\\\n\tد\\r\\nه\tauto\t0.5\tD\n");
    expect(await readAll(readTsv([out]))).toEqual([{ texts: unit.texts, status: "auto", score: 0.5, document: "D", line: 2 }]);
  });

  test("round trip: read, then write again, gives the same file", async () => {
    const units = await readAll(readTsv(inPieces(TSV, 9)));
    expect(units.map((u) => u.texts)).toEqual([UNITS[0]!.texts, { en: "I want to go.", fa: "می\u200cخواهم بروم.", ar: "" }]);
    expect(writeAll(createTsvWriter(info(["en", "fa", "ar"])), units)).toBe(TSV);
  });

  test("a file without a header needs the languages; a line with the wrong number of columns is refused", async () => {
    expect(await problemOfAsync(() => readAll(readTsv(["Hello\tسلام\n"])))).toMatchObject({ code: "tsv-header", params: { line: 1 } });
    expect(await readAll(readTsv(["Hello\tسلام\n"], { langs: ["en", "fa"] }))).toEqual([{ texts: { en: "Hello", fa: "سلام" }, line: 1 }]);
    expect(await problemOfAsync(() => readAll(readTsv(["en\tfa\nHello\tسلام\nBye\n"])))).toMatchObject({ code: "tsv-columns", params: { line: 3, found: 1, expected: 2 } });
    expect(await problemOfAsync(() => readAll(readTsv(["en\tfa\nHello\t\n"])))).toMatchObject({ code: "single-language", params: { lang: "en", line: 2 } });
  });
});

const JSONL =
  '{"id":"1","translation":{"en":"Tom & Jerry said \\"<hello>\\".","fa":"تام و جری گفتند «سلام».","ar":"قال توم وجيري «مرحبا»."},"status":"confirmed","score":1,"document":"Letter & reply","reviewer":"sara@example.org"}\n' +
  '{"id":"2","translation":{"en":"I want to go.","fa":"می\u200cخواهم بروم."},"status":"auto","score":0.9731,"document":"Letter & reply"}\n';

describe("JSONL", () => {
  test("writes one object per unit with a translation per language that has text", () => {
    expect(writeAll(createJsonlWriter(info(["en", "fa", "ar"])), UNITS)).toBe(JSONL);
  });

  test("round trip: read, then write again, gives the same file", async () => {
    const units = await readAll(readJsonl(inPieces(JSONL, 11)));
    expect(units[0]).toEqual({ ...UNITS[0], created: undefined, changed: undefined, line: 1 } as unknown);
    expect(writeAll(createJsonlWriter(info(["en", "fa", "ar"])), units)).toBe(JSONL);
  });

  test("takes the flat shape other tools write", async () => {
    expect(await readAll(readJsonl(['{"en":"Hi","fa":"سلام","score":0.5}\n']))).toEqual([{ texts: { en: "Hi", fa: "سلام" }, score: 0.5, line: 1 }]);
  });

  test("a line that arrives in many pieces is one line, a CR before its LF dropped even in the next piece", async () => {
    const long = `{"en": "${"a".repeat(5000)}", "fa": "${"ب".repeat(5000)}"}`;
    const pieces = [...inPieces(`${long}\r`, 7), "\n", ...inPieces('{"en":"Hi","fa":"سلام"}\n', 3)];
    const units = await readAll(readJsonl(pieces));
    expect(units.map((u) => [u.line, u.texts.en!.length, u.texts.fa!.length])).toEqual([[1, 5000, 5000], [2, 2, 4]]);
  });

  test("bad lines are reported with their number", async () => {
    expect(await problemOfAsync(() => readAll(readJsonl(['{"en":"a","fa":"ب"}\n\n{"en": "x",\n'])))).toMatchObject({ code: "jsonl-syntax", params: { line: 3 } });
    expect(await problemOfAsync(() => readAll(readJsonl(["[1,2]\n"])))).toMatchObject({ code: "jsonl-shape", params: { line: 1 } });
    // Nested deeper than any unit: refused as no unit, without parsing the line.
    expect(await problemOfAsync(() => readAll(readJsonl([`{"en":"a","fa":"ب"}\n{"en": ${"[".repeat(100_000)}\n`])))).toMatchObject({ code: "jsonl-shape", params: { line: 2 } });
    // Brackets inside strings are text.
    expect(await readAll(readJsonl([`{"en":"${"[".repeat(50)}","fa":"ب"}\n`]))).toHaveLength(1);
    expect(await problemOfAsync(() => readAll(readJsonl(['{"translation":{"en":"a","fa":5}}\n'])))).toMatchObject({ code: "jsonl-shape", params: { line: 1 } });
    expect(await problemOfAsync(() => readAll(readJsonl(['{"translation":{"en":"a"}}\n'])))).toMatchObject({ code: "single-language", params: { lang: "en", line: 1 } });
  });
});
