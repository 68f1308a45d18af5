import { describe, expect, it } from "vitest";
import { alignPair } from "@/lib/core/align";
import { sliceStops, StopsBuilder } from "@/lib/core/align/signals/sentence-length";
import { expectValidLinks, shape } from "./helpers";

// Sentences of known length and no lexical anchor: n words of four letters, in English and in Persian (words that
// no signal matches, not even the lexicon of common words).
const en = (words: number, end = ".") => `Zorp${" zorp".repeat(words - 1)}${end}`;
const fa = (words: number, end = ".") => `درخت${" درخت".repeat(words - 1)}${end}`;

describe("sentence stops", () => {
  it("keeps sentence ends, clause breaks and unit ends apart, and slices them", () => {
    const builder = new StopsBuilder();
    builder.addUnit(30, [10, 20], [false, true]);
    builder.addUnit(12, [], [], true);
    const stops = builder.build();
    expect(Array.from(stops.pos)).toEqual([0, 10, 30, 42]);
    expect(Array.from(stops.endsUnit)).toEqual([1, 0, 1, 2]);
    expect(Array.from(stops.unitStart)).toEqual([0, 2, 3]);
    expect(Array.from(stops.clausePos)).toEqual([20]);
    expect(Array.from(stops.clauseStart)).toEqual([0, 0, 0, 1, 1]);
    const second = sliceStops(stops, 1, 2);
    expect(Array.from(second.pos)).toEqual([0, 12]);
    expect(Array.from(second.endsUnit)).toEqual([1, 2]);
    expect(second.clausePos.length).toBe(0);
  });

  it("slices to what building the same units alone gives", () => {
    const units: Array<[number, number[], boolean[], boolean]> = [
      [20, [5, 12], [true, false], false],
      [30, [10, 20, 25], [false, true, true], true],
      [8, [4], [true], false],
    ];
    const build = (list: typeof units) => {
      const builder = new StopsBuilder();
      for (const [letters, at, clause, runsOn] of list) builder.addUnit(letters, at, clause, runsOn);
      return builder.build();
    };
    const plain = (stops: ReturnType<typeof build>) => Object.fromEntries(Object.entries(stops).map(([k, v]) => [k, Array.from(v)]));
    expect(plain(sliceStops(build(units), 1, 3))).toEqual(plain(build(units.slice(1))));
    expect(plain(sliceStops(build(units), 0, 2))).toEqual(plain(build(units.slice(0, 2))));
  });
});

describe("sentence-level evidence in the pairwise alignment", () => {
  // Paragraphs around the case under test, so that the document has a length model to learn.
  const before = { en: [en(20), `${en(12)} ${en(16)}`], fa: [fa(20), `${fa(12)} ${fa(16)}`] };
  const after = { en: [en(18), en(24)], fa: [fa(18), fa(24)] };
  const align = (middleEn: string[], middleFa: string[]) => {
    const source = { lang: "en", units: [...before.en, ...middleEn, ...after.en] };
    const target = { lang: "fa", units: [...before.fa, ...middleFa, ...after.fa] };
    const { links } = alignPair(source, target);
    expectValidLinks(links, source.units.length, target.units.length);
    return shape(links);
  };

  it("sees a paragraph boundary moved by one sentence as one 2-2 link, not two poor 1-1 links", () => {
    // English A B | C, Persian A | B C.
    const links = align([`${en(30)} ${en(10)}`, en(25)], [fa(30), `${fa(10)} ${fa(25)}`]);
    expect(links).toContainEqual({ source: [2, 3], target: [2, 3] });
  });

  it("joins a short paragraph to its neighbour when the translation has its sentence there", () => {
    // English A B | C, Persian A B C: a merge, not an untranslated C.
    const links = align([`${en(28)} ${en(14)}`, en(5)], [`${fa(28)} ${fa(14)} ${fa(5)}`]);
    expect(links).toContainEqual({ source: [2, 3], target: [2] });
  });

  it("trusts lengths over sentences in a document whose translation breaks every clause into a sentence", () => {
    // English joins clauses with semicolons, Persian makes each a sentence (as the Arabic Bible does with the
    // English's colons): no paragraph's sentences pair up, and one paragraph is a third longer in Persian. All 1-1.
    const clauses = [[6, 9, 5], [12, 4], [7, 7, 7], [3, 15], [10, 6, 8], [5, 5], [14, 9, 3], [8, 11]];
    const english = clauses.map((words) => words.map((w, k) => (k === 0 ? en(w, ";") : en(w, ";").toLowerCase())).join(" ").replace(/;$/, "."));
    const persian = clauses.map((words, p) => words.map((w) => fa(p === 3 ? w + 6 : w)).join(" "));
    const { links } = alignPair({ lang: "en", units: english }, { lang: "fa", units: persian });
    expect(shape(links)).toEqual(clauses.map((_, k) => ({ source: [k], target: [k] })));
  });

  it("cuts a sentence at its commas where the other side has one paragraph per clause", () => {
    // A salutation: three English lines ending with commas are one Persian sentence.
    const links = align([en(8, ","), en(12, ","), en(9)], [`${fa(8, "،")} ${fa(12, "،")} ${fa(9)}`]);
    expect(links).toContainEqual({ source: [2, 3, 4], target: [2] });
  });
});
