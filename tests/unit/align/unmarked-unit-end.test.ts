// A unit that ends with no mark at all (a headline, a list item, a caption) is not a sentence the translator wrote
// apart: the other language often runs it into the next sentence, one paragraph where this side has two. Inside a
// bead, such a pair of sentences against one costs ModelParams.sentence.bare rather than a translator's join (two).
import { describe, expect, it } from "vitest";
import { alignPair } from "@/lib/core/align";
import { prepareText } from "@/lib/core/align/align-pair";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { expectValidLinks, shape } from "./helpers";

// Written for this test: the Persian runs the headline into the first sentence of the story.
const EN = [
  "Floods force thousands from their homes",
  "Heavy rain fell on the province of Khuzestan for three days, and the Karun river rose by 4 metres on Monday.",
  "Officials said that 12,000 people had left their homes in Ahvaz and Shushtar.",
  "The Red Crescent sent 300 tents and 40 trucks of food to the region. Its director, Pir-Hossein Kolivand, said that more help would arrive on Wednesday.",
  "The weather service expects more rain on Friday.",
];
const FA = [
  "سیل هزاران نفر را آواره کرد باران شدید سه روز در استان خوزستان بارید و رودخانه کارون روز دوشنبه ۴ متر بالا آمد.",
  "مسئولان گفتند ۱۲٬۰۰۰ نفر خانه‌های خود را در اهواز و شوشتر ترک کرده‌اند.",
  "هلال احمر ۳۰۰ چادر و ۴۰ کامیون غذا به منطقه فرستاد. رئیس آن، پیرحسین کولیوند، گفت کمک‌های بیشتری روز چهارشنبه می‌رسد.",
  "سازمان هواشناسی برای روز جمعه باران بیشتری پیش‌بینی می‌کند.",
];

describe("a unit that ends with no mark", () => {
  it("is marked so at its last sentence end, apart from sentence ends and clause marks", () => {
    const { stops } = prepareText({ lang: "en", units: ["Floods force thousands from their homes", "Read more:", "Nobody was hurt."] });
    expect(Array.from(stops.endsUnit)).toEqual([1, 3, 2, 1]);
  });

  it("run into the next sentence on the other side is linked with it", () => {
    const { links } = alignPair({ lang: "en", units: EN }, { lang: "fa", units: FA });
    expectValidLinks(links, EN.length, FA.length);
    expect(shape(links)).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [1] },
      { source: [3], target: [2] },
      { source: [4], target: [3] },
    ]);
  });

  it("was left out, priced as a translator's join", () => {
    // Without the anchor miss, the sentence keys and the common words' miss too: "Floods" and "thousands" (سیل,
    // هزاران), each found once on each side, would keep the headline linked as well, their Persian words unmatched
    // where it is left out. The two readings are close (a posterior of 0.55 for leaving it out): only the price of a
    // join across a bare unit end tells them apart here.
    const sentence = { ...DEFAULT_PARAMS.sentence, bare: DEFAULT_PARAMS.sentence.two, lexical: 0 };
    const model = { sentence, anchorMiss: 0, signalMiss: { ...DEFAULT_PARAMS.signalMiss, common: 0 } };
    const { links } = alignPair({ lang: "en", units: EN }, { lang: "fa", units: FA }, { model });
    expect(shape(links)).toContainEqual({ source: [0], target: [] });
  });
});
