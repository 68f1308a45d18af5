import { describe, expect, it } from "vitest";
import { readTermCsv, writeTermCsv } from "@/lib/core/terms/csv";
import { readTermFile } from "@/lib/core/terms/read-term-file";
import type { TermBase } from "@/lib/core/terms/types";

const BASE: TermBase = {
  concepts: [
    {
      id: "zionist-regime",
      label: "Israeli state, as \"Zionist regime\"",
      domain: "politics",
      note: "Keep the sources' framing;\nsee the style guide.",
      renderings: [
        { id: "zionist-regime/1", lang: "en", text: "Zionist regime", status: "preferred", note: "loaded, the sources' word" },
        { id: "zionist-regime/2", lang: "en", text: "Israeli regime", status: "deprecated" },
        { id: "zionist-regime/3", lang: "fa", text: "رژیم صهیونیستی", status: "preferred" },
      ],
    },
    { id: "quds", label: "Quds", renderings: [{ id: "quds/1", lang: "ar", text: "القدس", status: "admitted" }] },
  ],
};

describe("CSV round trip", () => {
  it("writes one record per rendering with RFC 4180 quoting", () => {
    expect(writeTermCsv(BASE)).toBe(
      "concept_id,concept_label,domain,concept_note,lang,term,status,term_note\r\n" +
        'zionist-regime,"Israeli state, as ""Zionist regime""",politics,"Keep the sources\' framing;\nsee the style guide.",en,Zionist regime,preferred,"loaded, the sources\' word"\r\n' +
        'zionist-regime,"Israeli state, as ""Zionist regime""",politics,"Keep the sources\' framing;\nsee the style guide.",en,Israeli regime,deprecated,\r\n' +
        'zionist-regime,"Israeli state, as ""Zionist regime""",politics,"Keep the sources\' framing;\nsee the style guide.",fa,رژیم صهیونیستی,preferred,\r\n' +
        "quds,Quds,,,ar,القدس,admitted,\r\n",
    );
  });

  it("reads back what it writes", () => {
    expect(readTermCsv(writeTermCsv(BASE))).toEqual({ format: "csv", concepts: BASE.concepts, problems: [] });
  });

  it("is chosen by content", () => {
    expect(readTermFile(writeTermCsv(BASE)).format).toBe("csv");
  });
});

describe("readTermCsv: other spreadsheets", () => {
  it("takes headers in any order and case, a BOM, semicolons, TBX statuses and labels as concept keys", () => {
    const csv = "\ufeffTerm;Lang;Concept Label;Status\nZionist regime;en;Zionist regime;preferredTerm-admn-sts\nرژیم صهیونیستی;fa;Zionist regime;\n";
    expect(readTermCsv(csv)).toEqual({
      format: "csv",
      concepts: [
        {
          id: "c1",
          label: "Zionist regime",
          renderings: [
            { id: "c1/1", lang: "en", text: "Zionist regime", status: "preferred" },
            { id: "c1/2", lang: "fa", text: "رژیم صهیونیستی", status: "admitted" },
          ],
        },
      ],
      problems: [],
    });
  });
});

describe("readTermCsv: bad input", () => {
  it("reports an unclosed quote with its line and reads nothing", () => {
    const result = readTermCsv('concept_id,lang,term\nc1,en,Quds\nc1,en,"Jerusalem\nc2,en,x\n');
    expect(result.concepts).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.severity, p.line])).toEqual([["malformed-csv", "error", 3]]);
  });

  it("reports a record with the wrong number of fields with its line", () => {
    const result = readTermCsv("concept_id,lang,term\nc1,en,Quds\nc1,en\n");
    expect(result.problems.map((p) => [p.code, p.line, p.params.reason])).toEqual([["malformed-csv", 3, "expect 3, got 2 on line 3"]]);
  });

  it("reports a missing column", () => {
    expect(readTermCsv("concept_id,term\nc1,Quds\n").problems.map((p) => [p.code, p.params.column])).toEqual([["missing-column", "lang"]]);
    expect(readTermCsv("lang,term\nen,Quds\n").problems.map((p) => [p.code, p.params.column])).toEqual([["missing-column", "concept_id"]]);
    expect(readTermCsv("").problems.map((p) => p.code)).toEqual(["missing-column"]);
    // The header decides before the body is read: a body that is not CSV at all does not hide the missing columns.
    expect(readTermCsv(`word\n${" \n".repeat(1000)}"open`).problems.map((p) => [p.code, p.params.column, p.line])).toEqual([["missing-column", "lang", 1]]);
    // A header read only with the rest (a blank first line) is still checked.
    expect(readTermCsv("\nconcept_id,term\nc1,Quds\n").problems.map((p) => [p.code, p.params.column])).toEqual([["missing-column", "lang"]]);
  });

  it("reports unknown languages, empty terms, duplicates and conflicting statuses by line", () => {
    const csv = [
      "concept_id,lang,term,status",
      "c1,en,Zionist regime,preferred",
      "c1,tlh,nuqneH,admitted",
      "c1,en,,admitted",
      'c1,en,"zionist  regime",preferred',
      "c1,en,Zionist regime,deprecated",
      "c1,en,Israeli regime,maybe",
    ].join("\n");
    const result = readTermCsv(csv);
    expect(result.concepts[0]!.renderings.map((r) => [r.text, r.status])).toEqual([
      ["Zionist regime", "preferred"],
      ["Israeli regime", "admitted"],
    ]);
    expect(result.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ["unknown-language", "error", 3],
      ["unknown-status", "warning", 7],
      ["empty-term", "error", 4],
      ["duplicate-rendering", "warning", 5],
      ["conflicting-status", "error", 6],
    ]);
  });

  it("counts lines of multi-line fields", () => {
    const csv = 'concept_id,concept_note,lang,term\nc1,"one\ntwo\nthree",en,Quds\nc2,,xx,Jerusalem\n';
    expect(readTermCsv(csv).problems.map((p) => [p.code, p.line])).toEqual([
      ["unknown-language", 5],
      ["empty-concept", 5],
    ]);
  });

  it("stops at the concept limit", () => {
    const result = readTermCsv("concept_id,lang,term\nc1,en,a\nc2,en,b\nc3,en,c\n", { maxConcepts: 2 });
    expect(result.concepts).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([["too-many-entries", 4]]);
  });
});
