// A line of page furniture that one side has between the two halves of a paragraph the other language split: the
// pair's link steps over it where its sentences pair with nothing, as over a unit the caller leaves out
// (pair-seams.ts innerFurniture; leave-out.ts). No alignment of every unit in order can give that link.
import { describe, expect, it } from "vitest";
import { alignPair, type PairLink } from "@/lib/core/align";
import { alignTexts } from "@/lib/core/jobs/align-texts";
import { alignParagraphs } from "./helpers";

const EN = [
  "Iran and Iraq signed an agreement on Tuesday to build a railway between Shalamcheh and Basra.",
  "The 32-kilometre line will connect the two countries' rail networks for the first time. Officials said construction would begin within two months and take about eighteen months.",
  "The project was first proposed in 2011.",
];
const arabic = (middle: string[]) => ({
  lang: "ar",
  units: [
    "وقعت إيران والعراق يوم الثلاثاء اتفاقا لبناء سكة حديد بين الشلامجة والبصرة.",
    "وسيربط الخط البالغ طوله 32 كيلومترا شبكتي السكك الحديدية في البلدين للمرة الأولى.",
    ...middle,
    "وقد اقترح المشروع لأول مرة عام 2011.",
  ],
});
const english = { lang: "en", units: EN };
// "Watch the video below": a line no list of clutter phrases of ours holds.
const AROUND_A_VIDEO = arabic(["شاهد الفيديو أدناه", "وقال مسؤولون إن البناء سيبدأ في غضون شهرين ويستغرق نحو ثمانية عشر شهرا."]);

const shapes = (links: readonly PairLink[]) => links.map((link) => [link.source, link.target, link.leftOut ?? false]);

describe("a line of page furniture inside a link", () => {
  it("is stepped over, and the halves of the split paragraph stay in one link", () => {
    expect(shapes(alignParagraphs(english, AROUND_A_VIDEO).links)).toContainEqual([[1], [1, 2, 3], false]);

    const links = alignPair(english, AROUND_A_VIDEO).links;
    expect(shapes(links)).toEqual([
      [[0], [0], false],
      [[1], [1, 3], false],
      [[], [2], true],
      [[2], [4], false],
    ]);
    const stepping = links.find((link) => link.target.join() === "1,3")!;
    expect(links.find((link) => link.leftOut)!.score).toBe(stepping.score);
  });

  it("is clutter to the command line, which does not know the phrase", () => {
    const links = alignTexts(english, AROUND_A_VIDEO).links;
    expect(shapes(links)).toContainEqual([[], [2], true]);
    expect(shapes(links)).toContainEqual([[1], [1, 3], false]);
  });

  it("stays in the link where its words are the other side's: a sentence the translator broke at a comma", () => {
    // "And officials said construction would begin within two months," with no sentence end: a line that looks like
    // furniture, and the English sentence it translates is in the link.
    const broken = arabic(["وقال مسؤولون إن البناء سيبدأ في غضون شهرين،", "على أن يستغرق نحو ثمانية عشر شهرا."]);
    const links = alignPair(english, broken).links;
    expect(links.some((link) => link.leftOut)).toBe(false);
    expect(shapes(links)).toContainEqual([[1], [1, 2, 3], false]);
  });

  it("is never looked for in a text that leaves most of its paragraphs open", () => {
    // The same Arabic with its full stops taken out: an open line says nothing there.
    const open = { ...AROUND_A_VIDEO, units: AROUND_A_VIDEO.units.map((unit) => unit.replace(/\.$/, "")) };
    expect(alignPair(english, open).links.some((link) => link.leftOut)).toBe(false);
  });
});
