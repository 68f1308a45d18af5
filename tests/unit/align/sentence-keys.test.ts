// A paragraph is judged by how its sentences pair up, and the names they hold say which sentence pairs with which
// (ModelParams.sentence.lexical, lib/core/align/sentence-keys.ts). A verse that one side lost next to a long
// paragraph is otherwise easily merged into it: lengths alone cannot tell a lost verse from a translator's addition,
// while the verse's names (Pharez, Tamar, Judah) have no counterpart in the paragraph's sentences, whose own names
// (Ruth, Mahlon, Rachel, Leah, Ephratah) are all paired already.
import { describe, expect, it } from "vitest";
import { preparePair, prepareText } from "@/lib/core/align/align-pair";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { sharedWeight } from "@/lib/core/align/sentence-keys";
import { alignedShapes, alignParagraphs } from "./helpers";

// Ruth 4:10-14 in the King James Version (1769) and the Smith-Van Dyck Arabic Bible (1865), both in the public
// domain, from ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (low
// rates, seed 1): the English lacks verse 12, which the Arabic has as a paragraph of its own.
const RUTH = {
  en: [
    "Moreover Ruth the Moabitess, the wife of Mahlon, have I purchased to be my wife, to raise up the name of the dead upon his inheritance, that the name of the dead be not cut off from among his brethren, and from the gate of his place: ye are witnesses this day. And all the people that were in the gate, and the elders, said, We are witnesses. The LORD make the woman that is come into thine house like Rachel and like Leah, which two did build the house of Israel: and do thou worthily in Ephratah, and be famous in Bethlehem:",
    "So Boaz took Ruth, and she was his wife: and when he went in unto her, the LORD gave her conception, and she bare a son.",
    "And the women said unto Naomi, Blessed be the LORD, which hath not left thee this day without a kinsman, that his name may be famous in Israel.",
  ],
  ar: [
    "وكذا راعوث الموآبية امرأة محلون قد اشتريتها لي امرأة لاقيم اسم الميت على ميراثه ولا ينقرض اسم الميت من بين اخوته ومن باب مكانه. انتم شهود اليوم. فقال جميع الشعب الذين في الباب والشيوخ نحن شهود. فليجعل الرب المرأة الداخلة الى بيتك كراحيل وكليئة اللتين بنتا بيت اسرائيل. فاصنع ببأس في افراتة وكن ذا اسم في بيت لحم.",
    "وليكن بيتك كبيت فارص الذي ولدته ثامار ليهوذا من النسل الذي يعطيك الرب من هذه الفتاة",
    "فاخذ بوعز راعوث امرأة ودخل عليها فاعطاها الرب حبلا فولدت ابنا.",
    "فقالت النساء لنعمي مبارك الرب الذي لم يعدمك وليّا اليوم لكي يدعى اسمه في اسرائيل.",
  ],
};

describe("names at the level of sentences", () => {
  it("leave a verse the other side lost out rather than merged into its neighbour", () => {
    const shapes = alignedShapes(RUTH, "ar", {}, alignParagraphs);
    expect(shapes).toContainEqual({ source: [0], target: [0] });
    expect(shapes).toContainEqual({ source: [], target: [1] });
    expect(shapes).toContainEqual({ source: [1], target: [2] });
  });

  it("without them, the paragraph passes merged the lost verse into the paragraph before it", () => {
    const model = { sentence: { ...DEFAULT_PARAMS.sentence, lexical: 0 } };
    expect(alignedShapes(RUTH, "ar", { model }, alignParagraphs)).toContainEqual({ source: [0], target: [0, 1] });
  });

  it("without them, alignPair still leaves the verse alone: the merge is doubtful, and its sentences show the seam", () => {
    const model = { sentence: { ...DEFAULT_PARAMS.sentence, lexical: 0 } };
    expect(alignedShapes(RUTH, "ar", { model })).toEqual([
      { source: [0], target: [0] },
      { source: [], target: [1] },
      { source: [1], target: [2] },
      { source: [2], target: [3] },
    ]);
  });
});

describe("which sentences are read for keys", () => {
  // Only the sentences of units that hold a key found in at most two units a side are read again; a number's keys
  // count its occurrences in the unit read, so "2#2" (a second 2) is in all three paragraphs here but in one
  // sentence only, and must still be found there.
  const en = [
    "2 groups met first. 2 groups met again.",
    "2 rooms were closed. 2 rooms were opened.",
    "It was game 2 of 2 in the series.",
  ];
  const fa = [
    "۲ گروه ابتدا دیدار کردند. ۲ گروه دوباره دیدار کردند.",
    "۲ اتاق بسته شد. ۲ اتاق باز شد.",
    "این بازی ۲ از ۲ در این مجموعه بود.",
  ];

  it("finds a sentence's numbered key that its paragraph shares with two others", () => {
    // The common word the last sentences share ("game", بازی) weighed at nothing, so that only the numbers count.
    const model = { signalWeight: { ...DEFAULT_PARAMS.signalWeight, common: 0 } };
    const problem = preparePair(prepareText({ lang: "en", units: en }), prepareText({ lang: "fa", units: fa }), { model });
    const keys = problem.sentenceKeys!;
    // Sentences 0-1, 2-3 and 4 on both sides; "2" is in all five, "2#2" in the last only.
    expect(sharedWeight(keys, 4, 4)).toBe(DEFAULT_PARAMS.signalWeight.numbers);
    expect(sharedWeight(keys, 0, 0)).toBe(0);
    expect(sharedWeight(keys, 4, 0)).toBe(0);
  });
});
