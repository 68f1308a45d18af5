// A literal, annotated translation puts the translator's explanations in square brackets. They have no counterpart
// in the original, so the length signal leaves them out (fold.ts letterCount): counted, they make an English verse
// look like two of the original's, and the aligner merges it with the next and leaves a verse out further on (the
// failure issue 10 reports on annotated translations of classical Arabic).
import { describe, expect, it } from "vitest";
import { alignPair } from "@/lib/core/align";
import { prepareText } from "@/lib/core/align/align-pair";
import { expectValidLinks, shape } from "./helpers";

// Psalm 119:9-16, King James Version, with explanatory insertions written for this test; Smith & Van Dyck Arabic
// (1865). Both public domain.
const EN = [
  "BETH. Wherewithal shall a young man cleanse his way [that is, by what means shall one who is young keep the path of his life pure]? by taking heed thereto according to thy word.",
  "With my whole heart have I sought thee: O let me not wander from thy commandments.",
  "Thy word have I hid in mine heart [that is, I have laid up thy sayings within me, as one lays up a treasure], that I might not sin against thee.",
  "Blessed art thou, O LORD: teach me thy statutes.",
  "With my lips have I declared all the judgments of thy mouth [that is, I have told aloud every decree that thou hast spoken].",
  "I have rejoiced in the way of thy testimonies, as much as in all riches.",
  "I will meditate in thy precepts [that is, I will think upon thy commandments by day and by night], and have respect unto thy ways.",
  "I will delight myself in thy statutes: I will not forget thy word.",
];
const AR = [
  "ب ـ بم يزكي الشاب طريقه. بحفظه اياه حسب كلامك\u200e.",
  "\u200eبكل قلبي طلبتك. لا تضلني عن وصاياك\u200e.",
  "\u200eخبأت كلامك في قلبي لكيلا اخطئ اليك\u200e.",
  "\u200eمبارك انت يا رب. علمني فرائضك\u200e.",
  "\u200eبشفتيّ حسبت كل احكام فمك\u200e.",
  "\u200eبطريق شهاداتك فرحت كما على كل الغنى\u200e.",
  "\u200eبوصاياك الهج والاحظ سبلك\u200e.",
  "\u200eبفرائضك اتلذذ. لا انسى كلامك",
];

describe("square-bracketed insertions", () => {
  it("do not count toward a unit's length", () => {
    const annotated = prepareText({ lang: "en", units: [EN[2]!] });
    const plain = prepareText({ lang: "en", units: [EN[2]!.replace(/ \[[^\]]*\]/, "")] });
    expect(annotated.prefix[1]).toBe(plain.prefix[1]);
  });

  it("leave an annotated translation linked verse by verse", () => {
    const { links } = alignPair({ lang: "en", units: EN }, { lang: "ar", units: AR });
    expectValidLinks(links, EN.length, AR.length);
    expect(shape(links)).toEqual(EN.map((_, k) => ({ source: [k], target: [k] })));
  });
});
