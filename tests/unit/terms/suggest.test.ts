import { describe, expect, it } from "vitest";
import { computeTermFlags } from "@/lib/core/terms/flags";
import { compileTermBase, matchTerms } from "@/lib/core/terms/matcher";
import { suggestPreferredRenderings } from "@/lib/core/terms/suggest";
import type { TermBase } from "@/lib/core/terms/types";

const BASE: TermBase = {
  concepts: [
    {
      id: "regime",
      label: "Zionist regime",
      renderings: [
        { id: "en-pref", lang: "en", text: "Zionist regime", status: "preferred" },
        { id: "en-dep", lang: "en", text: "Israeli regime", status: "deprecated" },
        { id: "en-entity", lang: "en", text: "Zionist entity", status: "deprecated" },
        { id: "fa", lang: "fa", text: "رژیم صهیونیستی", status: "preferred" },
      ],
    },
    {
      id: "occupation",
      label: "the occupying regime",
      renderings: [
        { id: "en-pref", lang: "en", text: "the occupying regime", status: "preferred" },
        { id: "en-occupiers", lang: "en", text: "occupiers", status: "admitted" },
        { id: "ar", lang: "ar", text: "الاحتلال", status: "preferred" },
      ],
    },
    {
      id: "entity",
      label: "the Zionist entity",
      renderings: [
        { id: "en-pref", lang: "en", text: "the Zionist entity", status: "preferred" },
        { id: "en-dep", lang: "en", text: "Israeli regime", status: "deprecated" },
        { id: "ar", lang: "ar", text: "الكيان الصهيوني", status: "preferred" },
      ],
    },
  ],
};
const COMPILED = compileTermBase(BASE);

function suggest(en: string, source: Record<string, string>, base: TermBase = BASE) {
  const compiled = base === BASE ? COMPILED : compileTermBase(base);
  const matches = matchTerms(compiled, en, "en");
  const sourceMatches = Object.fromEntries(Object.entries(source).map(([lang, text]) => [lang, matchTerms(compiled, text, lang)]));
  const flags = computeTermFlags([{ rowId: 1, matches: { en: matches, ...sourceMatches } }], base);
  return suggestPreferredRenderings({ text: en, matches, flags, compiled });
}

describe("suggestPreferredRenderings", () => {
  it("puts the preferred rendering in place of a deprecated one, with its word diff", () => {
    expect(suggest("its war against the Israeli regime.", { fa: "رژیم صهیونیستی" })).toEqual({
      text: "its war against the Zionist regime.",
      replacements: [{ start: 20, end: 34, found: "Israeli regime", replacement: "Zionist regime" }],
      diff: [{ value: "its war against the " }, { value: "Israeli", removed: true }, { value: "Zionist", added: true }, { value: " regime." }],
    });
  });

  it("keeps plural and possessive endings and the apostrophe as written", () => {
    expect(suggest("the Israeli regime’s crimes", { fa: "رژیم صهیونیستی" }).text).toBe("the Zionist regime’s crimes");
    expect(suggest("the Israeli regime's crimes", { fa: "رژیم صهیونیستی" }).text).toBe("the Zionist regime's crimes");
    expect(suggest("both Israeli regimes", { fa: "رژیم صهیونیستی" }).text).toBe("both Zionist regimes");
    expect(suggest("the Israeli regimes' crimes", { fa: "رژیم صهیونیستی" }).text).toBe("the Zionist regimes' crimes");
    expect(suggest("two Zionist entities", { fa: "رژیم صهیونیستی" }).text).toBe("two Zionist regimes");
  });

  it("keeps capitals that the sentence gave, not those of the rendering", () => {
    expect(suggest("Occupiers attacked.", { ar: "الاحتلال" }).text).toBe("The occupying regime attacked.");
    expect(suggest("the occupiers attacked.", { ar: "الاحتلال" }).text).toBe("the occupying regime attacked.");
    expect(suggest("THE ISRAELI REGIME", { fa: "رژیم صهیونیستی" }).text).toBe("THE ZIONIST REGIME");
  });

  it("does not double the article, and does not capitalize after a proper adjective", () => {
    expect(suggest("against the Israeli regime", { ar: "الكيان الصهيوني" }).text).toBe("against the Zionist entity");
    expect(suggest("against Israeli regime", { ar: "الكيان الصهيوني" }).text).toBe("against the Zionist entity");
  });

  it("changes nothing for a missing term or an unflagged row", () => {
    expect(suggest("the regime", { fa: "رژیم صهیونیستی" })).toEqual({ text: "the regime", replacements: [], diff: [{ value: "the regime" }] });
    expect(suggest("the Zionist regime", { fa: "رژیم صهیونیستی" }).replacements).toEqual([]);
  });
});
