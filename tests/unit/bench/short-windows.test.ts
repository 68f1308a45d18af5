import { describe, expect, it } from "vitest";
import { shortWindows, SHORT_ROWS } from "@/bench/short";
import type { BuiltDocument, BuiltParagraph } from "@/bench/documents";

// A document of 60 one-segment paragraphs, where the Persian merged segments 10 and 11, lacks segment 20, and has a
// line of clutter after segment 30 that sorts at the end of the document, as a side's clutter can.
function paragraph(text: string, segments: number[], order = segments[0] ?? 0): BuiltParagraph {
  return { text, segments, offsets: segments.map(() => [0, text.length] as const), order };
}

function documentWithGaps(): BuiltDocument {
  const en = Array.from({ length: 60 }, (_, s) => paragraph(`English ${s}.`, [s]));
  const fa: BuiltParagraph[] = [];
  for (let s = 0; s < 60; s++) {
    if (s === 20 || s === 11) continue;
    fa.push(paragraph(s === 10 ? "فارسی 10 و 11." : `فارسی ${s}.`, s === 10 ? [10, 11] : [s]));
    if (s === 30) fa.push(paragraph("تبلیغات", [], 1000));
  }
  return { id: "gaps", dataset: "ntrex128", sides: { en, fa, ar: [] } };
}

describe("shortWindows", () => {
  it("cuts a document between gold rows into windows of the short sizes, each with its own exact gold", () => {
    const doc = documentWithGaps();
    const windows = shortWindows(doc, "fa", 1);
    expect(windows.length).toBeGreaterThan(1);
    const seen = { en: 0, fa: 0 };
    for (const window of windows) {
      expect(window.gold.length).toBeGreaterThanOrEqual(SHORT_ROWS.min);
      expect(window.gold.length).toBeLessThanOrEqual(SHORT_ROWS.max);
      // Every paragraph of the window is in exactly one gold link, numbered from 0.
      expect(window.gold.flatMap((link) => link.source).sort((a, b) => a - b)).toEqual(window.source.map((_, i) => i));
      expect(window.gold.flatMap((link) => link.target).sort((a, b) => a - b)).toEqual(window.target.map((_, i) => i));
      for (const link of window.gold) {
        for (const [s, t] of link.source.flatMap((s) => link.target.map((t) => [s, t] as const))) {
          expect(window.target[t]!.match(/\d+/g)).toContain(window.source[s]!.match(/\d+/)![0]);
        }
      }
      seen.en += window.source.length;
      seen.fa += window.target.length;
    }
    // Only a tail shorter than the minimum is left out.
    expect(seen.en).toBeGreaterThan(60 - SHORT_ROWS.min);
    const merged = windows.flatMap((w) => w.gold).find((link) => link.source.length === 2);
    const dropped = windows.flatMap((w) => w.gold).find((link) => link.target.length === 0);
    expect(merged).toBeDefined();
    expect(dropped).toBeDefined();
  });
});
