// alignPair's leaveOut: units the caller knows have no counterpart are aligned around, each in a link of its own.
import { describe, expect, it } from "vitest";
import { AlignInputError, alignPair, type PairLink } from "@/lib/core/align";
import { alignTexts } from "@/lib/core/jobs/align-texts";
import { alignParagraphs } from "./helpers";

// An English report and its Arabic translation, which split the second paragraph in two around a "Read more:" line;
// the English page has a breadcrumb above it.
const EN = [
  "Home / World / Middle East",
  "Iran and Iraq signed an agreement on Tuesday to build a railway between Shalamcheh and Basra.",
  "The 32-kilometre line will connect the two countries' rail networks for the first time. Officials said construction would begin within two months and take about eighteen months.",
  "The project was first proposed in 2011.",
];
const AR = [
  "وقعت إيران والعراق يوم الثلاثاء اتفاقا لبناء سكة حديد بين الشلامجة والبصرة.",
  "وسيربط الخط البالغ طوله 32 كيلومترا شبكتي السكك الحديدية في البلدين للمرة الأولى.",
  "اقرأ المزيد:",
  "وقال مسؤولون إن البناء سيبدأ في غضون شهرين ويستغرق نحو ثمانية عشر شهرا.",
  "وقد اقترح المشروع لأول مرة عام 2011.",
];
const english = { lang: "en", units: EN };
const arabic = { lang: "ar", units: AR };
const LEAVE_OUT = { source: [true, false, false, false], target: [false, false, true, false, false] };

const shapes = (links: readonly PairLink[]) => links.map((link) => [link.source, link.target, link.leftOut ?? false]);

/** Every unit in exactly one link; each side's links in order of their first unit. */
function expectEachUnitOnce(links: readonly PairLink[], sourceSize: number, targetSize: number): void {
  for (const [side, size] of [["source", sourceSize], ["target", targetSize]] as const) {
    const units = links.flatMap((link) => link[side]);
    expect([...units].sort((a, b) => a - b)).toEqual(Array.from({ length: size }, (_, k) => k));
    const firsts = links.filter((link) => link[side].length > 0).map((link) => link[side][0]!);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  }
}

describe("alignPair with leaveOut", () => {
  it("links the halves of a paragraph split around a line of clutter, which every unit's alignment cannot", () => {
    const whole = alignParagraphs(english, arabic);
    expect(shapes(whole.links)).toContainEqual([[2], [1, 2, 3], false]);

    const around = alignPair(english, arabic, { leaveOut: LEAVE_OUT });
    expect(shapes(around.links)).toEqual([
      [[0], [], true],
      [[1], [0], false],
      [[2], [1, 3], false],
      [[], [2], true],
      [[3], [4], false],
    ]);
    expect(around.links.filter((link) => link.leftOut).map((link) => link.score)).toEqual([1, 1]);
    expectEachUnitOnce(around.links, EN.length, AR.length);
  });

  it("takes forbidden links in the whole texts' indices, and drops those holding a unit left out", () => {
    const forbidden = [
      { source: [2], target: [1, 3], hard: true },
      { source: [0], target: [0] },
    ];
    const links = alignPair(english, arabic, { leaveOut: LEAVE_OUT, forbidden }).links;
    expect(shapes(links)).not.toContainEqual([[2], [1, 3], false]);
    expectEachUnitOnce(links, EN.length, AR.length);
  });

  it("leaves a whole side out", () => {
    const links = alignPair(english, arabic, { leaveOut: { target: AR.map(() => true) } }).links;
    expect(links.filter((link) => link.leftOut).map((link) => link.target)).toEqual([[0], [1], [2], [3], [4]]);
    expect(links.filter((link) => !link.leftOut).every((link) => link.target.length === 0)).toBe(true);
    expectEachUnitOnce(links, EN.length, AR.length);
  });

  it("is alignPair itself when nothing is marked", () => {
    expect(alignPair(english, arabic, { leaveOut: { source: EN.map(() => false) } })).toEqual(alignPair(english, arabic));
  });

  it("refuses a bridge table, whose cells are in the whole texts' indices", () => {
    expect(() => alignPair(english, arabic, { leaveOut: LEAVE_OUT, bridge: { pairs: new Map() } as never })).toThrow(AlignInputError);
  });
});

describe("alignTexts", () => {
  it("leaves out the clutter an import would mark by what it says", () => {
    expect(alignTexts(english, arabic).links).toEqual(alignPair(english, arabic, { leaveOut: LEAVE_OUT }).links);
  });

  it("aligns every unit with keepClutter", () => {
    expect(alignTexts(english, arabic, { keepClutter: true }).links).toEqual(alignPair(english, arabic).links);
  });
});
