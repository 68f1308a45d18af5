// How often one language cuts a sentence of the other in several is read from the document (split-prior.ts): the
// Arabic Bible ends a sentence wherever the English has a colon or a semicolon, and a row's short Arabic sentence
// ("and it was so") belongs with the English sentence it was cut from, not alone.
import { describe, expect, it } from "vitest";
import { alignSentences, sentenceRatios } from "@/lib/core/align";
import { BEADS, DEFAULT_PARAMS } from "@/lib/core/align/model";
import { splitBeadCosts } from "@/lib/core/align/split-prior";

// Genesis 1:15 and 1:27, King James Version and Smith & Van Dyck Arabic (1865), both public domain.
const GENESIS_1_15 = {
  en: "And let them be for lights in the firmament of the heaven to give light upon the earth: and it was so.",
  ar: "وتكون انوارا في جلد السماء لتنير على الارض. وكان كذلك.",
};
const GENESIS_1_27 = {
  en: "So God created man in his own image, in the image of God created he him; male and female created he them.",
  ar: "فخلق الله الانسان على صورته. على صورة الله خلقه. ذكرا وانثى خلقهم.",
};

const bead = (a: number, b: number) => BEADS.findIndex(([x, y]) => x === a && y === b);
const cells = (verse: { en: string; ar: string }) => [
  { lang: "en", texts: [verse.en] },
  { lang: "ar", texts: [verse.ar] },
];

describe("splitBeadCosts", () => {
  it("makes a split as cheap as a geometric number of pieces with the document's mean says", () => {
    const costs = splitBeadCosts(1.5, BEADS, DEFAULT_PARAMS.beadCost);
    expect(costs[bead(1, 2)]).toBeCloseTo(-Math.log(1 - 1 / 1.5), 6);
    expect(costs[bead(1, 3)]).toBeCloseTo(-2 * Math.log(1 - 1 / 1.5), 6);
    // Joins (the other way) and every other shape keep their prior.
    for (const [a, b] of [[1, 1], [1, 0], [0, 1], [2, 1], [2, 2], [3, 1], [3, 2], [2, 3]] as const) {
      expect(costs[bead(a, b)]).toBe(DEFAULT_PARAMS.beadCost[bead(a, b)]);
    }
    expect(splitBeadCosts(1 / 1.5, BEADS, DEFAULT_PARAMS.beadCost)[bead(2, 1)]).toBeCloseTo(-Math.log(1 - 1 / 1.5), 6);
  });

  it("changes nothing where the languages cut sentences alike", () => {
    expect(splitBeadCosts(1.03, BEADS, DEFAULT_PARAMS.beadCost)).toEqual(DEFAULT_PARAMS.beadCost);
    expect(splitBeadCosts(0.97, BEADS, DEFAULT_PARAMS.beadCost)).toEqual(DEFAULT_PARAMS.beadCost);
    expect(splitBeadCosts(Number.NaN, BEADS, DEFAULT_PARAMS.beadCost)).toEqual(DEFAULT_PARAMS.beadCost);
  });
});

describe("sentenceRatios", () => {
  it("sums the rows that have both languages and shrinks toward 1 by eight pivot sentences", () => {
    const rows = [
      { en: 1, ar: 2 },
      { en: 2, ar: 3 },
      { en: 1, ar: 0 }, // no Arabic: not counted
      { en: 0, ar: 1 }, // no English: not counted
    ];
    expect(sentenceRatios(rows, "en")).toEqual({ ar: (5 + 8) / (3 + 8) });
    expect(sentenceRatios([{ en: 1 }], "en")).toEqual({});
  });
});

describe("alignSentences with the document's sentence ratios", () => {
  it("groups the Arabic sentences cut from one English sentence", () => {
    // Omissions priced as a paragraph's (cheap for a short piece), not the sentence pass's constant, which groups
    // such pieces by itself: what the ratio adds.
    const model = { nullCost: DEFAULT_PARAMS.nullCost, nullCostPerLetter: DEFAULT_PARAMS.nullCostPerLetter };
    for (const verse of [GENESIS_1_15, GENESIS_1_27]) {
      const alone = alignSentences(cells(verse), { pivot: "en", model });
      expect(alone.length).toBeGreaterThan(1);
      const links = alignSentences(cells(verse), { pivot: "en", unitRatios: { ar: 1.5 }, model });
      expect(links).toHaveLength(1);
      expect(links[0]!.spans.ar).toHaveLength(verse.ar.split(".").filter((piece) => piece.trim()).length);
    }
  });

  it("leaves a row of news, whose ratio is about 1, as it was", () => {
    const news = [
      { lang: "en", texts: ["The minister arrived on Monday. He met the president; they spoke for an hour."] },
      { lang: "ar", texts: ["وصل الوزير يوم الاثنين. والتقى بالرئيس وتحدثا لمدة ساعة."] },
    ];
    expect(alignSentences(news, { pivot: "en", unitRatios: { ar: 1.03 } })).toEqual(alignSentences(news, { pivot: "en" }));
  });
});
