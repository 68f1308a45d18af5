import { describe, expect, it } from "vitest";
import { AlignInputError, alignDocument, type AlignRow } from "@/lib/core/align";
import { AR, EN, FA, ROWS } from "./crafted";
import { expectValidRows } from "./helpers";

const texts = [
  { lang: "en", units: EN },
  { lang: "fa", units: FA },
  { lang: "ar", units: AR },
];
const sizes = { en: EN.length, fa: FA.length, ar: AR.length };
const cellsOf = (rows: readonly AlignRow[]) => rows.map((row) => row.cells);

describe("alignDocument", () => {
  it("reconciles three texts into consistent n-way rows", () => {
    const { rows, status } = alignDocument(texts, { pivot: "en" });
    expect(status).toBe("ok");
    expect(cellsOf(rows)).toEqual(ROWS);
    expectValidRows(rows, sizes);
  });

  it("works with two texts and with one", () => {
    const two = alignDocument(texts.slice(0, 2), { pivot: "en" });
    expect(cellsOf(two.rows)).toEqual(ROWS.map(({ en, fa }) => ({ en, fa })).filter(({ en, fa }) => en.length + fa.length > 0));
    const one = alignDocument([{ lang: "fa", units: FA }], { pivot: "fa" });
    expect(cellsOf(one.rows)).toEqual(FA.map((_, i) => ({ fa: [i] })));
    expect(one.rows.every((row) => row.score === 1)).toBe(true);
  });

  it("keeps confirmed rows exactly and re-aligns only between them", () => {
    // A reviewer confirmed that Persian 2 and 3 are two rows, not one: the anchors stay as given.
    const anchors: AlignRow[] = [
      { cells: { en: [3], fa: [2], ar: [3] }, score: 1 },
      { cells: { en: [4], fa: [3], ar: [4] }, score: 1 },
    ];
    const { rows } = alignDocument(texts, { pivot: "en", anchors });
    expect(rows).toContain(anchors[0]);
    expect(rows).toContain(anchors[1]);
    expect(cellsOf(rows)).toEqual([...ROWS.slice(0, 2), anchors[0]!.cells, anchors[1]!.cells, ...ROWS.slice(4)]);
    expectValidRows(rows, sizes);
  });

  it("places an anchor with an empty cell where the other texts put it", () => {
    const anchors: AlignRow[] = [{ cells: { en: [4], fa: [], ar: [4] }, score: 1 }];
    const { rows } = alignDocument(texts, { pivot: "en", anchors });
    expect(cellsOf(rows)).toEqual(ROWS);
    expect(rows[3]).toBe(anchors[0]);
  });

  it("does not propose a rejected row again", () => {
    const rejected: AlignRow = { cells: { en: [3], fa: [2, 3], ar: [3] }, score: 0.9 };
    const { rows } = alignDocument(texts, { pivot: "en", forbidden: [rejected] });
    expect(cellsOf(rows)).not.toContainEqual(rejected.cells);
    expectValidRows(rows, sizes);
  });

  it("rejects inputs no alignment can honour", () => {
    expect(() => alignDocument([texts[0]!, { lang: "en", units: FA }], { pivot: "en" })).toThrow(AlignInputError);
    expect(() => alignDocument(texts, { pivot: "de" })).toThrow(AlignInputError);
    const crossing: AlignRow[] = [
      { cells: { en: [1], fa: [3] }, score: 1 },
      { cells: { en: [3], fa: [1] }, score: 1 },
    ];
    expect(() => alignDocument(texts, { pivot: "en", anchors: crossing })).toThrow(/cross/);
    expect(() => alignDocument(texts, { pivot: "en", anchors: [{ cells: { en: [40] }, score: 1 }] })).toThrow(/out of range/);
    expect(() => alignDocument(texts, { pivot: "en", anchors: [{ cells: { en: [1, 3] }, score: 1 }] })).toThrow(/consecutive/);
  });
});
