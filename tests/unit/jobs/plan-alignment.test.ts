import { describe, expect, it } from "vitest";
import {
  alignRowSentences,
  fillOneSentenceRows,
  needsSentencePass,
  planAlignment,
  planRows,
  rowSentenceMeasures,
  sentenceCells,
  sentenceStage,
  splitAtSentenceSeams,
  textSentences,
  type AlignmentPlanInput,
  type PlannedRow,
} from "@/lib/core/jobs";
import { letterCount } from "@/lib/core/text/fold";

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
    expect(split.rows.map(needsSentencePass)).toEqual([true, true, true]);
    // Only the first row has more than one sentence in a language; the others get their one link from the texts'
    // sentences, split apart (on another thread in the app).
    const sentences = textSentences(input.texts);
    fillOneSentenceRows(split.rows, input.texts, sentences);
    expect(split.rows.map(needsSentencePass)).toEqual([true, false, false]);
    // The sentence pass reads how the texts cut sentences from all the rows: four Persian sentences to four English.
    Object.assign(split, rowSentenceMeasures(split.rows, input.texts, sentences, input.pivot));
    expect(split.sentenceRatios).toEqual({ fa: 1 });
    // And how often their rows differ in sentence count: none of the three does.
    expect(split.sentenceJoins).toEqual({ "en|fa": { rows: 3, differ: 0 } });
    // And the length ratio, letters per English letter over the rows that have both (here every row).
    const letters = (lang: string) => input.texts.find((t) => t.lang === lang)!.units.reduce((sum, unit) => sum + letterCount(unit), 0);
    expect(split.letterRatios).toEqual({ en: 1, fa: letters("fa") / letters("en") });
    for (const row of split.rows) {
      if (!needsSentencePass(row)) continue;
      row.sentences = alignRowSentences(sentenceCells(row, input.texts), input.pivot, split);
    }
    split.rows = splitAtSentenceSeams(split.rows, input);
    expect(split).toEqual(whole);
    expect(whole.rows.map((row) => row.sentences!.length)).toEqual([2, 1, 1]);
  });

  it("leaves the sentences of a kept anchor alone, and redoes those of an anchor listed in resentence", () => {
    const anchors = [{ cells: { en: [1], fa: [1] }, score: 1 }, { cells: { en: [2], fa: [2] }, score: 1 }];
    const planned = planRows({ ...input, anchors, resentence: [1] });
    if (!planned.ok) throw new Error("no plan");
    fillOneSentenceRows(planned.rows, input.texts, textSentences(input.texts));
    const byAnchor = new Map(planned.rows.map((row) => [row.anchor, row.sentences]));
    expect(byAnchor.get(0)).toBeNull();
    // The redone anchor is one sentence a language: its one link spans both paragraphs whole, with the row's score.
    expect(byAnchor.get(1)).toEqual([
      { spans: { en: [{ unit: 0, start: 0, end: 29 }], fa: [{ unit: 0, start: 0, end: 30 }] }, score: 1 },
    ]);
    expect(sentenceCells(planned.rows.find((row) => row.anchor === 1)!, input.texts)).toEqual([
      { lang: "en", texts: ["Both sides spoke of progress."] },
      { lang: "fa", texts: ["هر دو طرف از پیشرفت سخن گفتند."] },
    ]);
  });

  it("gives a row of one sentence a language its row's score, and leaves a longer row to the sentence pass", () => {
    const planned = planRows(input);
    if (!planned.ok) throw new Error("no plan");
    fillOneSentenceRows(planned.rows, input.texts, textSentences(input.texts));
    for (const row of planned.rows.filter((r) => !needsSentencePass(r))) {
      expect(row.sentences).toHaveLength(1);
      expect(row.sentences![0]!.score).toBe(row.score);
    }
    expect(planned.rows[0]!.sentences).toEqual([]);
  });
});

describe("alignRowSentences on a row that may hide seams", () => {
  // pair-seams.test.ts has the same row as a link (ntrex128's scotsman.133804, its English lead dropped).
  const cells = [
    { lang: "en", texts: ["Still Game star looks set for new career in restaurant industry"] },
    {
      lang: "ar",
      texts: [
        'نجم "Still Game" يبدو مستعدًا لمهنة جديدة في مجال المطاعم',
        'يبدو أن نجم برنامج "Still Game"، فورد كيرنان مستعدًا للانتقال إلى قطاع الضيافة بعد علمه أنه قد تم تعيينه مديرًا لشركة مطاعم مرخصة.',
      ],
    },
  ];
  const measures = { letterRatios: { en: 1, ar: 1.6 } };
  const units = (links: ReturnType<typeof alignRowSentences>) =>
    links.map((link) => Object.fromEntries(Object.entries(link.spans).map(([lang, refs]) => [lang, refs.map((ref) => ref.unit)])));

  it("leaves the sentence of a paragraph without counterpart alone, so that splitAtSentenceSeams cuts the row there", () => {
    expect(units(alignRowSentences(cells, "en", measures, true))).toEqual([
      { en: [0], ar: [0] },
      { en: [], ar: [1] },
    ]);
    // At the price of a sentence omission inside an ordinary row, it joins the headline's link.
    expect(units(alignRowSentences(cells, "en", measures, false))).toEqual([{ en: [0], ar: [0, 1] }]);
  });
});

