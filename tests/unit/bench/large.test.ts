// The long documents bench:align scores at the command line's size: their gold covers both sides whole, in order, so
// that strict F1 over them means what it says.
import { describe, expect, it } from "vitest";
import { buildLargeDocument, scoreLarge } from "@/bench/large";

describe("buildLargeDocument", () => {
  it("puts every paragraph of both sides in exactly one gold row, in document order, up to the size asked", () => {
    const document = buildLargeDocument(300, ["en", "ar"]);
    expect(document.sides.en!.length).toBeLessThanOrEqual(300);
    expect(document.sides.en!.length).toBeGreaterThan(250);
    for (const lang of ["en", "ar"] as const) {
      const units = document.gold.flatMap((row) => row[lang]!);
      expect(units).toEqual(Array.from({ length: document.sides[lang]!.length }, (_, k) => k));
    }
  });
});

describe("scoreLarge", () => {
  it("scores a long pair against that gold, as the command line aligns it", () => {
    const { f1, sizes } = scoreLarge(300, "ar", { dictionaries: [] });
    const document = buildLargeDocument(300, ["en", "ar"]);
    expect(sizes).toEqual([document.sides.en!.length, document.sides.ar!.length]);
    // The builder's documents end to end: the aligner finds nearly all of their rows (0.98 at 7,500 paragraphs).
    expect(f1).toBeGreaterThan(0.9);
    expect(f1).toBeLessThanOrEqual(1);
  });
});
