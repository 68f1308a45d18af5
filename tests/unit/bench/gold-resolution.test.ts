// Scoring sentence links at the gold's resolution: a finer right answer inside one gold group is not an error, a
// link across two groups or an omission inside one still is.
import { describe, expect, it } from "vitest";
import { addToTally, atResolutionOf, emptyTally, prf, type Link } from "@/bench/metrics";

// One verse of two sentences on each side (gold can only group the four), then a verse of one sentence each.
const gold: Link[] = [
  { source: [0, 1], target: [0, 1] },
  { source: [2], target: [2] },
];

const strictF1 = (test: Link[]) => {
  const tally = emptyTally();
  addToTally(tally, gold, test);
  return prf(tally, "all", "strict").f1;
};

describe("atResolutionOf", () => {
  it("merges links that fall inside one gold link into it", () => {
    const test: Link[] = [
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
    ];
    expect(strictF1(test)).toBeLessThan(0.6);
    expect(atResolutionOf(gold, test)).toEqual(expect.arrayContaining(gold));
    expect(strictF1(atResolutionOf(gold, test))).toBe(1);
  });

  it("keeps a link that crosses two gold links, and an omission inside one, as they are", () => {
    const test: Link[] = [
      { source: [0], target: [0] },
      { source: [], target: [1] },
      { source: [1, 2], target: [2] },
    ];
    const coarse = atResolutionOf(gold, test);
    expect(coarse).toEqual(expect.arrayContaining([{ source: [], target: [1] }, { source: [1, 2], target: [2] }, { source: [0], target: [0] }]));
    expect(coarse).toHaveLength(3);
    expect(strictF1(coarse)).toBe(0);
  });
});
