// An import's rows step over a line of page furniture that one text has between two paragraphs of a row, where the
// row's sentences pair it with nothing, and the plan lists the line for the import to mark as clutter
// (plan-alignment.ts stepOverFurniture; the pair aligner's counterpart is align/pair-seams.ts).
import { describe, expect, it } from "vitest";
import { planAlignment, type AlignmentPlanInput } from "@/lib/core/jobs";
import { planAlignmentOnThreads } from "@/lib/worker/plan";

const texts: AlignmentPlanInput["texts"] = [
  {
    lang: "en",
    units: [
      "Iran and Iraq signed an agreement on Tuesday to build a railway between Shalamcheh and Basra.",
      "The 32-kilometre line will connect the two countries' rail networks for the first time. Officials said construction would begin within two months and take about eighteen months.",
      "The project was first proposed in 2011.",
    ],
  },
  {
    lang: "ar",
    units: [
      "وقعت إيران والعراق يوم الثلاثاء اتفاقا لبناء سكة حديد بين الشلامجة والبصرة.",
      "وسيربط الخط البالغ طوله 32 كيلومترا شبكتي السكك الحديدية في البلدين للمرة الأولى.",
      // "Watch the video below": a line no list of clutter phrases of ours holds.
      "شاهد الفيديو أدناه",
      "وقال مسؤولون إن البناء سيبدأ في غضون شهرين ويستغرق نحو ثمانية عشر شهرا.",
      "وقد اقترح المشروع لأول مرة عام 2011.",
    ],
  },
];

function planOf(input: AlignmentPlanInput) {
  const plan = planAlignment(input);
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

const cellsOf = (rows: ReadonlyArray<{ cells: Record<string, number[]> }>) => rows.map((row) => row.cells);

describe("a line of page furniture inside a row", () => {
  it("is stepped over and listed, when the caller marks furniture (an import)", () => {
    const plan = planOf({ texts, pivot: "en", markFurniture: true });
    expect(plan.furniture).toEqual([{ lang: "ar", unit: 2 }]);
    expect(cellsOf(plan.rows)).toEqual([
      { en: [0], ar: [0] },
      { en: [1], ar: [1, 3] },
      { en: [2], ar: [4] },
    ]);
    // The row's sentences are those of its paragraphs now: both Arabic ones, against the English paragraph's two.
    const row = plan.rows[1]!;
    expect(row.sentences!.flatMap((link) => link.spans.ar ?? []).map((ref) => ref.unit).sort()).toEqual([0, 1]);
    expect(row.sentences!.every((link) => (link.spans.en?.length ?? 0) > 0 && (link.spans.ar?.length ?? 0) > 0)).toBe(true);
  });

  it("is stepped over alike when the sentence pass runs on the worker threads, as an import runs it", async () => {
    const input = { texts, pivot: "en", markFurniture: true };
    const onThreads = await planAlignmentOnThreads(input);
    expect(onThreads).toEqual(planAlignment(input));
    expect(onThreads.ok && onThreads.furniture).toEqual([{ lang: "ar", unit: 2 }]);
  });

  it("stays in its row in a re-alignment, which marks nothing (a user may have restored the line)", () => {
    const plan = planOf({ texts, pivot: "en" });
    expect(plan.furniture).toBeUndefined();
    expect(cellsOf(plan.rows)).toContainEqual({ en: [1], ar: [1, 2, 3] });
  });

  it("stays where a reviewer rejected the row without it", () => {
    const plan = planOf({ texts, pivot: "en", markFurniture: true, forbidden: [{ cells: { en: [1], ar: [1, 3] }, score: 0 }] });
    expect(plan.furniture).toEqual([]);
    expect(cellsOf(plan.rows)).toContainEqual({ en: [1], ar: [1, 2, 3] });
  });
});
