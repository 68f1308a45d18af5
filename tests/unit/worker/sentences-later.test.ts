// An import that answers first (import-document.ts, `sentences: "after"`) leaves the sentence links of the rows of
// one paragraph a language for later. The rows must be the plan's all the same, and the links aligned later from
// the stored paragraphs must be those the import would have stored.
import { describe, expect, it } from "vitest";
import { planAlignment, sentenceCells, type PlannedRow } from "@/lib/core/jobs";
import { systemDictionaries } from "@/lib/system-dictionaries";
import { alignSentencesOnThreads, planRowsOnThreads } from "@/lib/worker/plan";

// Paragraphs of two sentences, one row each, then the row of pool.test.ts that its sentences cut at a seam (the
// English lost the Arabic's middle paragraph).
const input = {
  pivot: "en",
  texts: [
    {
      lang: "en",
      units: [
        ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} says that ${i + 3} ministers met on ${i + 1} May. They agreed on ${i + 7} points.`),
        '"You\'d have thought Kleenex was my corporate sponsor.',
        '"She cried"?""',
      ],
    },
    {
      lang: "ar",
      units: [
        ...Array.from({ length: 12 }, (_, i) => `تقول الفقرة ${i + 1} إن ${i + 3} وزراء اجتمعوا في ${i + 1} مايو. واتفقوا على ${i + 7} نقاط.`),
        '"كنت تعتقد أن كلينيكس كانت الشركة الراعية.',
        "أتذكر التفكير بهذا الشأن، ما الذي سيضعونه على قبري؟",
        '"هل بكت؟"',
      ],
    },
  ],
};

const onePerLanguage = (row: PlannedRow) => Object.values(row.cells).every((units) => units.length <= 1);

describe("sentences aligned after the rows are stored", () => {
  it("leaves only the links of rows of one paragraph a language for later, and the same links come of the stored paragraphs", async () => {
    const full = planAlignment({ ...input, dictionaries: systemDictionaries(["en", "ar"]) });
    const planned = await planRowsOnThreads(input);
    if (!full.ok || !planned.ok) throw new Error("no plan");
    const later = await planned.withSentences({ later: true });

    // The same rows, cut at the same seams.
    expect(later.rows.map((row) => row.cells)).toEqual(full.rows.map((row) => row.cells));
    expect(later.rows.length).toBe(full.rows.length);
    expect(full.rows.filter((row) => !onePerLanguage(row)).length).toBe(0); // the seam row was cut into parts
    const waiting = later.rows.flatMap((row, index) => (row.sentences?.length === 0 ? [index] : []));
    expect(waiting).toEqual(full.rows.flatMap((row, index) => (onePerLanguage(row) && row.sentences!.length > 1 ? [index] : [])));
    expect(waiting.length).toBeGreaterThanOrEqual(12);
    for (const [index, row] of later.rows.entries()) {
      if (!waiting.includes(index)) expect(row.sentences).toEqual(full.rows[index]!.sentences);
    }
    expect([later.sentenceRatios, later.sentenceJoins, later.letterRatios]).toEqual([full.sentenceRatios, full.sentenceJoins, full.letterRatios]);

    // What pending-sentences.ts does with the stored paragraphs: each row's texts, split again by the pass itself.
    const links = await alignSentencesOnThreads({
      pivot: input.pivot,
      measures: { sentenceRatios: later.sentenceRatios, sentenceJoins: later.sentenceJoins, letterRatios: later.letterRatios },
      rows: waiting.map((index) => ({ cells: sentenceCells(later.rows[index]!, input.texts), seams: false })),
    });
    expect(links).toEqual(waiting.map((index) => full.rows[index]!.sentences));
  });
});
