// alignPair cuts a doubtful link of several paragraphs where the link's own sentences pair up in separate groups
// (pair-seams.ts); a confident link, a true merge and a cut the caller forbade stay whole.
import { describe, expect, it } from "vitest";
import { alignPair } from "@/lib/core/align";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { cutAtSentenceSeams, SEAM_DOUBT } from "@/lib/core/align/pair-seams";
import { alignParagraphs, expectValidLinks, shape } from "./helpers";

const EN = { lang: "en", units: ["Tehran hosted 12 ministers on Monday. The talks lasted 3 hours.", "In Geneva, 40 delegates signed the accord. Reporters waited outside."] };
const FA = {
  lang: "fa",
  units: ["تهران روز دوشنبه میزبان ۱۲ وزیر بود. گفتگوها ۳ ساعت طول کشید.", "در ژنو، ۴۰ نماینده توافق را امضا کردند. خبرنگاران بیرون منتظر ماندند."],
};
const TWO_TWO = { source: [0, 1], target: [0, 1] };

describe("cutAtSentenceSeams", () => {
  it("cuts a doubtful 2-2 link whose sentences pair up paragraph by paragraph, the parts keeping its score", () => {
    expect(cutAtSentenceSeams([{ ...TWO_TWO, score: 0.4 }], EN, FA, 1.1)).toEqual([
      { source: [0], target: [0], score: 0.4 },
      { source: [1], target: [1], score: 0.4 },
    ]);
  });

  it("leaves a link whose posterior is at least the doubt threshold whole", () => {
    const link = { ...TWO_TWO, score: SEAM_DOUBT };
    expect(cutAtSentenceSeams([link], EN, FA, 1.1)).toEqual([link]);
  });

  it("leaves a true merge whole: one sentence of the other language spans both paragraphs", () => {
    const merged = { lang: "fa", units: ["تهران روز دوشنبه میزبان ۱۲ وزیر بود و گفتگوها ۳ ساعت طول کشید."] };
    const source = { lang: "en", units: ["Tehran hosted 12 ministers on Monday.", "The talks lasted 3 hours."] };
    const link = { source: [0, 1], target: [0], score: 0.4 };
    expect(cutAtSentenceSeams([link], source, merged, 1.1)).toEqual([link]);
  });

  it("leaves a link whole when one of its parts is a grouping the caller forbade", () => {
    const link = { ...TWO_TWO, score: 0.4 };
    expect(cutAtSentenceSeams([link], EN, FA, 1.1, { forbidden: [{ source: [1], target: [1] }] })).toEqual([link]);
  });

  it("reads the most doubtful links first, as far as its budget of paragraphs goes", () => {
    const source = { lang: "en", units: [...EN.units, ...EN.units] };
    const target = { lang: "fa", units: [...FA.units, ...FA.units] };
    const links = [
      { source: [0, 1], target: [0, 1], score: 0.5 },
      { source: [2, 3], target: [2, 3], score: 0.3 },
    ];
    expect(shape(cutAtSentenceSeams(links, source, target, 1.1, {}, 4))).toEqual([
      { source: [0, 1], target: [0, 1] },
      { source: [2], target: [2] },
      { source: [3], target: [3] },
    ]);
    expect(cutAtSentenceSeams(links, source, target, 1.1, {}, 8)).toHaveLength(4);
  });

  it("leaves links of one paragraph a side, and texts of the same language, alone", () => {
    const ones = [
      { source: [0], target: [0], score: 0.2 },
      { source: [1], target: [1], score: 0.2 },
    ];
    expect(cutAtSentenceSeams(ones, EN, FA, 1.1)).toEqual(ones);
    expect(cutAtSentenceSeams([{ ...TWO_TWO, score: 0.4 }], EN, { ...EN }, 1)).toEqual([{ ...TWO_TWO, score: 0.4 }]);
  });
});

// Ruth 4:10-14 (King James Version, 1769; Smith-Van Dyck Arabic, 1865; public domain; ../shared/bench/data/bible):
// the English lacks verse 12, a paragraph of its own in the Arabic. Without the names of sentences, the paragraph
// passes merge it into the paragraph before (sentence-keys.test.ts); the sentences of that link leave it alone.
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

describe("alignPair", () => {
  it("cuts the paragraph passes' doubtful merge of a lost verse into its neighbour", () => {
    const model = { sentence: { ...DEFAULT_PARAMS.sentence, lexical: 0 } };
    const source = { lang: "en", units: RUTH.en };
    const target = { lang: "ar", units: RUTH.ar };
    expect(shape(alignParagraphs(source, target, { model }).links)).toContainEqual({ source: [0], target: [0, 1] });
    const { links } = alignPair(source, target, { model });
    expectValidLinks(links, RUTH.en.length, RUTH.ar.length);
    expect(shape(links)).toEqual([
      { source: [0], target: [0] },
      { source: [], target: [1] },
      { source: [1], target: [2] },
      { source: [2], target: [3] },
    ]);
  });
});
