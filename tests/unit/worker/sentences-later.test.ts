// An import that answers first (import-document.ts, `sentences: "after"`) leaves the sentence links of the rows of
// one paragraph a language for later, and those of the rows the seam pass read that hold several sentences (the second
// step of the sentence pass aligns them again at the ordinary price, as the links aligned later are). The rows must be
// the plan's all the same, and the links aligned later from the stored paragraphs must be those the import would have
// stored.
import { describe, expect, it } from "vitest";
import { planAlignment, sentenceCells, type AlignmentPlan, type PlannedRow } from "@/lib/core/jobs";
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

// ntrex128 (CC BY-SA 4.0), as the benchmark's large document holds it: the Persian cut the English's fourth paragraph
// in two, a row of several paragraphs whose score leaves its seams in doubt, so the sentence pass reads it at the seam
// price, finds no seam, and aligns it again at the ordinary price.
const splitQuote = {
  pivot: "en",
  texts: [
    {
      lang: "en",
      units: [
        "Lindsey Graham, John Kennedy tell \"60 Minutes\" whether the FBI's investigation of Kavanaugh could change their minds",
        "The FBI investigation into accusations against Judge Brett Kavanaugh has delayed a final vote on his nomination to the Supreme Court by at least a week, and raises the question of whether the bureau's findings could sway any Republican senators into pulling their support. In an interview airing Sunday, \"60 Minutes\" correspondent Scott Pelley asked Republicans Sens. John Kennedy and Lindsey Graham whether the FBI could unearth anything that would lead them to change their minds.",
        "Kennedy appeared more open than his colleague from South Carolina.",
        "\"I said going into the hearing, I said, I've talked to Judge Kavanaugh. I called him after this happened, that allegation came out, said, 'Did you do it?' He was resolute, determined, unequivocal.\"",
        "Graham's vote, however, appears set in stone.",
        "\"My mind's made up about Brett Kavanaugh and it would take a dynamite accusation,\" he said. \"Dr. Ford, I don't know what happened, but I know this: Brett denied it vigorously,\" Graham added, referring to Christine Blasey Ford. \"And everybody she names couldn't verify it.",
        "It's 36 years old.",
      ],
    },
    {
      lang: "fa",
      units: [
        "تحقیقات FBI در مورد اتهامات وارد شده علیه قاضی Brett Kavanaugh، رأی‌گیری نهایی برای نامزدی او برای دادگاه عالی را حداقل یک هفته به تأخیر انداخته است، و این سؤال را به ذهن متبادر می‌کند که آیا یافته‌های این اداره می‌تواند هر یک از سناتورهای جمهوری‌خواه را وادار کند تا حمایت خود از او را پس بگیرند. خبرنگار «60 Minutes» Scott Pelley در مصاحبه‌ای که یکشنبه پخش شد، از سناتورهای جمهوری‌خواه John Kennedy و Lindsey Graham سؤال کرد که آیا یافته‌های FBI می‌تواند منجر به تغییر نظر آنان شود.",
        "به نظر می‌رسید Kennedy نسبت به همکارش که اهل کالیفرنیای جنوبی بود، صریح‌تر است.",
        "Kennedy گفت: «فکر می‌کنم، البته،»",
        "«همانطور که گفتم به جلسه دادگاه رفتم، با قاضی Kavanaugh صحبت کردم. پس از اینکه این اتفاق افتاد و این ادعا پخش شد با او تماس گرفتم، و گفتم «آیا تو این کار را کردی؟»",
        "او قاطع، مصمم و مطمئن بود.»",
        "با این حال به نظر می‌رسید رأی Graham تغییر ناپذیر است.",
        "او گفت: من نظر خود را در مورد Brett Kavanaugh اعلام کردم و چنین اتهاماتی نمی‌تواند آن را تغییر دهد.» Graham با اشاره به Christine Blasey Ford افزود: «دکتر Ford، من نمی‌دانم چه اتفاقی افتاده، اما این را می‌دانم: Brett به شدت آن را رد کرد،» «و هر کسی که او نام می‌برد، نمی‌تواند موضوع را تأیید کند.",
        "او 36 سال سن دارد.",
      ],
    },
  ],
};

type PlannedAlignment = Extract<AlignmentPlan, { ok: true }>;

const onePerLanguage = (row: PlannedRow) => Object.values(row.cells).every((units) => units.length <= 1);

/** The full plan, and the plan of an import that answers first: its waiting rows' links left empty. */
async function bothPlans(plan: typeof input, langs: string[]) {
  const full = planAlignment({ ...plan, dictionaries: systemDictionaries(langs) });
  const planned = await planRowsOnThreads(plan);
  if (!full.ok || !planned.ok) throw new Error("no plan");
  return { full, later: await planned.withSentences({ later: true }) };
}

/** What pending-sentences.ts does with the stored paragraphs: each row's texts, split again, and its score. */
function alignedLater(plan: typeof input, later: PlannedAlignment, indices: readonly number[]) {
  return alignSentencesOnThreads({
    pivot: plan.pivot,
    measures: { sentenceRatios: later.sentenceRatios, sentenceJoins: later.sentenceJoins, letterRatios: later.letterRatios },
    rows: indices.map((index) => ({ cells: sentenceCells(later.rows[index]!, plan.texts), seams: false, score: later.rows[index]!.score })),
  });
}

describe("sentences aligned after the rows are stored", () => {
  it("leaves only the links of rows of one paragraph a language for later, and the same links come of the stored paragraphs", async () => {
    const { full, later } = await bothPlans(input, ["en", "ar"]);

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

    const links = await alignedLater(input, later, waiting);
    expect(links).toEqual(waiting.map((index) => full.rows[index]!.sentences));
  });

  it("leaves for later the links of a row the seam pass read and did not cut, when it holds several sentences", async () => {
    const { full, later } = await bothPlans(splitQuote, ["en", "fa"]);
    expect(later.rows.map((row) => row.cells)).toEqual(full.rows.map((row) => row.cells));

    const index = full.rows.findIndex((row) => JSON.stringify(row.cells) === JSON.stringify({ en: [3], fa: [3, 4] }));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(full.rows[index]!.sentences!.length).toBeGreaterThan(1);
    expect(later.rows[index]!.sentences).toEqual([]);
    for (const [k, row] of later.rows.entries()) {
      if (row.sentences?.length !== 0) expect(row.sentences).toEqual(full.rows[k]!.sentences);
    }

    const [links] = await alignedLater(splitQuote, later, [index]);
    expect(links).toEqual(full.rows[index]!.sentences);
  });
});
