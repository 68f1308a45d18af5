// Which of two neighbouring sentences a paragraph boundary falls after is told by what the sentences share with their
// translations: names and numbers, and the common words found in one or two sentences of each side (sentence-keys.ts).
// How far a document's sentences are trusted (sentence-trust.ts) is read from their lengths, not from what they share,
// so that a literal translation that cuts sentences differently from the English is not trusted more for its words.
import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { alignedShapes } from "./helpers";

// Genesis 27:1-6 in the King James Version (1769) and in the Persian Old Version, both in the public domain, from
// ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (high rates, seed 2).
// The Persian lacks verse 4 ("And make me savoury meat...") and cuts verse 3 off verse 2 into a paragraph of its own.
const GENESIS = {
  en: [
    "And it came to pass, that when Isaac was old, and his eyes were dim, so that he could not see, he called Esau his eldest son, and said unto him, My son: and he said unto him, Behold, here am I.",
    "And he said, Behold now, I am old, I know not the day of my death: Now therefore take, I pray thee, thy weapons, thy quiver and thy bow, and go out to the field, and take me some venison;",
    "And make me savoury meat, such as I love, and bring it to me, that I may eat; that my soul may bless thee before I die. And Rebekah heard when Isaac spake to Esau his son. And Esau went to the field to hunt for venison, and to bring it.",
    "And Rebekah spake unto Jacob her son, saying, Behold, I heard thy father speak unto Esau thy brother, saying,",
  ],
  fa: [
    "و چون‌ اسحاق‌ پیر شد و چشمانش‌از دیدن‌ تار گشته‌ بود، پسر بزرگ‌ خود عیسو را طلبیده‌، به‌ وی‌ گفت‌: «ای‌ پسر من‌!» گفت‌: «لبیك‌.»",
    "گفت‌: «اینك‌ پیر شده‌ام‌ و وقت‌ اجل‌ خود را نمی‌دانم‌.",
    "پس‌ اكنون‌، سلاح‌ خود یعنی‌ تركش‌ و كمان‌ خویش‌ را گرفته‌، به‌ صحرا برو، و نخجیری‌ برای‌ من‌ بگیر،",
    "و چون‌ اسحاق‌ به‌ پسر خود عیسو سخن‌ می‌گفت‌، رفقه‌ بشنید و عیسو به‌ صحرا رفت‌ تا نَخْجیری‌ صید كرده‌، بیاورد.",
    "آنگاه‌ رفقه‌ پسر خود یعقوب‌ را خوانده‌، گفت‌: «اینك‌ پدر تو را شنیدم‌ كه‌ برادرت‌ عیسو را خطاب‌ كرده‌، می‌گفت‌:",
  ],
};

// Psalm 106:39-44 in the King James Version and in the Smith-Van Dyck Arabic Version (1865), both in the public domain,
// from the same data (high rates, seed 1). The Arabic ends most verses with a full stop where the English has a
// semicolon or a colon, and leaves some with no mark at all: its sentences pair up badly with the English ones, and
// the last English paragraph is the Arabic's last two.
const PSALM = {
  en: [
    "Thus were they defiled with their own works, and went a whoring with their own inventions.",
    "Therefore was the wrath of the LORD kindled against his people, insomuch that he abhorred his own inheritance. And he gave them into the hand of the heathen; and they that hated them ruled over them.",
    "Their enemies also oppressed them, and they were brought into subjection under their hand.",
    "Many times did he deliver them; but they provoked him with their counsel, and were brought low for their iniquity. Nevertheless he regarded their affliction, when he heard their cry:",
  ],
  ar: [
    "وتنجسوا باعمالهم وزنوا بافعالهم\u200e.",
    "\u200eفحمي غضب الرب على شعبه وكره ميراثه\u200e. \u200eواسلمهم ليد الامم وتسلط عليهم مبغضوهم\u200e.",
    "\u200eوضغطهم اعداؤهم فذلوا تحت يدهم",
    "مرات كثيرة انقذهم. اما هم فعصوه بمشورتهم وانحطوا باثمهم",
    "فنظر الى ضيقهم اذ سمع صراخهم\u200f",
  ],
};

// Genesis 1:1-3 in the King James Version and the Van Dyck Arabic (1865), grouped as the builder grouped them (high
// rates, seed 1): the English lacks 1:3 ("And God said, Let there be light: and there was light"), which the Arabic
// has as a paragraph of its own.
const CREATION = {
  en: [
    "In the beginning God created the heaven and the earth.",
    "And the earth was without form, and void; and darkness was upon the face of the deep. And the Spirit of God moved upon the face of the waters.",
  ],
  ar: [
    "في البدء خلق الله السموات والارض.",
    "وكانت الارض خربة وخالية وعلى وجه الغمر ظلمة وروح الله يرف على وجه المياه.",
    "وقال الله ليكن نور فكان نور.",
  ],
};

describe("common words shared by sentences", () => {
  it("keep a verse cut off into a paragraph of its own with the English paragraph that holds it", () => {
    expect(alignedShapes(GENESIS, "fa")).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1, 2] },
      { source: [2], target: [3] },
      { source: [3], target: [4] },
    ]);
  });

  it("leave a verse that only the Arabic has alone", () => {
    expect(alignedShapes(CREATION, "ar")).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [], target: [2] },
    ]);
  });

  it("without sentence keys, the verse went with the paragraph before it", () => {
    const model = { sentence: { ...DEFAULT_PARAMS.sentence, lexical: 0 } };
    expect(alignedShapes(CREATION, "ar", { model })).toContainEqual({ source: [1], target: [1, 2] });
  });

  it("leave the trust in a literal translation's sentences as low as their lengths say", () => {
    // Read from sentence costs that held the rewards for shared common words, the trust rose, less was taken off
    // per sentence, and the Arabic's last verse was left without counterpart rather than joined to the one before.
    expect(alignedShapes(PSALM, "ar")).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
      { source: [3], target: [3, 4] },
    ]);
  });
});
