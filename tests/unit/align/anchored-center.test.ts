// The first band is laid around a line through the pair's rare shared words (band.ts anchoredCenter). Some of those
// pairs are wrong, and in a document that repeats its material most can be: the line must follow the pairs that
// agree with each other, not the longest run of them wherever it leads.
import { describe, expect, it } from "vitest";
import { anchoredCenter, DRIFT_COST } from "@/lib/core/align/band";

// Units of ten letters each side: the proportional diagonal is j = i * m / n.
const prefix = (count: number) => Float64Array.from({ length: count + 1 }, (_, k) => k * 10);
const point = (i: number, j: number, weight = 1) => ({ i, j, weight });

describe("the anchored centre line", () => {
  it("does not follow a run of wrong pairs that outnumbers the right ones but lies far from them", () => {
    const right = [100, 300, 500, 700, 900].map((k) => point(k, k));
    // Eight pairs increasing together, 600 units above the diagonal: a longer chain than the right pairs they skip
    // (the heaviest chain ran (100, 100), the eight, (700, 700), (900, 900)).
    const wrong = Array.from({ length: 8 }, (_, k) => point(150 + 10 * k, 750 + 10 * k));
    const center = anchoredCenter(prefix(1000), prefix(1000), [...right, ...wrong]);
    for (const i of [150, 200, 300, 500, 600]) expect(Math.abs(center[i]! - i)).toBeLessThan(1);
  });

  it("follows a passage the translation leaves out: the pairs after it all shift alike, and the line pays once", () => {
    // The target lacks 200 units after source unit 350.
    const points = [point(100, 100), point(300, 300), point(350, 350), point(650, 450), point(700, 500), point(900, 700)];
    const center = anchoredCenter(prefix(1000), prefix(800), points);
    for (const { i, j } of points) expect(center[i]).toBeCloseTo(j, 6);
  });

  it("is the proportional diagonal when a lone pair lies further off than its weight pays for", () => {
    const weight = 0.3;
    expect(2 * 450 * DRIFT_COST).toBeGreaterThan(weight);
    const center = anchoredCenter(prefix(1000), prefix(1000), [point(500, 950, weight)]);
    expect(center[500]).toBeCloseTo(500, 6);
    // Near the diagonal, the same pair is followed.
    expect(anchoredCenter(prefix(1000), prefix(1000), [point(500, 510, weight)])[500]).toBeCloseTo(510, 6);
  });

  it("keeps the pairs in order in both texts", () => {
    const center = anchoredCenter(prefix(100), prefix(100), [point(20, 20), point(40, 35), point(50, 30), point(80, 80)]);
    for (let i = 1; i <= 100; i++) expect(center[i]).toBeGreaterThanOrEqual(center[i - 1]!);
  });
});
