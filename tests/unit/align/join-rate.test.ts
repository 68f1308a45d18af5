// How dear a join of sentences is depends on the document (ModelParams.sentence.joinRate, align-pair.ts
// joinShiftOf): where the first pass's 1-1 links nearly all hold as many sentences on each side, a join that the
// sentence program would make is more likely a paragraph boundary put in the wrong place than a translator's join.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignDocument, alignPair } from "@/lib/core/align";
import { readTbx } from "@/lib/core/terms/tbx";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { alignedShapes, expectValidLinks, shape } from "./helpers";

// Matthew 27:27-37 in the King James Version (1769) and in the Persian Old Version, both in the public domain, from
// ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (high rates, seed 1),
// with the verses each side lost: the English lacks 27:29, the Persian 27:31 and 27:33. Every paragraph is a 1-1
// link, though the sentences of the third pair up badly (the English holds two verses that the Persian lacks).
const MATTHEW = {
  en: [
    "Then the soldiers of the governor took Jesus into the common hall, and gathered unto him the whole band of soldiers. And they stripped him, and put on him a scarlet robe.",
    "And they spit upon him, and took the reed, and smote him on the head.",
    "And after that they had mocked him, they took the robe off from him, and put his own raiment on him, and led him away to crucify him. And as they came out, they found a man of Cyrene, Simon by name: him they compelled to bear his cross. And when they were come unto a place called Golgotha, that is to say, a place of a skull,",
    "They gave him vinegar to drink mingled with gall: and when he had tasted thereof, he would not drink.",
    "And they crucified him, and parted his garments, casting lots: that it might be fulfilled which was spoken by the prophet, They parted my garments among them, and upon my vesture did they cast lots. And sitting down they watched him there;",
    "And set up over his head his accusation written, THIS IS JESUS THE KING OF THE JEWS.",
  ],
  fa: [
    "آنگاه سپاهیان والی، عیسی را به دیوانخانه برده، تمامی فوج را گرد وی فراهم آوردند. و تاجی از خار بافته، بر سرش گذاردند و نی بدست راست او دادند و پیش وی زانو زده، استهزاکنان او را می‌گفتند، سلام ای پادشاه یهود!",
    "و آب دهان بر وی افکنده، نی را گرفته بر سرش میزدند.",
    "و چون بیرون می‌رفتند، شخصی قیروانی شمعون نام را یافته، او را بجهت بردن صلیب مجبور کردند.",
    "سرکه ممزوج به مّر بجهت نوشیدن بدو دادند. امّا چون چشید، نخواست که بنوشد.",
    "پس او را مصلوب نموده، رخت او را تقسیم نمودند و بر آنها قرعه انداختند تا آنچه بهزبان نبی گفته شده بود تمام شود که رخت مرا در میان خود تقسیم کردند و بر لباس من قرعه انداختند. و در آنجا به نگاهبانی او نشستند.",
    "و تقصیر نامه او را نوشته، بالای سرش آویختند که این است عیسی، پادشاه یهود!",
  ],
};

// Psalm 119:101-108 in the King James Version and the Van Dyck Arabic, grouped as the builder grouped them (high
// rates, seed 1), the Psalm's verse 103 only in the Arabic. Its 1-1 links hold different numbers of sentences (two
// English against three Arabic, then three against two): this translation joins and cuts sentences, so a join costs
// less than the rate the model is set for.
const PSALM = {
  en: [
    "I have refrained my feet from every evil way, that I might keep thy word. I have not departed from thy judgments: for thou hast taught me.",
    "Through thy precepts I get understanding: therefore I hate every false way. NUN. Thy word is a lamp unto my feet, and a light unto my path.",
    "I have sworn, and I will perform it, that I will keep thy righteous judgments. I am afflicted very much: quicken me, O LORD, according unto thy word. Accept, I beseech thee, the freewill offerings of my mouth, O LORD, and teach me thy judgments.",
  ],
  ar: [
    "‎من كل طريق شر منعت رجلي لكي احفظ كلامك‎. ‎عن احكامك لم امل لانك انت علّمتني‎. ‎ما احلى قولك لحنكي احلى من العسل لفمي‎.",
    "‎من وصاياك اتفطن. لذلك ابغضت كل طريق كذب ن ـ سراج لرجلي كلامك ونور لسبيلي‎.",
    "‎حلفت فأبره ان احفظ احكام برك‎. ‎تذللت الى الغاية. يا رب احيني حسب كلامك‎.",
    "‎ارتض بمندوبات فمي يا رب واحكامك علمني‎.",
  ],
};

describe("the document's own rate of sentence joins", () => {
  it("keeps 1-1 links where the translator kept the sentences everywhere else", () => {
    const { links } = alignPair({ lang: "en", units: MATTHEW.en }, { lang: "fa", units: MATTHEW.fa });
    expectValidLinks(links, MATTHEW.en.length, MATTHEW.fa.length);
    expect(shape(links)).toEqual(MATTHEW.en.map((_, k) => ({ source: [k], target: [k] })));
  });

  it("keeps 1-1 links where the translator joins and cuts sentences", () => {
    const { links } = alignPair({ lang: "en", units: PSALM.en }, { lang: "ar", units: PSALM.ar });
    expectValidLinks(links, PSALM.en.length, PSALM.ar.length);
    expect(shape(links)).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2, 3] },
    ]);
  });

  it("at the fixed rate, made one 2-2 link of two paragraphs whose sentences add up", () => {
    const model = { sentence: { ...DEFAULT_PARAMS.sentence, joinAdapt: 0 } };
    expect(alignedShapes(PSALM, "ar", { model })).toContainEqual({ source: [0, 1], target: [0, 1] });
  });
});

describe("the join rate, inside units only", () => {
  // The demo document (prisma/demo) with its term base: the Persian opens with a lead paragraph (fa 1) that neither
  // the English nor the Arabic has. Its languages cut sentences differently often enough that joins inside a
  // paragraph are cheap, which once ran the lead into the next row; the rate says nothing of a join across a
  // paragraph end.
  const gold = JSON.parse(readFileSync("prisma/demo/gold.json", "utf8")) as { boilerplate: Record<string, number[]> };
  const units = (lang: string) =>
    readFileSync(`prisma/demo/letter-article.${lang}.txt`, "utf8")
      .split(/\n[ \t\u00a0]*\n/)
      .map((text) => text.trim())
      .filter(Boolean)
      .filter((_, k) => !(gold.boilerplate[lang] ?? []).includes(k));
  const { concepts } = readTbx(readFileSync("prisma/demo/termbase.tbx", "utf8"));
  const lexicon = {
    entries: concepts
      .map((concept) => ({ renderings: concept.renderings.filter((r) => r.status !== "deprecated").map(({ lang, text }) => ({ lang, text })) }))
      .filter((entry) => entry.renderings.length > 1),
  };

  it("leaves a paragraph only one language has alone", () => {
    const { rows } = alignDocument(
      ["en", "fa", "ar"].map((lang) => ({ lang, units: units(lang) })),
      { pivot: "en", lexicon },
    );
    expect(rows.find((row) => (row.cells.fa ?? []).includes(1))?.cells).toEqual({ en: [], fa: [1], ar: [] });
  });
});