describe("planAlignment of a row that may hide seams", () => {
  // ntrex128's nytimes.184822 as the benchmark built it (high rate, seed 1): the English lost the Arabic's middle
  // paragraph ("I remember thinking, what will they put on my grave?"), which the paragraph passes join to the first.
  const seamy: AlignmentPlanInput = {
    pivot: "en",
    texts: [
      { lang: "en", units: ['"You\'d have thought Kleenex was my corporate sponsor.', '"She cried"?""'] },
      { lang: "ar", units: ['"كنت تعتقد أن كلينيكس كانت الشركة الراعية.', "أتذكر التفكير بهذا الشأن، ما الذي سيضعونه على قبري؟", '"هل بكت؟"'] },
    ],
  };

  it("cuts it where its sentences pair up apart at the seam price, and aligns each part again at the ordinary price", () => {
    const rows = planRows(seamy);
    if (!rows.ok) throw new Error("no rows");
    expect(rows.rows.map((row) => row.cells)).toContainEqual({ en: [0], ar: [0, 1] });
    const plan = planAlignment(seamy);
    if (!plan.ok) throw new Error("no plan");
    expect(plan.rows.map((row) => row.cells)).toEqual([
      { en: [0], ar: [0] },
      { ar: [1] },
      { en: [1], ar: [2] },
    ]);
    for (const row of plan.rows) expect(row.seamPriced).toBeUndefined();
    // The two parts of the cut row (the third row, one sentence a language, has its one link from the texts).
    for (const row of plan.rows.slice(0, 2)) expect(row.sentences).toEqual(alignRowSentences(sentenceCells(row, seamy.texts), "en", plan));
  });

  it("is two steps of sentenceStage: the rows to align, this one at the seam price, then the parts it was cut into", () => {
    const plan = planRows(seamy);
    if (!plan.ok) throw new Error("no rows");
    const stage = sentenceStage(plan, seamy, textSentences(seamy.texts));
    const first = stage.next();
    if (first.done) throw new Error("no first step");
    const joined = plan.rows.findIndex((row) => row.cells.ar?.length === 2);
    expect(first.value.rows).toContain(joined);
    expect(plan.rows[joined]!.seamPriced).toBe(true);
    for (const index of first.value.rows) {
      const row = plan.rows[index]!;
      row.sentences = alignRowSentences(sentenceCells(row, seamy.texts), "en", first.value.measures, row.seamPriced);
    }
    const second = stage.next();
    if (second.done) throw new Error("no second step");
    expect(second.value.rows).toEqual([0, 1]);
    expect(plan.rows.map((row) => row.cells).slice(0, 2)).toEqual([{ en: [0], ar: [0] }, { ar: [1] }]);
    expect(plan.rows.some((row) => row.seamPriced)).toBe(false);
    expect(stage.next().done).toBe(true);
  });

  it("reports its stages in order, the sentences' count rising to the number of rows", () => {
    const reports: Array<[string, number, number]> = [];
    const plan = planAlignment(seamy, (stage, done, total) => reports.push([stage, done, total]));
    if (!plan.ok) throw new Error("no plan");
    const stages = reports.map(([stage]) => stage);
    expect(stages.indexOf("sentences")).toBeGreaterThan(stages.lastIndexOf("align"));
    const sentences = reports.filter(([stage]) => stage === "sentences");
    for (let k = 1; k < sentences.length; k++) expect(sentences[k]![1]).toBeGreaterThanOrEqual(sentences[k - 1]![1]);
    expect(sentences.at(-1)).toEqual(["sentences", sentences.at(-1)![2], sentences.at(-1)![2]]);
  });
});

describe("splitAtSentenceSeams", () => {
  const texts = [
    { lang: "en", units: ["Talks lasted 3 hours.", "Both sides spoke of progress."] },
    { lang: "fa", units: ["گفت‌وگوها ۳ ساعت طول کشید.", "هر دو طرف از پیشرفت سخن گفتند."] },
  ];
  const sentences = [
    { spans: { en: [{ unit: 0, start: 0, end: 21 }], fa: [{ unit: 0, start: 0, end: 26 }] }, score: 0.9 },
    { spans: { en: [{ unit: 1, start: 0, end: 29 }], fa: [{ unit: 1, start: 0, end: 30 }] }, score: 0.8 },
  ];
  const row: PlannedRow = { cells: { en: [0, 1], fa: [0, 1] }, score: 0.6, anchor: -1, sentences };

  it("cuts a new row where no sentence link crosses, each part a new row with its own links", () => {
    expect(splitAtSentenceSeams([row], { texts })).toEqual([
      { cells: { en: [0], fa: [0] }, score: 0.6, anchor: -1, sentences: [sentences[0]] },
      { cells: { en: [1], fa: [1] }, score: 0.6, anchor: -1, sentences: [{ ...sentences[1], spans: { en: [{ unit: 0, start: 0, end: 29 }], fa: [{ unit: 0, start: 0, end: 30 }] } }] },
    ]);
  });

  it("leaves a kept anchor whole, and a row one of whose parts a reviewer rejected", () => {
    const anchor = { ...row, anchor: 0 };
    expect(splitAtSentenceSeams([anchor], { texts })).toEqual([anchor]);
    expect(splitAtSentenceSeams([row], { texts, forbidden: [{ cells: { en: [1], fa: [1] }, score: 0 }] })).toEqual([row]);
  });
});
