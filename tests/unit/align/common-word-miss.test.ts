// A paragraph paired with something pays for each of its common words (the built-in lexicon, signals/common-words.ts)
// that the other side of the link lacks, as it does for a number or a name (ModelParams.signalMiss). One common word
// says little, but a translation keeps most of them and a paragraph joined to the wrong neighbour keeps few: a verse
// that one side lost, joined to the verse before it, leaves all of its common words unmatched.
import { describe, expect, it } from "vitest";
import { alignPair } from "@/lib/core/align";
import { expectValidLinks, shape } from "./helpers";

// Hebrews 11:18-24 in the King James Version (1769) and in the Persian Old Version, both in the public domain, from
// ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (high rates, seed 1).
// The Persian lacks verse 21 ("By faith Jacob...") and verse 23; the English paragraph of verse 21 stands alone.
const HEBREWS = {
  en: [
    "Of whom it was said, That in Isaac shall thy seed be called:",
    "Accounting that God was able to raise him up, even from the dead; from whence also he received him in a figure. By faith Isaac blessed Jacob and Esau concerning things to come.",
    "By faith Jacob, when he was a dying, blessed both the sons of Joseph; and worshipped, leaning upon the top of his staff.",
    "By faith Joseph, when he died, made mention of the departing of the children of Israel; and gave commandment concerning his bones.",
    "By faith Moses, when he was born, was hid three months of his parents, because they saw he was a proper child; and they were not afraid of the king's commandment. By faith Moses, when he was come to years, refused to be called the son of Pharaoh's daughter;",
  ],
  fa: [
    "که به او گفته شده بود که نسل تو به اسحاق خوانده خواهد شد.",
    "چونکه یقین دانست که خدا قادر بر برانگیزانیدن از اموات است و همچنین او را در مَثَلی از اموات نیز باز یافت. به ایمان اسحاق نیز یعقوب و عیسو را در امور آینده برکت داد.",
    "به ایمان یوسف در حین وفات خود، از خروج بنی‌اسرائیل اِخبار نمود و دربارهٔ استخوانهای خود وصیّت کرد.",
    "به ایمان چون موسی بزرگ شد، ابا نمود از اینکه پسرِ دخترِ فرعون خوانده شود،",
  ],
};

describe("common words left unmatched", () => {
  it("leave a verse that the translation lost without counterpart rather than joined to its neighbour", () => {
    const { links } = alignPair({ lang: "en", units: HEBREWS.en }, { lang: "fa", units: HEBREWS.fa });
    expectValidLinks(links, HEBREWS.en.length, HEBREWS.fa.length);
    expect(shape(links)).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [] },
      { source: [3], target: [2] },
      { source: [4], target: [3] },
    ]);
  });

  it("costing nothing, the lost verse was joined to the one before it", () => {
    const model = { signalMiss: { common: 0 } };
    const { links } = alignPair({ lang: "en", units: HEBREWS.en }, { lang: "fa", units: HEBREWS.fa }, { model });
    expect(shape(links)).toContainEqual({ source: [1, 2], target: [1] });
  });
});
