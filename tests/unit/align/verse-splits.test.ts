// A literal translation verse by verse against an original printed without punctuation, the English cutting a verse
// in two paragraphs at a sentence end: each piece of that verse is a sentence, the verse in the original one sentence.
// A row's sentence pass looking for seams (pair-seams.ts, plan-alignment.ts) then had no sentence to pair the second
// piece with, left it alone (cheaper than a join at the seam price) and cut the true 2-1 link into a 1-1 link and an
// omission, on the very documents issue 10 saw the aligner fail on. Psalm 106:1-3 in the King James Version (1769)
// and the Smith-Van Dyck Arabic Bible (1865), both in the public domain (../shared/bench/data/bible), the Arabic's
// punctuation removed as bench/stress.ts removes it.
import { describe, expect, it } from "vitest";
import { alignPair } from "@/lib/core/align";
import { planAlignment } from "@/lib/core/jobs";
import { withoutPunctuation } from "@/bench/stress";
import { expectValidLinks, shape } from "./helpers";

const EN = [
  "Praise ye the LORD.",
  "O give thanks unto the LORD; for he is good: for his mercy endureth for ever.",
  "Who can utter the mighty acts of the LORD?",
  "who can shew forth all his praise?",
  "Blessed are they that keep judgment, and he that doeth righteousness at all times.",
];

const AR = [
  "هللويا. احمدوا الرب لانه صالح لان الى الابد رحمته\u200e.",
  "\u200eمن يتكلم بجبروت الرب من يخبر بكل تسابيحه\u200e.",
  "\u200eطوبى للحافظين الحق وللصانع البر في كل حين\u200e.",
].map(withoutPunctuation);

const TRUTH = [
  { source: [0, 1], target: [0] },
  { source: [2, 3], target: [1] },
  { source: [4], target: [2] },
];

describe("verses the English split in two, against an original without punctuation", () => {
  it("are linked 2-1 by the pair aligner, not cut into a 1-1 link and an omission", () => {
    const { links } = alignPair({ lang: "en", units: EN }, { lang: "ar", units: AR });
    expectValidLinks(links, EN.length, AR.length);
    expect(shape(links)).toEqual(TRUTH);
  });

  it("stay one row each in an import's plan, which says which text marks few sentences", () => {
    const plan = planAlignment({ texts: [{ lang: "en", units: EN }, { lang: "ar", units: AR }], pivot: "en" });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.unmarked).toEqual(["ar"]);
    expect(plan.rows.map((row) => ({ source: row.cells.en, target: row.cells.ar }))).toEqual(TRUTH);
  });

  it("with the Arabic's punctuation kept, are linked the same, and the plan names no text as marking few sentences", () => {
    const punctuated = ["هللويا. احمدوا الرب لانه صالح لان الى الابد رحمته.", "من يتكلم بجبروت الرب. من يخبر بكل تسابيحه.", "طوبى للحافظين الحق وللصانع البر في كل حين."];
    const plan = planAlignment({ texts: [{ lang: "en", units: EN }, { lang: "ar", units: punctuated }], pivot: "en" });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.unmarked).toBeUndefined();
    expect(plan.rows.map((row) => ({ source: row.cells.en, target: row.cells.ar }))).toEqual(TRUTH);
  });
});
