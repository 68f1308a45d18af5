import { describe, expect, it } from "vitest";
import { computeTermFlags, type RowTerms } from "@/lib/core/terms/flags";
import { compileTermBase, matchTerms } from "@/lib/core/terms/matcher";
import type { TermBase } from "@/lib/core/terms/types";

const BASE: TermBase = {
  concepts: [
    {
      id: 1,
      label: "Israeli state: Zionist regime",
      renderings: [
        { id: 11, lang: "en", text: "Zionist regime", status: "preferred" },
        { id: 12, lang: "en", text: "the Zionist entity", status: "admitted" },
        { id: 13, lang: "en", text: "Israeli regime", status: "deprecated" },
        { id: 14, lang: "fa", text: "رژیم صهیونیستی", status: "preferred" },
        { id: 15, lang: "ar", text: "الكيان الصهيوني", status: "preferred" },
      ],
    },
    {
      id: 2,
      label: "Jerusalem",
      renderings: [
        { id: 21, lang: "en", text: "Quds", status: "admitted" },
        { id: 22, lang: "en", text: "Jerusalem", status: "admitted" },
        { id: 23, lang: "fa", text: "قدس", status: "preferred" },
        { id: 24, lang: "ar", text: "القدس", status: "preferred" },
      ],
    },
    { id: 3, label: "Gaza", renderings: [{ id: 31, lang: "fa", text: "غزه", status: "preferred" }] },
  ],
};
const COMPILED = compileTermBase(BASE);

/** A row from its texts: every language given has text. */
function row(rowId: number, texts: Record<string, string>): RowTerms {
  return { rowId, matches: Object.fromEntries(Object.entries(texts).map(([lang, text]) => [lang, matchTerms(COMPILED, text, lang)])) };
}

const brief = (flags: ReturnType<typeof computeTermFlags>) => flags.map((f) => [f.rowId, f.kind, f.conceptId, f.found, f.expected]);

describe("computeTermFlags", () => {
  it("flags a deprecated rendering with the preferred one expected, naming the sources", () => {
    const flags = computeTermFlags([row(7, { en: "against the Israeli regime", fa: "با رژیم صهیونیستی", ar: "ضد الكيان الصهيوني" })], BASE);
    expect(flags).toEqual([
      {
        rowId: 7,
        conceptId: 1,
        concept: "Israeli state: Zionist regime",
        lang: "en",
        found: "Israeli regime",
        expected: "Zionist regime",
        kind: "deprecated",
        foundRenderingId: 13,
        expectedRenderingId: 11,
        sources: [
          { lang: "fa", text: "رژیم صهیونیستی" },
          { lang: "ar", text: "الكيان الصهيوني" },
        ],
      },
    ]);
  });

  it("flags an admitted rendering as not preferred, unless the row also has the preferred one", () => {
    expect(brief(computeTermFlags([row(1, { en: "the Zionist entity", fa: "رژیم صهیونیستی" })], BASE))).toEqual([
      [1, "not-preferred", 1, "the Zionist entity", "Zionist regime"],
    ]);
    expect(brief(computeTermFlags([row(1, { en: "the Zionist regime, the Zionist entity", fa: "رژیم صهیونیستی" })], BASE))).toEqual([]);
  });

  it("flags a possible omission when the source names the concept and the English does not", () => {
    expect(brief(computeTermFlags([row(4, { en: "the regime", ar: "الكيان الصهيوني" })], BASE))).toEqual([
      [4, "missing", 1, null, "Zionist regime"],
    ]);
  });

  it("uses the first admitted rendering as expected where there is no preferred one", () => {
    expect(brief(computeTermFlags([row(4, { en: "the city", fa: "قدس" })], BASE))).toEqual([[4, "missing", 2, null, "Quds"]]);
  });

  it("does not flag rows without English, or concepts without English renderings", () => {
    expect(computeTermFlags([row(1, { fa: "رژیم صهیونیستی" }), row(2, { en: "Gaza", fa: "غزه" })], BASE)).toEqual([]);
  });

  it("does not flag English terms the source does not name", () => {
    expect(computeTermFlags([row(1, { en: "the Israeli regime", fa: "دولت" })], BASE)).toEqual([]);
  });

  it("flags a rendering that differs from the one used around it", () => {
    const rows = [
      row(1, { en: "Quds", fa: "قدس" }),
      row(2, { en: "Quds", fa: "قدس" }),
      row(3, { en: "Jerusalem", fa: "قدس" }),
      row(4, { en: "Quds", fa: "قدس" }),
    ];
    expect(brief(computeTermFlags(rows, BASE))).toEqual([[3, "inconsistent", 2, "Jerusalem", "Quds"]]);
  });

  it("breaks a tie in favour of the rendering used first", () => {
    const rows = [row(1, { en: "Jerusalem", fa: "قدس" }), row(2, { en: "Quds", fa: "قدس" })];
    expect(brief(computeTermFlags(rows, BASE))).toEqual([[2, "inconsistent", 2, "Quds", "Jerusalem"]]);
  });

  it("compares only rows within the window", () => {
    const rows = [row(1, { en: "Quds" }), row(2, { en: "-" }), row(3, { en: "-" }), row(4, { en: "Jerusalem" })];
    expect(computeTermFlags(rows, BASE, { window: 2 })).toEqual([]);
    expect(brief(computeTermFlags(rows, BASE, { window: 3 }))).toEqual([[4, "inconsistent", 2, "Jerusalem", "Quds"]]);
  });

  it("does not call a row inconsistent when it also uses the usual rendering", () => {
    const rows = [row(1, { en: "Quds" }), row(2, { en: "Quds, that is Jerusalem" })];
    expect(computeTermFlags(rows, BASE)).toEqual([]);
  });

  it("takes the target and source languages as options", () => {
    const arabicTarget: TermBase = {
      concepts: [{ ...BASE.concepts[0]!, renderings: [...BASE.concepts[0]!.renderings, { id: 16, lang: "ar", text: "الاحتلال", status: "deprecated" }] }],
    };
    const compiled = compileTermBase(arabicTarget);
    const rows: RowTerms[] = [{ rowId: 1, matches: { fa: matchTerms(compiled, "رژیم صهیونیستی", "fa"), ar: matchTerms(compiled, "الاحتلال", "ar") } }];
    expect(brief(computeTermFlags(rows, arabicTarget, { target: "ar", sources: ["fa"] }))).toEqual([[1, "deprecated", 1, "الاحتلال", "الكيان الصهيوني"]]);
  });
});
