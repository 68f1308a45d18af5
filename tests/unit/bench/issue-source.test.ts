import { describe, expect, it } from "vitest";
import type { BuiltDocument, BuiltParagraph } from "@/bench/documents";
import { likeIssueSource } from "@/bench/issue-source";

function paragraph(text: string, segments: number[]): BuiltParagraph {
  return { text, segments, offsets: segments.map(() => [0, text.length] as const), order: segments[0]! };
}

// Forty verses, each one paragraph a language, punctuated as the Bible's texts are.
const doc: BuiltDocument = {
  id: "bible/TEST.1",
  dataset: "bible",
  sides: {
    en: Array.from({ length: 40 }, (_, s) => paragraph(`And he said unto them, Verse ${s} is this: the word of the day.`, [s])),
    fa: Array.from({ length: 40 }, (_, s) => paragraph(`و به ایشان گفت: آیهٔ ${s} این است، کلام روز.`, [s])),
    ar: Array.from({ length: 40 }, (_, s) => paragraph(`فقال لهم: الآية ${s} هي هذه، كلمة اليوم.`, [s])),
  },
};

describe("likeIssueSource (bench/issue-source.ts)", () => {
  it("glosses some English paragraphs in square brackets and takes the originals' punctuation out, keeping the gold", () => {
    const like = likeIssueSource(doc, 1);
    const glossed = like.sides.en.filter((p) => p.text.includes("["));
    expect(glossed.length).toBeGreaterThan(0);
    expect(glossed.length).toBeLessThan(40);
    // Without its glosses each English paragraph is the one built.
    expect(like.sides.en.map((p) => p.text.replace(/ \[[^\]]*\]/g, ""))).toEqual(doc.sides.en.map((p) => p.text));
    for (const lang of ["fa", "ar"] as const) {
      for (const p of like.sides[lang]) expect(p.text).not.toMatch(/[.,:،؛]/);
      expect(like.sides[lang].map((p) => p.segments)).toEqual(doc.sides[lang].map((p) => p.segments));
    }
    expect(like.sides.ar[7]!.text).toBe("فقال لهم الآية 7 هي هذه كلمة اليوم");
    expect(like.sides.en.map((p) => p.segments)).toEqual(doc.sides.en.map((p) => p.segments));
  });

  it("glosses the same paragraphs for the same seed, and others for another", () => {
    const glossed = (seed: number) => likeIssueSource(doc, seed).sides.en.map((p) => p.text.includes("["));
    expect(glossed(1)).toEqual(glossed(1));
    expect(glossed(2)).not.toEqual(glossed(1));
  });
});
