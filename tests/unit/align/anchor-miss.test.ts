// A name or a word that a text mentions once, in one paragraph and in its translation nearby, is an anchor: a link that
// pairs either paragraph with something else leaves it unmatched, and its counterpart is right there, which says more
// against that link than an ordinary miss (ModelParams.anchorMiss). A paragraph the translator split in two whose
// first half is short is otherwise easily left without counterpart, the whole paragraph linked to the second half.
import { describe, expect, it } from "vitest";
import { alignPair } from "@/lib/core/align";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { expectValidLinks, shape } from "./helpers";

// Romans 1:1-11 in the King James Version (1769) and 1:1-10 in the Smith-Van Dyck Arabic Bible (1865), both in the
// public domain, from ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them
// (high rates, seed 2), with the verses each side lost (the English lacks verse 3, the Arabic stops before verse 11).
// The Arabic splits verses 1-3 after "in the holy scriptures" (الكتب المقدسة); "holy" and "David" are each found
// once on each side, in the English paragraph of verses 1-2 and in one of the two Arabic paragraphs.
const ROMANS = {
    en: [
      "Paul, a servant of Jesus Christ, called to be an apostle, separated unto the gospel of God,",
      "Which he had promised afore by his prophets in the holy scriptures,) Concerning his Son Jesus Christ our Lord, which was made of the seed of David according to the flesh;",
      "By whom we have received grace and apostleship, for obedience to the faith among all nations, for his name:",
      "Among whom are ye also the called of Jesus Christ: To all that be in Rome, beloved of God, called to be saints: Grace to you and peace from God our Father, and the Lord Jesus Christ. First, I thank my God through Jesus Christ for you all, that your faith is spoken of throughout the whole world. For God is my witness, whom I serve with my spirit in the gospel of his Son, that without ceasing I make mention of you always in my prayers; Making request, if by any means now at length I might have a prosperous journey by the will of God to come unto you.",
      "For I long to see you, that I may impart unto you some spiritual gift, to the end ye may be established;",
      "That is, that I may be comforted together with you by the mutual faith both of you and me.",
    ],
    ar: [
      "بولس عبد ليسوع المسيح المدعو رسولا المفرز لانجيل الله",
      "الذي سبق فوعد به بانبيائه في الكتب المقدسة",
      "عن ابنه. الذي صار من نسل داود من جهة الجسد وتعيّن ابن الله بقوة من جهة روح القداسة بالقيامة من الاموات. يسوع المسيح ربنا",
      "الذي به لاجل اسمه قبلنا نعمة ورسالة لاطاعة الايمان في جميع الامم الذين بينهم انتم ايضا مدعوو يسوع المسيح. الى جميع الموجودين في رومية احباء الله مدعوين قديسين. نعمة لكم وسلام من الله ابينا والرب يسوع المسيح. اولا اشكر الهي بيسوع المسيح من جهة جميعكم ان ايمانكم ينادى به في كل العالم. فان الله الذي اعبده بروحي في انجيل ابنه شاهد لي كيف بلا انقطاع اذكركم متضرعا دائما في صلواتي عسى الآن ان يتيسر لي مرة بمشيئة الله ان آتي اليكم. لاني مشتاق ان اراكم لكي امنحكم هبة روحية لثباتكم.",
    ],
};

describe("an anchor left unmatched", () => {
  it("keeps the short first half of a split paragraph with its other half", () => {
    const { links } = alignPair({ lang: "en", units: ROMANS.en }, { lang: "ar", units: ROMANS.ar });
    expectValidLinks(links, ROMANS.en.length, ROMANS.ar.length);
    expect(shape(links)).toContainEqual({ source: [1], target: [1, 2] });
    expect(shape(links)).toContainEqual({ source: [2, 3, 4], target: [3] });
  });

  it("costing no more than any other miss, the first half was left out", () => {
    // Without the sentence keys too: "holy" (المقدسة), a common word in one sentence of each side, would keep the
    // first half with its other half as well.
    const model = { anchorMiss: 0, sentence: { ...DEFAULT_PARAMS.sentence, lexical: 0 } };
    const { links } = alignPair({ lang: "en", units: ROMANS.en }, { lang: "ar", units: ROMANS.ar }, { model });
    expect(shape(links)).toContainEqual({ source: [], target: [1] });
  });
});
