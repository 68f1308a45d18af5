// A paragraph paired with something pays for each of its common words (the built-in lexicon, signals/common-words.ts)
// that the other side of the link lacks, as it does for a number or a name (ModelParams.signalMiss). One common word
// says little, but a translation keeps most of them and a paragraph joined to the wrong neighbour keeps few: a verse
// that one side lost, joined to the paragraph next to it, leaves its common words unmatched.
import { describe, expect, it } from "vitest";
import { alignedShapes } from "./helpers";

// Genesis 1:13-24 in the King James Version (1769) and in the Persian Old Version, both in the public domain, from
// ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (high rates, seed 1).
// The English lacks verse 13 ("And the evening and the morning were the third day") and verse 23, the Persian
// paragraphs of verses 14-20 and 21-23 are the English paragraphs of verses 14-18 and 19-22 cut elsewhere.
const GENESIS = {
  en: [
    "And God said, Let there be lights in the firmament of the heaven to divide the day from the night; and let them be for signs, and for seasons, and for days, and years: And let them be for lights in the firmament of the heaven to give light upon the earth: and it was so. And God set them in the firmament of the heaven to give light upon the earth, And to rule over the day and over the night, and to divide the light from the darkness: and God saw that it was good.",
    "And the evening and the morning were the fourth day. And God said, Let the waters bring forth abundantly the moving creature that hath life, and fowl that may fly above the earth in the open firmament of heaven. And God created great whales, and every living creature that moveth, which the waters brought forth abundantly, after their kind, and every winged fowl after his kind: and God saw that it was good. And God blessed them, saying, Be fruitful, and multiply, and fill the waters in the seas, and let fowl multiply in the earth.",
    "And God said, Let the earth bring forth the living creature after his kind, cattle, and creeping thing, and beast of the earth after his kind: and it was so.",
  ],
  fa: [
    "و شام‌ بود و صبح‌ بود، روزی‌ سوم‌.",
    "و خدا گفت‌: «نیرها در فلك‌ آسمان‌ باشند تا روز را از شب‌ جدا كنند و برای‌ آیات‌ و زمانها و روزها و سالها باشند. و نیرها در فلك‌ آسمان‌ باشند تا بر زمین‌ روشنایی‌ دهند.» و چنین‌ شد. و خدا دو نیر بزرگ‌ ساخت‌، نیر اعظم‌ را برای‌ سلطنت‌ روز و نیر اصغر را برای‌ سلطنت‌ شب‌، و ستارگان‌ را. و خدا آنها را در فلك‌ آسمان‌ گذاشت‌ تا بر زمین‌ روشنایی‌ دهند، و تا سلطنت‌ نمایند بر روز و بر شب‌، و روشنایی‌ را از تاریكی‌ جدا كنند. و خدا دید كه‌ نیكوست‌. و شام‌ بود و صبح‌ بود، روزی‌ چهارم‌. و خدا گفت‌: «آبها به‌ انبوه‌ جانوران‌ پر شود و پرندگان‌ بالای‌ زمین‌ بر روی‌ فلك‌ آسمان‌ پرواز كنند.»",
    "پس‌ خدا نهنگان‌ بزرگ‌ آفرید و همۀ جانداران‌ خزنده‌ را، كه‌ آبها از آنها موافق‌ اجناس‌ آنها پر شد، و همۀ پرندگان‌ بالدار را به‌ اجناس‌ آنها. و خدا دید كه‌ نیكوست‌. و خدا آنها را بركت‌ داده‌، گفت‌: «بارور و كثیر شوید و آبهای‌ دریا را پر سازید، و پرندگان‌ در زمین‌ كثیر بشوند.» و شام‌ بود و صبح‌ بود، روزی‌ پنجم‌.",
    "و خدا گفت‌: «زمین‌، جانوران‌ را موافق‌ اجناس‌ آنها بیرون‌ آورد، بهایم‌ و حشرات‌ و حیوانات‌ زمین‌ به‌ اجناس‌ آنها.» و چنین‌ شد.",
  ],
};

