// How often two languages' rows differ in sentence count is read from the document (split-prior.ts sentenceJoins)
// and prices the sentence pass's joins (align-document.ts pairOptions): in the Bible, the Persian and Arabic cut
// "and it was so" off the English sentence it ends, and with the rate of Genesis 1 the aligner groups it with that
// sentence instead of leaving it without counterpart.
import { describe, expect, it } from "vitest";
import { alignSentences, sentenceJoins, type SentenceLink } from "@/lib/core/align";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { joinKey, joinShiftFor } from "@/lib/core/align/split-prior";

// Genesis 1:6-7: King James Version, Persian Old Version (1895) and Smith & Van Dyck Arabic (1865), public domain.
const GENESIS_1_6_7 = [
  {
    lang: "en",
    texts: [
      "And God said, Let there be a firmament in the midst of the waters, and let it divide the waters from the waters. " +
        "And God made the firmament, and divided the waters which were under the firmament from the waters which were " +
        "above the firmament: and it was so.",
    ],
  },
  {
    lang: "fa",
    texts: [
      "و خدا گفت‌: «فلكی‌ باشد در میان‌ آبها و آبها را از آبها جدا كند.» " +
        "و خدا فلك‌ را بساخت‌ و آبهای‌ زیر فلك‌ را از آبهای‌ بالای‌ فلك‌ جدا كرد. و چنین‌ شد.",
    ],
  },
  {
    lang: "ar",
    texts: [
      "وقال الله ليكن جلد في وسط المياه. وليكن فاصلا بين مياه ومياه. " +
        "فعمل الله الجلد وفصل بين المياه التي تحت الجلد والمياه التي فوق الجلد. وكان كذلك.",
    ],
  },
];
// Genesis 1 as one row per verse: sentences per pivot sentence, and rows whose sentence counts differ.
const GENESIS_1_RATIOS = { fa: 1.33, ar: 1.51 };
const GENESIS_1_JOINS = {
  "en|fa": { rows: 31, differ: 15 },
  "ar|en": { rows: 31, differ: 20 },
  "ar|fa": { rows: 31, differ: 9 },
};

/** Each link as its sentences' texts per language. */
function texts(links: SentenceLink[], cells: typeof GENESIS_1_6_7) {
  return links.map((link) =>
    Object.fromEntries(
      cells.map((cell) => [cell.lang, (link.spans[cell.lang] ?? []).map((span) => cell.texts[span.unit]!.slice(span.start, span.end))]),
    ),
  );
}

describe("sentenceJoins", () => {
  it("counts, per pair of languages present in a row, the rows and those that differ in sentence count", () => {
    const rows = [
      { en: 1, fa: 1, ar: 2 },
      { en: 2, fa: 2, ar: 2 },
      { en: 1, fa: 0, ar: 1 }, // no Persian: counted for English and Arabic only
    ];
    expect(sentenceJoins(rows)).toEqual({
      "en|fa": { rows: 2, differ: 0 },
      "ar|en": { rows: 3, differ: 1 },
      "ar|fa": { rows: 2, differ: 1 },
    });
    expect(joinKey("fa", "ar")).toBe(joinKey("ar", "fa"));
  });
});

describe("joinShiftFor", () => {
  it("makes joins dearer where rows keep their sentence counts and cheaper where they seldom do", () => {
    const sentence = DEFAULT_PARAMS.sentence;
    expect(joinShiftFor(sentence, 2, 40)).toBeGreaterThan(0.5);
    expect(joinShiftFor(sentence, 20, 31)).toBeLessThan(-0.5);
    // At the rate the costs are set for, nothing moves; with no rows, the prior is that rate.
    expect(joinShiftFor(sentence, 8, 40)).toBeCloseTo(0, 9);
    expect(joinShiftFor(sentence, 0, 0)).toBeCloseTo(0, 9);
    expect(joinShiftFor({ ...sentence, joinAdapt: 0 }, 20, 31)).toBe(0);
  });
});

describe("alignSentences with the document's join counts", () => {
  // Leaving a sentence alone costs the sentence pass a constant that already groups most such pieces by itself;
  // priced as a paragraph's omission (cheap for a short piece), the rows below show what the join counts add.
  const model = { nullCost: DEFAULT_PARAMS.nullCost, nullCostPerLetter: DEFAULT_PARAMS.nullCostPerLetter };
  const english = GENESIS_1_6_7[0]!;
  const arabic = GENESIS_1_6_7[2]!;
  const soWasIt = { en: [], ar: ["وكان كذلك."] };
  const madeTheFirmament =
    "And God made the firmament, and divided the waters which were under the firmament from the waters which were above the firmament: and it was so.";

  it("groups the short sentence cut from an English one instead of leaving it alone", () => {
    const pair = [english, arabic];
    const alone = texts(alignSentences(pair, { pivot: "en", unitRatios: GENESIS_1_RATIOS, model }), pair);
    expect(alone).toContainEqual(soWasIt);

    const grouped = texts(alignSentences(pair, { pivot: "en", unitRatios: GENESIS_1_RATIOS, unitJoins: GENESIS_1_JOINS, model }), pair);
    expect(grouped).not.toContainEqual(soWasIt);
    expect(grouped).toContainEqual({
      en: [madeTheFirmament],
      ar: ["فعمل الله الجلد وفصل بين المياه التي تحت الجلد والمياه التي فوق الجلد.", "وكان كذلك."],
    });
  });

  it("groups it in the row of three languages too", () => {
    // The Persian's own rate (15 rows of 31 differ) is lower than the Arabic's (20 of 31), and whether its "و چنین‌
    // شد." follows depends on how far the Arabic's evidence carries across (bridge.ts): only the Arabic is asserted.
    const withArabic = (links: ReturnType<typeof texts>) => links.find((link) => link.ar!.includes("وكان كذلك."))!;
    const alone = texts(alignSentences(GENESIS_1_6_7, { pivot: "en", unitRatios: GENESIS_1_RATIOS, model }), GENESIS_1_6_7);
    expect(withArabic(alone).en).toEqual([]);
    const links = alignSentences(GENESIS_1_6_7, { pivot: "en", unitRatios: GENESIS_1_RATIOS, unitJoins: GENESIS_1_JOINS, model });
    expect(withArabic(texts(links, GENESIS_1_6_7)).en).toEqual([madeTheFirmament]);
  });

  it("keeps a row of news, whose rows seldom differ in sentence count, as its pairs' shapes would", () => {
    const news = [
      { lang: "en", texts: ["The minister arrived on Monday. He met the president; they spoke for an hour."] },
      { lang: "ar", texts: ["وصل الوزير يوم الاثنين. والتقى بالرئيس وتحدثا لمدة ساعة."] },
    ];
    const unitJoins = { "ar|en": { rows: 40, differ: 2 } };
    expect(alignSentences(news, { pivot: "en", unitRatios: { ar: 1.03 }, unitJoins })).toEqual(
      alignSentences(news, { pivot: "en", unitRatios: { ar: 1.03 } }),
    );
  });
});
