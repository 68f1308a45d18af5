import { describe, expect, it } from "vitest";
import { furnitureLines, splitBySentences, type SentenceLink, type SentenceRef } from "@/lib/core/align";

// A sentence link from [unit, start, end] spans per language.
function link(spans: Record<string, Array<[number, number, number]>>, score = 0.9): SentenceLink {
  return {
    spans: Object.fromEntries(Object.entries(spans).map(([lang, refs]) => [lang, refs.map(([unit, start, end]): SentenceRef => ({ unit, start, end }))])),
    score,
  };
}

describe("splitBySentences", () => {
  it("cuts a 2-2 row whose sentences pair up within each paragraph pair, re-counting the units within each part", () => {
    // Each language left a sentence out of a different paragraph, so the totals of the two together balance.
    const row = { cells: { en: [8, 9], fa: [11, 12] }, score: 0.7 };
    const links = [
      link({ en: [[0, 0, 40]], fa: [[0, 0, 38]] }),
      link({ fa: [[0, 39, 90]] }),
      link({ en: [[1, 0, 55]] }),
      link({ en: [[1, 56, 120]], fa: [[1, 0, 60]] }),
    ];
    expect(splitBySentences(row, links)).toEqual([
      { row: { cells: { en: [8], fa: [11] }, score: 0.7 }, links: [links[0], links[1]] },
      { row: { cells: { en: [9], fa: [12] }, score: 0.7 }, links: [link({ en: [[0, 0, 55]] }), link({ en: [[0, 56, 120]], fa: [[0, 0, 60]] })] },
    ]);
  });

  it("leaves a paragraph whose sentences all have no counterpart in a row of its own", () => {
    const row = { cells: { en: [3], fa: [4, 5] }, score: 0.8 };
    const links = [link({ en: [[0, 0, 50]], fa: [[0, 0, 48]] }), link({ fa: [[1, 0, 70]] })];
    expect(splitBySentences(row, links).map((part) => part.row.cells)).toEqual([{ en: [3], fa: [4] }, { fa: [5] }]);
  });

  it("keeps a row whole where a sentence link crosses the paragraphs' boundaries (a moved boundary, a true merge)", () => {
    const moved = { cells: { en: [0, 1], fa: [0, 1] }, score: 0.6 };
    // EN [A B | C D], FA [A B C | D]: C is in the second English paragraph and the first Persian one.
    const movedLinks = [
      link({ en: [[0, 0, 10]], fa: [[0, 0, 10]] }),
      link({ en: [[0, 11, 20]], fa: [[0, 11, 20]] }),
      link({ en: [[1, 0, 10]], fa: [[0, 21, 30]] }),
      link({ en: [[1, 11, 20]], fa: [[1, 0, 10]] }),
    ];
    expect(splitBySentences(moved, movedLinks)).toEqual([{ row: moved, links: movedLinks }]);
    const merge = { cells: { en: [2], fa: [2, 3] }, score: 0.9 };
    const mergeLinks = [link({ en: [[0, 0, 10]], fa: [[0, 0, 10]] }), link({ en: [[0, 11, 20]], fa: [[1, 0, 10]] })];
    expect(splitBySentences(merge, mergeLinks)).toEqual([{ row: merge, links: mergeLinks }]);
  });

  it("keeps a row whole where its groups would not be in the same order in every language", () => {
    const row = { cells: { en: [0, 1], fa: [0, 1] }, score: 0.5 };
    const links = [link({ en: [[0, 0, 10]], fa: [[1, 0, 10]] }), link({ en: [[1, 0, 10]], fa: [[0, 0, 10]] })];
    expect(splitBySentences(row, links)).toEqual([{ row, links }]);
  });

  it("cuts an n-way row only where no language's sentences cross", () => {
    const row = { cells: { en: [0, 1], fa: [0, 1], ar: [0] }, score: 0.5 };
    // Arabic joined both paragraphs' sentences in one: no seam.
    const joined = [link({ en: [[0, 0, 10]], fa: [[0, 0, 10]], ar: [[0, 0, 30]] }), link({ en: [[1, 0, 10]], fa: [[1, 0, 10]], ar: [[0, 0, 30]] })];
    expect(splitBySentences(row, joined)).toHaveLength(1);
    const apart = { cells: { en: [0, 1], fa: [0, 1], ar: [0, 1] }, score: 0.5 };
    const seams = [link({ en: [[0, 0, 10]], fa: [[0, 0, 10]], ar: [[0, 0, 10]] }), link({ en: [[1, 0, 10]], fa: [[1, 0, 10]], ar: [[1, 0, 10]] })];
    expect(splitBySentences(apart, seams).map((part) => part.row.cells)).toEqual([
      { en: [0], fa: [0], ar: [0] },
      { en: [1], fa: [1], ar: [1] },
    ]);
  });

  describe("with a say on which paragraphs may stand alone", () => {
    // English [A. | B.] against one Arabic paragraph of one unmarked sentence: the sentence pass left B alone.
    const row = { cells: { en: [6, 7], ar: [5] }, score: 0.6 };
    const links = [link({ en: [[0, 0, 40]], ar: [[0, 0, 70]] }), link({ en: [[1, 0, 30]] })];

    it("keeps the row whole when none may", () => {
      expect(splitBySentences(row, links, { alone: false })).toEqual([{ row, links }]);
    });

    it("cuts it when that paragraph may, by its lang and its index in the text", () => {
      const asked: Array<[string, number]> = [];
      const alone = (lang: string, unit: number) => {
        asked.push([lang, unit]);
        return lang === "en" && unit === 7;
      };
      expect(splitBySentences(row, links, { alone }).map((part) => part.row.cells)).toEqual([{ en: [6], ar: [5] }, { en: [7] }]);
      expect(asked).toEqual([["en", 7]]);
    });

    it("still cuts between parts that each hold both languages", () => {
      const twoTwo = { cells: { en: [0, 1], ar: [0, 1] }, score: 0.6 };
      const paired = [link({ en: [[0, 0, 40]], ar: [[0, 0, 35]] }), link({ en: [[1, 0, 30]], ar: [[1, 0, 25]] })];
      expect(splitBySentences(twoTwo, paired, { alone: false }).map((part) => part.row.cells)).toEqual([
        { en: [0], ar: [0] },
        { en: [1], ar: [1] },
      ]);
    });
  });
});

describe("furnitureLines", () => {
  it("marks the lines with no sentence end of a text that ends most paragraphs with one", () => {
    const news = { lang: "en", units: ["The rally starts at seven.", "Click here to watch the video", "It was moved twice.", "Leave a Reply"] };
    const isLine = furnitureLines([news]);
    expect([0, 1, 2, 3].map((unit) => isLine("en", unit))).toEqual([false, true, false, true]);
  });

  it("marks none in a text that seldom ends a paragraph with a sentence end, nor in a lang it was not given", () => {
    const verses = { lang: "ar", units: ["قال ربي انى يكون لي غلام", "قال كذلك الله يفعل ما يشاء", "قال رب اجعل لي آية."] };
    const isLine = furnitureLines([verses]);
    expect([0, 1, 2].map((unit) => isLine("ar", unit))).toEqual([false, false, false]);
    expect(isLine("en", 0)).toBe(false);
  });
});
