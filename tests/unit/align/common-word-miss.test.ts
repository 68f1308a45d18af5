// A paragraph paired with something pays for each of its common words (the built-in lexicon, signals/common-words.ts)
// that the other side of the link lacks, as it does for a number or a name (ModelParams.signalMiss). One common word
// says little, but a translation keeps most of them and a paragraph joined to the wrong neighbour keeps few: a verse
// that one side lost, joined to the paragraph next to it, leaves its common words unmatched.
import { describe, expect, it } from "vitest";
import { alignPair } from "@/lib/core/align";
import { alignParagraphs, expectValidLinks, shape } from "./helpers";

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

describe("common words left unmatched", () => {
  it("leave a verse that the other side lost without counterpart rather than joined to its neighbour", () => {
    const { links } = alignPair({ lang: "en", units: GENESIS.en }, { lang: "fa", units: GENESIS.fa });
    expectValidLinks(links, GENESIS.en.length, GENESIS.fa.length);
    expect(shape(links)).toEqual([
      { source: [], target: [0] },
      { source: [0, 1], target: [1, 2] },
      { source: [2], target: [3] },
    ]);
  });

  it("costing nothing, the paragraph passes joined the lost verse to the paragraph after it", () => {
    const model = { signalMiss: { common: 0 } };
    const { links } = alignParagraphs({ lang: "en", units: GENESIS.en }, { lang: "fa", units: GENESIS.fa }, { model });
    expect(shape(links)).toContainEqual({ source: [0], target: [0, 1] });
  });
});
