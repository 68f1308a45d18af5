// A row that may hide seams is sentence-aligned only to see which of its paragraphs go together; where one language
// cut the passage into at least three times the other's sentences, its sentences are paired inside each paragraph
// first (align-sentences.ts sentenceSpans), so that groups of up to four a side can hold them.
import { describe, expect, it } from "vitest";
import { alignSentences } from "@/lib/core/align/align-sentences";
import { cutAtSentenceSeams } from "@/lib/core/align/pair-seams";
import { shape } from "./helpers";

// Mark 6:7-9 (King James; Van Dyke), as the benchmark built it at the high rate, seed 1: the English verses in one
// sentence, the Arabic in five, over two paragraphs. The pair's ratio of letters was 0.60.
const EN = {
  lang: "en",
  units: [
    "And he called unto him the twelve, and began to send them forth by two and two; and gave them power over unclean spirits; And commanded them that they should take nothing for their journey, save a staff only; no scrip, no bread, no money in their purse: But be shod with sandals; and not put on two coats.",
  ],
};
const AR = {
  lang: "ar",
  units: [
    "ودعا الاثني عشر وابتدأ يرسلهم اثنين اثنين. واعطاهم سلطانا على الارواح النجسة.",
    "واوصاهم ان لا يحملوا شيئا للطريق غير عصا فقط. لا مزودا ولا خبزا ولا نحاسا في المنطقة. بل يكونوا مشدودين بنعال ولا يلبسوا ثوبين.",
  ],
};
const RATIO = 0.6;
const LINK = { source: [0], target: [0, 1], score: 0.73 };

describe("sentence pairing in a row that may hide seams", () => {
  it("keeps whole a true 1-2 link whose Arabic has five sentences against one English", () => {
    // Unpaired, the group of the English sentence held at most four Arabic ones, and the second paragraph, whose
    // sentences were the ones left over, was cut off as an omission.
    expect(cutAtSentenceSeams([LINK], EN, AR, RATIO)).toEqual([LINK]);
  });

  it("still cuts off a paragraph of another passage run into the link", () => {
    // Genesis 1:4-8 in place of Mark 6:8-9: nothing in the English answers it.
    const genesis =
      "وراى الله النور انه حسن. وفصل الله بين النور والظلمة. ودعا الله النور نهارا والظلمة دعاها ليلا. وكان مساء وكان صباح يوما واحدا وقال الله ليكن جلد في وسط المياه. وليكن فاصلا بين مياه ومياه.";
    const target = { lang: "ar", units: [AR.units[0]!, genesis] };
    expect(shape(cutAtSentenceSeams([LINK], EN, target, RATIO))).toEqual([
      { source: [0], target: [0] },
      { source: [], target: [1] },
    ]);
  });

  it("pairs the sentences of a language with at least three times the fewest, inside each paragraph", () => {
    const arabic = (english: string[], seams: boolean) =>
      alignSentences(
        [
          { lang: "en", texts: english },
          { lang: "ar", texts: AR.units },
        ],
        { pivot: "en", letterRatios: { en: 1, ar: RATIO }, seams },
      ).flatMap((link) => (link.spans.ar ?? []).map(({ unit, start, end }) => AR.units[unit]!.slice(start, end)));
    // Five sentences against one: the first paragraph's two as one piece, the second's three as a pair and one.
    expect(arabic(EN.units, true)).toEqual([
      AR.units[0],
      "واوصاهم ان لا يحملوا شيئا للطريق غير عصا فقط. لا مزودا ولا خبزا ولا نحاسا في المنطقة.",
      "بل يكونوا مشدودين بنعال ولا يلبسوا ثوبين.",
    ]);
    // Against two English sentences, five are fewer than three times as many: each stays a sentence.
    const twoSentences = [EN.units[0]!.replace("; And commanded", ". And commanded")];
    expect(arabic(twoSentences, true)).toHaveLength(5);
    // The ordinary sentence pass, whose links an import keeps, aligns every sentence.
    expect(arabic(EN.units, false)).toHaveLength(5);
  });
});
