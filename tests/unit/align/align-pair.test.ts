import { describe, expect, it } from "vitest";
import { alignPair, galeChurch } from "@/lib/core/align";
import { EN, EN_FA, FA } from "./crafted";
import { expectValidLinks, shape } from "./helpers";

// Sentences in English and Persian, for documents whose paragraphs group them differently.
const SENTENCES = {
  h: ["Floods in Khuzestan force 12,000 people from their homes", "سیل در خوزستان ۱۲٬۰۰۰ نفر را آواره کرد"],
  s1: [
    "Heavy rain fell on the province of Khuzestan for three days, and the Karun river rose by 4 metres on Monday.",
    "باران شدید سه روز در استان خوزستان بارید و رودخانه کارون روز دوشنبه ۴ متر بالا آمد.",
  ],
  s2: ["Officials said that 12,000 people had left their homes in Ahvaz and Shushtar.", "مسئولان گفتند ۱۲٬۰۰۰ نفر خانه‌های خود را در اهواز و شوشتر ترک کرده‌اند."],
  s3: ["The Red Crescent sent 300 tents and 40 trucks of food to the region.", "هلال احمر ۳۰۰ چادر و ۴۰ کامیون غذا به منطقه فرستاد."],
  s4: ["Its director, Pir-Hossein Kolivand, said that more help would arrive on Wednesday.", "رئیس آن، پیرحسین کولیوند، گفت کمک‌های بیشتری روز چهارشنبه می‌رسد."],
  s5: ["Schools will stay closed until 15 April, the education office announced.", "اداره آموزش و پرورش اعلام کرد مدارس تا ۱۵ آوریل تعطیل می‌مانند."],
  t: ["The weather service expects more rain on Friday.", "سازمان هواشناسی برای روز جمعه باران بیشتری پیش‌بینی می‌کند."],
} as const;

const en = { lang: "en", units: EN };
const fa = { lang: "fa", units: FA };

