import { describe, expect, it } from "vitest";
import type { SourceDocument } from "@/bench/corpus";
import { goldRows, type BuiltDocument, type BuiltParagraph } from "@/bench/documents";
import { likeIssueSource, stopsAsClauses, verseDocument } from "@/bench/issue-source";

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

// Six verses; the odd ones hold a sentence end inside, where the English may start a new paragraph.
const chapter: SourceDocument = {
  id: "bible/TEST.2",
  dataset: "bible",
  segments: Array.from({ length: 6 }, (_, k) => ({
    en: k % 2 === 1 ? `Praise ye the LORD ${k}. O give thanks unto the LORD, for he is good.` : `And the word of verse ${k} came to pass.`,
    fa: `خداوند را حمد بگویید، آیهٔ ${k}.`,
    ar: `احمدوا الرب، الآية ${k}.`,
  })),
};

describe("verseDocument (bench/issue-source.ts)", () => {
  const pieces = (doc: BuiltDocument) => doc.sides.en.map((p) => p.text.replace(/ \[[^\]]*\]/g, ""));

  it("makes one paragraph a verse of each original, without punctuation, from the window asked for", () => {
    const doc = verseDocument(chapter, 1, 5, 0, 1);
    for (const lang of ["fa", "ar"] as const) {
      expect(doc.sides[lang].map((p) => p.segments)).toEqual([[0], [1], [2], [3]]);
      for (const p of doc.sides[lang]) expect(p.text).not.toMatch(/[.,،]/);
    }
    expect(doc.sides.ar[0]!.text).toBe("احمدوا الرب الآية 1");
    // No split asked for: the English is the verses as they are, one paragraph each, glossed or not.
    expect(pieces(doc)).toEqual([1, 2, 3, 4].map((k) => chapter.segments[k]!.en));
  });

  it("cuts every verse that has a sentence end inside at it when asked to, and the gold joins the halves", () => {
    const doc = verseDocument(chapter, 0, 6, 1, 1);
    expect(pieces(doc)).toEqual([
      "And the word of verse 0 came to pass.",
      "Praise ye the LORD 1.",
      "O give thanks unto the LORD, for he is good.",
      "And the word of verse 2 came to pass.",
      "Praise ye the LORD 3.",
      "O give thanks unto the LORD, for he is good.",
      "And the word of verse 4 came to pass.",
      "Praise ye the LORD 5.",
      "O give thanks unto the LORD, for he is good.",
    ]);
    expect(goldRows(doc, ["en", "ar"])).toEqual([
      { en: [0], ar: [0] },
      { en: [1, 2], ar: [1] },
      { en: [3], ar: [2] },
      { en: [4, 5], ar: [3] },
      { en: [6], ar: [4] },
      { en: [7, 8], ar: [5] },
    ]);
  });

  it("splits the same verses for the same seed and share", () => {
    const split = (seed: number) => verseDocument(chapter, 0, 6, 0.5, seed).sides.en.length;
    expect(split(3)).toBe(split(3));
    const counts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map(split));
    expect(counts.size).toBeGreaterThan(1);
  });
});

describe("stopsAsClauses (bench/issue-source.ts): originals that mark clauses only, as the Quran's pause marks do", () => {
  it("writes each sentence end inside a text as the Arabic comma and takes the last one off, its quotes kept", () => {
    expect(stopsAsClauses("فقال لهم: اذهبوا. وكان كذلك.")).toBe("فقال لهم: اذهبوا، وكان كذلك");
    expect(stopsAsClauses("و گفت: «به زمین پدرانت مراجعت کن. من با تو خواهم بود.»")).toBe("و گفت: «به زمین پدرانت مراجعت کن، من با تو خواهم بود»");
    expect(stopsAsClauses("أتعلمون؟ لا")).toBe("أتعلمون، لا");
    // A decimal point is no sentence end.
    expect(stopsAsClauses("ارتفع 2.5 في المئة")).toBe("ارتفع 2.5 في المئة");
  });

  it("gives verse documents whose originals mark no sentence, only a clause where a verse had a stop inside", () => {
    const doc = verseDocument(chapter, 0, 6, 1, 1, stopsAsClauses);
    expect(doc.sides.ar.map((p) => p.text)).toEqual([0, 1, 2, 3, 4, 5].map((k) => `احمدوا الرب، الآية ${k}`));
    expect(goldRows(doc, ["en", "ar"])).toEqual(goldRows(verseDocument(chapter, 0, 6, 1, 1), ["en", "ar"]));
  });
});
