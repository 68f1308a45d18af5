// A pass widens its band where the path touches the edge and computes the bead costs again (align-pair.ts). The
// costs of the wider band are built from the narrower one's, computing only the beads that start or end in the
// new cells (bead-costs.ts reuse): they must be the very costs a fresh computation gives.
import { describe, expect, it } from "vitest";
import { pairInputs, preparePair, prepareText } from "@/lib/core/align/align-pair";
import { bandAround, proportionalCenter } from "@/lib/core/align/band";
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