// Psalm 78:29-36 in the King James Version and the Persian Old Version, grouped as the builder grouped them (high
// rates, seed 2): the English lacks 78:32 ("For all this they sinned still"), a paragraph of its own in the Persian,
// and the Persian lacks 78:34.
const PSALM_78 = {
  en: [
    "So they did eat, and were well filled: for he gave them their own desire; They were not estranged from their lust. But while their meat was yet in their mouths, The wrath of God came upon them, and slew the fattest of them, and smote down the chosen men of Israel.",
    "Therefore their days did he consume in vanity, and their years in trouble. When he slew them, then they sought him: and they returned and enquired early after God. And they remembered that God was their rock, and the high God their redeemer. Nevertheless they did flatter him with their mouth, and they lied unto him with their tongues.",
  ],
  fa: [
    "پس خوردند و نیکو سیر شدند و موافق شهوات ایشان بدیشان داد. ایشان از شهوت خود دست نکشیدند. و غذا هنوز در دهان ایشان بود که غضب خدا بر ایشان افروخته شده؛ تنومندان ایشان را بکُشت و جوانان اسرائیل را هلاک ساخت.",
    "با وجود این همه، باز گناه ورزیدند و به اعمال عجیب او ایمان نیاوردند.",
    "بنابراین، روزهای ایشان را در بطالت تمام کرد و سالهای ایشان را درترس. و به یاد آوردند که خدا صخرهٔ ایشان، و خدای تعالی ولیّ ایشان است. امّا به دهان خود او را تملّق نمودند و به زبان خویش به او دروغ گفتند،",
  ],
};

// John 6:5-8 in the King James Version and the Van Dyck Arabic, grouped as the builder grouped them (high rates,
// seed 2): the Arabic lacks 6:6 ("And this he said to prove him"), and has 6:8 alone, which the English lost.
const JOHN_6 = {
  en: [
    "When Jesus then lifted up his eyes, and saw a great company come unto him, he saith unto Philip, Whence shall we buy bread, that these may eat? And this he said to prove him: for he himself knew what he would do.",
    "Philip answered him, Two hundred pennyworth of bread is not sufficient for them, that every one of them may take a little.",
  ],
  ar: [
    "فرفع يسوع عينيه ونظر ان جمعا كثيرا مقبل اليه فقال لفيلبس من اين نبتاع خبزا لياكل هؤلاء.",
    "اجابه فيلبس لا يكفيهم خبز بمئتي دينار ليأخذ كل واحد منهم شيئا يسيرا.",
    "قال له واحد من تلاميذه وهو اندراوس اخو سمعان بطرس.",
  ],
};

describe("common words left unmatched", () => {
  it("leave a verse that the other side lost without counterpart rather than joined to its neighbour", () => {
    expect(alignedShapes(GENESIS, "fa")).toEqual([
      { source: [], target: [0] },
      { source: [0, 1], target: [1, 2] },
      { source: [2], target: [3] },
    ]);
  });

  it("leave a verse of a psalm that the English lost alone", () => {
    expect(alignedShapes(PSALM_78, "fa")).toEqual([
      { source: [0], target: [0] },
      { source: [], target: [1] },
      { source: [1], target: [2] },
    ]);
  });

  it("leave the verse the English lost alone, even where common words' misses cost nothing", () => {
    const right = [
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [], target: [2] },
    ];
    expect(alignedShapes(JOHN_6, "ar")).toEqual(right);
    // With misses free and without the word pairs learned from the corpus (signals/corpus-words.ts), every link after
    // the lost verse slipped by one until the English's "answered" was read as the word list's "answer"
    // (lib/core/text/english-forms.ts): the second verse's own words now pair it.
    expect(alignedShapes(JOHN_6, "ar", { model: { signalMiss: { common: 0 } }, corpusWords: null })).toEqual(right);
  });
});
