import { describe, expect, it } from "vitest";
import { alignRowSentences, planAlignment, planRows, sentenceCells, type AlignmentPlanInput } from "@/lib/core/jobs";

const input: AlignmentPlanInput = {
  pivot: "en",
  texts: [
    { lang: "en", units: ["The minister arrived in Tehran on Monday. He met the president.", "Talks lasted 3 hours.", "Both sides spoke of progress."] },
    { lang: "fa", units: ["وزیر روز دوشنبه به تهران رسید. او با رئیس‌جمهور دیدار کرد.", "گفت‌وگوها ۳ ساعت طول کشید.", "هر دو طرف از پیشرفت سخن گفتند."] },
  ],
};

describe("planRows and alignRowSentences", () => {
  it("give, row by row, the plan that planAlignment gives (the split that lets threads share the sentence pass)", () => {
    const whole = planAlignment(input);
    const split = planRows(input);
    if (!whole.ok || !split.ok) throw new Error("no plan");
    expect(split.rows.every((row) => Array.isArray(row.sentences) && row.sentences.length === 0)).toBe(true);
    for (const row of split.rows) row.sentences = alignRowSentences(sentenceCells(row, input.texts), input.pivot);
    expect(split).toEqual(whole);
    expect(whole.rows.map((row) => row.sentences!.length)).toEqual([2, 1, 1]);
  });

  it("leaves the sentences of a kept anchor alone, and redoes those of an anchor listed in resentence", () => {
    const anchors = [{ cells: { en: [1], fa: [1] }, score: 1 }, { cells: { en: [2], fa: [2] }, score: 1 }];
    const planned = planRows({ ...input, anchors, resentence: [1] });
    if (!planned.ok) throw new Error("no plan");
    const byAnchor = new Map(planned.rows.map((row) => [row.anchor, row.sentences]));
    expect(byAnchor.get(0)).toBeNull();
    expect(byAnchor.get(1)).toEqual([]);
    expect(sentenceCells(planned.rows.find((row) => row.anchor === 1)!, input.texts)).toEqual([
      { lang: "en", texts: ["Both sides spoke of progress."] },
      { lang: "fa", texts: ["هر دو طرف از پیشرفت سخن گفتند."] },
    ]);
  });
});
