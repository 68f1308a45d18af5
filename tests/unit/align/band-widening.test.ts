// A pass widens its band where the path touches the edge and computes the bead costs again (align-pair.ts). The
// costs of the wider band are built from the narrower one's, computing only the beads that start or end in the
// new cells (bead-costs.ts reuse): they must be the very costs a fresh computation gives.
import { describe, expect, it } from "vitest";
import { pairInputs, preparePair, prepareText } from "@/lib/core/align/align-pair";
import { bandAround, proportionalCenter, type Band } from "@/lib/core/align/band";
import { computeBeadCosts, type PairInputs } from "@/lib/core/align/bead-costs";
import { defaultTrust } from "@/lib/core/align/sentence-trust";
import { initialLengthModel } from "@/lib/core/align/signals/length";
import { AR, EN } from "./crafted";

const repeat = (units: readonly string[]) => Array.from({ length: 6 }, () => units).flat();
const problem = preparePair(prepareText({ lang: "en", units: repeat(EN) }), prepareText({ lang: "ar", units: repeat(AR) }));
const { source, target, params } = problem;
const [n, m] = [source.size, target.size];

function inputsOf(exact: boolean): PairInputs {
  const length = initialLengthModel(source.prefix[n]!, target.prefix[m]!, params);
  return { ...pairInputs(problem, { anchors: problem.anchors, length, forbidden: new Map([["3:2:3:1", 5]]), exact, joinShift: 0 }), trust: defaultTrust(params) };
}

describe("a widened band's bead costs", () => {
  const center = proportionalCenter(source.prefix, target.prefix);
  const narrow = bandAround(center, m, new Int32Array(n + 1).fill(2));
  // Widened in two places, as widenWhereTouched does where the path touches the edge.
  const widths = new Int32Array(n + 1).fill(2);
  widths.fill(6, 10, 15);
  widths.fill(9, 40, 42);
  const wide = bandAround(center, m, widths);

  for (const exact of [false, true]) {
    it(`are those of a fresh computation when built from the narrower band's (${exact ? "exact" : "first"} pass)`, () => {
      const inputs = inputsOf(exact);
      const before = computeBeadCosts(narrow, inputs);
      const afresh = computeBeadCosts(wide, inputs);
      expect(wide.size).toBeGreaterThan(narrow.size + 30);
      expect(computeBeadCosts(wide, { ...inputs, reuse: { band: narrow, costs: before } })).toEqual(afresh);
      // Widened twice, from costs that were themselves built from an earlier band's.
      const wider = bandAround(center, m, widths.map((w, i) => (i >= 25 && i < 28 ? 5 : w)));
      const middle = computeBeadCosts(wide, { ...inputs, reuse: { band: narrow, costs: before } });
      expect(computeBeadCosts(wider, { ...inputs, reuse: { band: wide, costs: middle } })).toEqual(computeBeadCosts(wider, inputs));
    });
  }
});

// Where the centre line climbs steeply (a jump between two anchors, as where one text holds a passage the other
// lacks), each row reaches down to where the row before ends, so a wider row before moves a row's start to the
// right: a band widened by its half-widths alone need not hold the narrower one, whose costs it copies.
describe("a band widened around a steep centre", () => {
  const rows = 40;
  const columns = 80;
  const steep = Float64Array.from({ length: rows + 1 }, (_, i) => (i <= 20 ? i : Math.min(columns, 40 + 2 * (i - 21))));
  const narrow = bandAround(steep, columns, new Int32Array(rows + 1).fill(2));
  const widths = new Int32Array(rows + 1).fill(4);

  const holds = (outer: Band, inner: Band) => inner.lo.every((lo, i) => lo >= outer.lo[i]! && inner.hi[i]! <= outer.hi[i]!);
  const isBand = (band: Band) =>
    band.lo[0] === 0 &&
    band.hi[rows] === columns &&
    band.lo.every((lo, i) => lo <= band.hi[i]! && (i === 0 || (lo >= band.lo[i - 1]! && band.hi[i]! >= band.hi[i - 1]! && lo <= band.hi[i - 1]!)));

  it("holds the narrower band when told which band it widens, and is a band", () => {
    expect(holds(bandAround(steep, columns, widths), narrow)).toBe(false); // row 21 starts at 24, not 22
    const wide = bandAround(steep, columns, widths, narrow);
    expect(holds(wide, narrow)).toBe(true);
    expect(isBand(wide)).toBe(true);
    expect(wide.lo[21]).toBe(22);
  });
});

describe("bead costs copied around a steep centre", () => {
  // The crafted pair's centre, 12 units higher from its 10th row on: a passage of the Arabic without English. The
  // band is widened just before the jump, as where a path touched its edge there.
  const base = proportionalCenter(source.prefix, target.prefix);
  const steep = base.map((j, i) => (i >= 10 ? Math.min(m, j + 12) : j));
  const narrow = bandAround(steep, m, new Int32Array(n + 1).fill(2));
  const widths = new Int32Array(n + 1).fill(2);
  widths.fill(8, 7, 11);

  for (const exact of [false, true]) {
    it(`are those of a fresh computation (${exact ? "exact" : "first"} pass), and never copied into a band that does not hold the earlier one`, () => {
      const inputs = inputsOf(exact);
      const before = computeBeadCosts(narrow, inputs);
      const wide = bandAround(steep, m, widths, narrow);
      expect(computeBeadCosts(wide, { ...inputs, reuse: { band: narrow, costs: before } })).toEqual(computeBeadCosts(wide, inputs));
      const unheld = bandAround(steep, m, widths);
      expect(() => computeBeadCosts(unheld, { ...inputs, reuse: { band: narrow, costs: before } })).toThrow(/does not hold/);
    });
  }
});
