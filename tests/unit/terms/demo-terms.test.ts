// The demo term base (prisma/demo/termbase.tbx) over the demo document's gold rows (prisma/demo/gold.json): the
// flags a reviewer sees when the demo opens, starting with the intro's "Israeli regime" where the Persian and the
// Arabic say "Zionist regime".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeUpload, parseText } from "@/lib/core/import";
import { computeTermFlags, type RowTerms } from "@/lib/core/terms/flags";
import { compileTermBase, matchTerms } from "@/lib/core/terms/matcher";
import { suggestPreferredRenderings } from "@/lib/core/terms/suggest";
import { readTbx } from "@/lib/core/terms/tbx";
import { DEMO_DIR, DEMO_LANGS, demoBytes, demoGold } from "../../support/demo";

const termBase = readTbx(readFileSync(join(DEMO_DIR, "termbase.tbx"), "utf8"));
const compiled = compileTermBase(termBase);
const gold = demoGold();
const paragraphs = Object.fromEntries(
  DEMO_LANGS.map((lang) => [lang, parseText(decodeUpload(demoBytes(lang)), { lang, format: "plain" }).paragraphs.map((p) => p.text)]),
);
/** The gold rows, numbered from 0, each language's paragraphs joined as the workbench shows them. */
const rowTexts = gold.rows.map((row) =>
  Object.fromEntries(DEMO_LANGS.filter((lang) => (row[lang] ?? []).length > 0).map((lang) => [lang, row[lang]!.map((k) => paragraphs[lang]![k]!)])),
);
const rows: RowTerms[] = rowTexts.map((texts, rowId) => ({
  rowId,
  matches: Object.fromEntries(Object.entries(texts).map(([lang, list]) => [lang, list.flatMap((text) => matchTerms(compiled, text, lang))])),
}));
const flags = computeTermFlags(rows, termBase);

describe("the demo term base", () => {
  it("reads without problems", () => {
    expect(termBase.problems).toEqual([]);
    expect(termBase.concepts).toHaveLength(18);
  });

  it("flags the intro row: “Israeli regime” where the sources say Zionist regime", () => {
    expect(rowTexts[2]!.en![0]).toMatch(/^In a letter to Leader of the Islamic Revolution/);
    expect(flags.filter((f) => f.rowId === 2)).toEqual([
      {
        rowId: 2,
        conceptId: "israeli-state-zionist-regime",
        concept: "Israeli state: “Zionist regime”",
        lang: "en",
        found: "Israeli regime",
        expected: "Zionist regime",
        kind: "deprecated",
        foundRenderingId: "israeli-state-zionist-regime/3",
        expectedRenderingId: "israeli-state-zionist-regime/1",
        sources: [
          { lang: "fa", text: "رژیم صهیونیستی" },
          { lang: "ar", text: "الكيان الصهيوني" },
        ],
      },
    ]);
  });

  it("finds the intro's terms in all three texts", () => {
    const surfaces = (lang: string) => {
      const text = rowTexts[2]![lang]![0]!;
      return matchTerms(compiled, text, lang).map((m) => [m.conceptId, text.slice(m.start, m.end)]);
    };
    expect(surfaces("en")).toEqual([
      ["leader-of-the-revolution", "Leader of the Islamic Revolution"],
      ["resistance", "resistance"],
      ["israeli-state-zionist-regime", "Israeli regime"],
    ]);
    expect(surfaces("fa")).toEqual([
      ["leader-of-the-revolution", "رهبر انقلاب اسلامی"],
      ["resistance", "مقاومت"],
      ["israeli-state-zionist-regime", "رژیم صهیونیستی"],
    ]);
    expect(surfaces("ar")).toEqual([
      ["leader-of-the-revolution", "قائد الثورة الإسلامية"],
      ["resistance", "المقاومة"],
      ["israeli-state-zionist-regime", "الكيان الصهيوني"],
    ]);
  });

  it("flags what differs across the whole document, and nothing else", () => {
    expect(flags.map((f) => [f.rowId, f.kind, f.conceptId, f.found, f.expected])).toEqual([
      [2, "deprecated", "israeli-state-zionist-regime", "Israeli regime", "Zionist regime"],
      [5, "deprecated", "israeli-state-zionist-regime", "Israeli regime", "Zionist regime"],
      [12, "not-preferred", "occupied-territories", "Occupied Lands", "occupied territories"],
      [16, "missing", "israeli-state-zionist-occupiers", null, "Zionist occupiers"],
      [20, "inconsistent", "lands-1948", "1948 Occupied Lands", "1948 Lands"],
      [21, "not-preferred", "occupied-territories", "Occupied Lands", "occupied territories"],
      [22, "not-preferred", "israeli-state-occupation", "occupiers", "the occupying regime"],
    ]);
  });

  it("suggests the intro with the preferred rendering", () => {
    const text = rowTexts[2]!.en![0]!;
    const suggestion = suggestPreferredRenderings({ text, matches: matchTerms(compiled, text, "en"), flags: flags.filter((f) => f.rowId === 2), compiled });
    expect(suggestion.replacements).toEqual([{ start: 210, end: 224, found: "Israeli regime", replacement: "Zionist regime" }]);
    expect(suggestion.text).toBe(text.replace("against the Israeli regime", "against the Zionist regime"));
    expect(suggestion.diff.filter((p) => p.added || p.removed)).toEqual([
      { value: "Israeli", removed: true },
      { value: "Zionist", added: true },
    ]);
  });
});