describe("alignPair", () => {
  it("finds the 2-1, 1-2, 1-0 and 3-1 links of a crafted document", () => {
    const result = alignPair(en, fa);
    expect(result.status).toBe("ok");
    expect(shape(result.links)).toEqual(EN_FA);
    expectValidLinks(result.links, EN.length, FA.length);
  });

  it.each([
    ["2-3", [["h"], ["s1", "s2"], ["s3", "s4", "s5"], ["t"]], [["h"], ["s1"], ["s2", "s3"], ["s4", "s5"], ["t"]], { source: [1, 2], target: [1, 2, 3] }],
    ["3-2", [["h"], ["s1"], ["s2", "s3"], ["s4", "s5"], ["t"]], [["h"], ["s1", "s2"], ["s3", "s4", "s5"], ["t"]], { source: [1, 2, 3], target: [1, 2] }],
    ["4-1", [["h"], ["s1"], ["s2"], ["s3"], ["s4"], ["t"]], [["h"], ["s1", "s2", "s3", "s4"], ["t"]], { source: [1, 2, 3, 4], target: [1] }],
    ["1-4", [["h"], ["s1", "s2", "s3", "s4"], ["t"]], [["h"], ["s1"], ["s2"], ["s3"], ["s4"], ["t"]], { source: [1], target: [1, 2, 3, 4] }],
    ["3-3", [["h"], ["s1", "s2"], ["s3"], ["s4", "s5"], ["t"]], [["h"], ["s1"], ["s2", "s3", "s4"], ["s5"], ["t"]], { source: [1, 2, 3], target: [1, 2, 3] }],
    ["4-2", [["h"], ["s1"], ["s2"], ["s3", "s4"], ["s5"], ["t"]], [["h"], ["s1", "s2", "s3"], ["s4", "s5"], ["t"]], { source: [1, 2, 3, 4], target: [1, 2] }],
    ["2-4", [["h"], ["s1", "s2", "s3"], ["s4", "s5"], ["t"]], [["h"], ["s1"], ["s2"], ["s3", "s4"], ["s5"], ["t"]], { source: [1, 2], target: [1, 2, 3, 4] }],
  ] as const)("finds a %s link where the sentences cross the paragraph boundaries", (_shape, englishParagraphs, persianParagraphs, link) => {
    const join = (paragraphs: ReadonlyArray<ReadonlyArray<keyof typeof SENTENCES>>, side: 0 | 1) =>
      paragraphs.map((keys) => keys.map((key) => SENTENCES[key][side]).join(" "));
    const source = { lang: "en", units: join(englishParagraphs, 0) };
    const target = { lang: "fa", units: join(persianParagraphs, 1) };
    const { links } = alignPair(source, target);
    expectValidLinks(links, source.units.length, target.units.length);
    expect(shape(links)).toEqual([
      { source: [0], target: [0] },
      link,
      { source: [source.units.length - 1], target: [target.units.length - 1] },
    ]);
  });

  it("gives the sure links a high score and the 1-0 link a lower one", () => {
    const { links } = alignPair(en, fa);
    expect(links[0]!.score).toBeGreaterThan(0.9);
    expect(links[1]!.score).toBeGreaterThan(0.9);
    // Compared before calibration, which maps both to its ceiling: the omission's "15 April" and the names of the
    // sentences around it leave little doubt, but some more than the links on either side.
    const raw = alignPair(en, fa, { rawScores: true }).links;
    expect(raw[3]!.score).toBeLessThan(raw[1]!.score);
  });

  it("aligns in the other direction too (Persian source, English target)", () => {
    const { links } = alignPair(fa, en);
    expect(shape(links)).toEqual(EN_FA.map(({ source, target }) => ({ source: target, target: source })));
  });

  it("leaves clutter on one side unlinked", () => {
    const withClutter = { lang: "en", units: ["Home / World / Middle East", ...EN, "Leave a Reply"] };
    const { links } = alignPair(withClutter, fa);
    expect(shape(links)[0]).toEqual({ source: [0], target: [] });
    expect(shape(links)[links.length - 1]).toEqual({ source: [EN.length + 1], target: [] });
    expectValidLinks(links, EN.length + 2, FA.length);
  });

  it("uses the term base as anchors", () => {
    // The Persian reports one of the two councils' votes; only the term base says which.
    const source = {
      lang: "en",
      units: [
        "The president presented the budget on Monday.",
        "The Assembly of Experts approved it.",
        "The Expediency Council rejected it.",
        "The president resigned on Tuesday.",
      ],
    };
    const target = {
      lang: "fa",
      units: ["رئیس‌جمهور روز دوشنبه بودجه را ارائه کرد.", "مجلس خبرگان آن را تأیید کرد.", "رئیس‌جمهور روز سه‌شنبه استعفا داد."],
    };
    const lexicon = {
      entries: [
        { renderings: [{ lang: "en", text: "Assembly of Experts" }, { lang: "fa", text: "مجلس خبرگان" }] },
        { renderings: [{ lang: "en", text: "Expediency Council" }, { lang: "fa", text: "مجمع تشخیص مصلحت" }] },
      ],
    };
    const guessed = alignPair(source, target).links;
    expect(shape(guessed)[2]).toEqual({ source: [2], target: [1] });
    expect(guessed[2]!.score).toBeLessThan(0.7);
    const anchored = alignPair(source, target, { lexicon }).links;
    expect(shape(anchored)).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [] },
      { source: [3], target: [2] },
    ]);
    expect(anchored[1]!.score).toBeGreaterThan(0.85);
  });

  it("handles empty sides", () => {
    expect(alignPair({ lang: "en", units: [] }, { lang: "fa", units: [] }).links).toEqual([]);
    expect(shape(alignPair({ lang: "en", units: ["One.", "Two."] }, { lang: "fa", units: [] }).links)).toEqual([
      { source: [0], target: [] },
      { source: [1], target: [] },
    ]);
    expect(shape(alignPair({ lang: "en", units: [] }, fa).links)).toEqual(FA.map((_, j) => ({ source: [], target: [j] })));
  });

  it("returns a valid alignment with status gave-up when the bound is hit, without throwing", () => {
    const result = alignPair(en, fa, { maxCells: 10 });
    expect(result.status).toBe("gave-up");
    expectValidLinks(result.links, EN.length, FA.length);
  });

  it("does not propose a rejected link again", () => {
    const result = alignPair(en, fa, { forbidden: [{ source: [3], target: [2, 3] }] });
    expect(shape(result.links)).not.toContainEqual({ source: [3], target: [2, 3] });
    expectValidLinks(result.links, EN.length, FA.length);
  });
});

describe("galeChurch", () => {
  it("aligns by length alone with the paper's beads", () => {
    const source = { lang: "en", units: ["a".repeat(100), "b".repeat(40), "c".repeat(60), "d".repeat(300)] };
    const target = { lang: "fr", units: ["a".repeat(98), "b".repeat(102), "d".repeat(305)] };
    const { links, status } = galeChurch(source, target);
    expect(status).toBe("ok");
    expect(shape(links)).toEqual([
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
      { source: [3], target: [2] },
    ]);
  });
});
