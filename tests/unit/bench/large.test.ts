// The long documents bench:align scores at the command line's size: their gold covers both sides whole, in order, so
// that strict F1 over them means what it says.
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "@/bench/corpus";
import { buildLargeDocument, scoreLarge } from "@/bench/large";

// Three small documents of numbered sentences, each language's sentence k naming the same number.
const SOURCES: SourceDocument[] = Array.from({ length: 3 }, (_, d) => ({
  id: `doc${d}`,
  dataset: "ntrex128",
  segments: Array.from({ length: 40 }, (_, k) => {
    const n = d * 100 + k;
    return { en: `Report ${n} was filed on day ${k + 1}.`, fa: `گزارش ${n} در روز ${k + 1} ثبت شد.`, ar: `قُدّم التقرير ${n} في اليوم ${k + 1}.` };
  }),
}));

describe("buildLargeDocument", () => {
  it("puts every paragraph of both sides in exactly one gold row, in document order, up to the size asked", () => {
    const document = buildLargeDocument(150, ["en", "ar"], 1, SOURCES);
    // Three documents of 40 segments are not enough: they are built again with other seeds until the size is reached.
    expect(document.sides.en!.length).toBeLessThanOrEqual(150);
    expect(document.sides.en!.length).toBeGreaterThan(100);
    for (const lang of ["en", "ar"] as const) {
      const units = document.gold.flatMap((row) => row[lang]!);
      expect(units).toEqual(Array.from({ length: document.sides[lang]!.length }, (_, k) => k));
    }
  });
});

describe("scoreLarge", () => {
  it("scores the pair aligned whole against the document's gold", () => {
    const document = buildLargeDocument(150, ["en", "ar"], 1, SOURCES);
    const { f1, sizes } = scoreLarge(document, "ar", { dictionaries: [] });
    expect(sizes).toEqual([document.sides.en!.length, document.sides.ar!.length]);
    // Every paragraph names its own numbers, so the aligner finds nearly every gold row.
    expect(f1).toBeGreaterThan(0.9);
    // A document whose Arabic is another's cannot score so: the score reads the gold.
    const shuffled = { ...document, sides: { ...document.sides, ar: [...document.sides.ar!].reverse() } };
    expect(scoreLarge(shuffled, "ar", { dictionaries: [] }).f1).toBeLessThan(0.5);
  });
});
