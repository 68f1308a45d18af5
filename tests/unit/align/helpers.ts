import { expect } from "vitest";
import { alignPair, type AlignRow, type AlignText, type PairAlignment, type PairLink, type PairOptions } from "@/lib/core/align";
import { alignPrepared, preparePair, prepareText } from "@/lib/core/align/align-pair";

/** Every unit of both sides in exactly one link, in document order, scores in [0, 1]. */
export function expectValidLinks(links: readonly PairLink[], sourceSize: number, targetSize: number): void {
  let source = 0;
  let target = 0;
  for (const link of links) {
    expect(link.source.length + link.target.length).toBeGreaterThan(0);
    for (const unit of link.source) expect(unit).toBe(source++);
    for (const unit of link.target) expect(unit).toBe(target++);
    expect(link.score).toBeGreaterThanOrEqual(0);
    expect(link.score).toBeLessThanOrEqual(1);
  }
  expect([source, target]).toEqual([sourceSize, targetSize]);
}

/** Every unit of every text in exactly one row, in order, with a cell for every lang. */
export function expectValidRows(rows: readonly AlignRow[], sizes: Readonly<Record<string, number>>): void {
  const next = Object.fromEntries(Object.keys(sizes).map((lang) => [lang, 0]));
  for (const row of rows) {
    expect(Object.keys(row.cells).sort()).toEqual(Object.keys(sizes).sort());
    expect(Object.values(row.cells).some((units) => units.length > 0)).toBe(true);
    for (const [lang, units] of Object.entries(row.cells)) for (const unit of units) expect(unit).toBe(next[lang]!++);
    expect(row.score).toBeGreaterThanOrEqual(0);
    expect(row.score).toBeLessThanOrEqual(1);
  }
  expect(next).toEqual(sizes);
}

export const shape = (links: ReadonlyArray<{ source: number[]; target: number[] }>) =>
  links.map(({ source, target }) => ({ source, target }));

/** The paragraph passes alone, without the cuts at sentence seams that alignPair makes after them (pair-seams.ts). */
export function alignParagraphs(source: AlignText, target: AlignText, options: PairOptions = {}): PairAlignment {
  return alignPrepared(preparePair(prepareText(source), prepareText(target), options), options);
}

/**
 * The shapes of the links `align` (alignPair unless given) makes of a fixture's English and its `lang` paragraphs,
 * every unit checked to be in exactly one link.
 */
export function alignedShapes(
  fixture: Readonly<Record<string, readonly string[]>>,
  lang: string,
  options: PairOptions = {},
  align: (source: AlignText, target: AlignText, options?: PairOptions) => PairAlignment = alignPair,
): Array<{ source: number[]; target: number[] }> {
  const source = { lang: "en", units: [...fixture.en!] };
  const target = { lang, units: [...fixture[lang]!] };
  const { links } = align(source, target, options);
  expectValidLinks(links, source.units.length, target.units.length);
  return shape(links);
}
