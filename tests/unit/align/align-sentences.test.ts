import { describe, expect, it } from "vitest";
import { alignSentences, letterRatios, oneSentenceLink, spansOf, unitSentences } from "@/lib/core/align";
import { alignStoredRowSentences } from "@/lib/core/jobs";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { AR, EN, FA } from "./crafted";

describe("letterRatios", () => {
  it("sums the letters of the rows that have both languages, so that a row left out does not move the ratio", () => {
    const rows = [
      { en: 100, fa: 90, ar: 80 },
      { en: 50, fa: 40, ar: 0 }, // no Arabic: not counted for Arabic
      { en: 0, fa: 70, ar: 60 }, // no English: not counted
    ];
    expect(letterRatios(rows, "en")).toEqual({ en: 1, fa: 130 / 150, ar: 80 / 100 });
    expect(letterRatios([{ en: 10 }], "en")).toEqual({ en: 1 });
  });
});

describe("alignSentences", () => {
  it("aligns the sentences of one row n-way, with offsets into each paragraph", () => {
    // English 3 has two sentences; the Persian splits them over two paragraphs, the Arabic keeps one paragraph.
    const links = alignSentences([
      { lang: "en", texts: [EN[3]!] },
      { lang: "fa", texts: [FA[2]!, FA[3]!] },
      { lang: "ar", texts: [AR[3]!] },
    ]);
    const text = (lang: string, spans: Array<{ unit: number; start: number; end: number }>) =>
      spans.map(({ unit, start, end }) => ({ en: [EN[3]!], fa: [FA[2]!, FA[3]!], ar: [AR[3]!] })[lang]![unit]!.slice(start, end));
    expect(links).toHaveLength(2);
    expect(text("en", links[0]!.spans.en!)).toEqual(["The Red Crescent sent 300 tents and 40 trucks of food to the region."]);
    expect(text("fa", links[0]!.spans.fa!)).toEqual([FA[2]]);
    expect(text("ar", links[1]!.spans.ar!)).toEqual(["وقال مديره، بير حسين كوليوند، إن المزيد من المساعدات سيصل يوم الأربعاء."]);
    expect(links[1]!.spans.fa).toEqual([{ unit: 1, start: 0, end: FA[3]!.length }]);
    for (const link of links) expect(link.score).toBeGreaterThan(0.5);
  });

  it("pairs each verse of a quoted passage of the Quran with the English sentence that translates it", () => {
    // Al-Fatiha 1:1-3 as statements quote it: one Arabic paragraph, each verse ended by its number (۝١), and its
    // English a sentence a verse. Read as one Arabic sentence, the row had one 3-1 link.
    const en = "In the name of Allah, the Entirely Merciful, the Especially Merciful. [All] praise is [due] to Allah, Lord of the worlds. The Entirely Merciful, the Especially Merciful.";
    const ar = "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝٢ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝٣";
    const links = alignSentences([{ lang: "en", texts: [en] }, { lang: "ar", texts: [ar] }]);
    expect(links.map((link) => link.spans.ar!.map(({ start, end }) => ar.slice(start, end)))).toEqual([
      ["بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١"],
      ["ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝٢"],
      ["ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝٣"],
    ]);
    expect(links.map((link) => link.spans.en!.length)).toEqual([1, 1, 1]);
  });

  it("finds a sentence one language left out by the document's length ratio, which the row's own totals hide", () => {
    // The English holds a sentence the Persian does not. Counted into the row's ratio, its letters make every
    // Persian sentence look short, and the row's own totals pair it with the Persian's last sentence instead; the
    // document's ratio (0.8 Persian letters to an English one, from all its rows) leaves it alone.
    const en = [
      "The talks in Vienna ended without an agreement.",
      "Both delegations will return to their capitals for consultations.",
      "A spokesman for the foreign ministry called the round constructive and useful.",
      "The next round has not been scheduled.",
    ];
    const fa = ["گفت‌وگوها در وین بدون توافق به پایان رسید.", "هر دو هیئت برای رایزنی به پایتخت‌های خود بازمی‌گردند.", "دور بعدی هنوز زمان‌بندی نشده است."];
    const links = alignSentences([{ lang: "en", texts: [en.join(" ")] }, { lang: "fa", texts: [fa.join(" ")] }], { letterRatios: { en: 1, fa: 0.8 } });
    const sentences = (lang: "en" | "fa", text: string) => links.map((link) => link.spans[lang]!.map(({ start, end }) => text.slice(start, end).trim()));
    expect(sentences("en", en.join(" "))).toEqual(en.map((sentence) => [sentence]));
    expect(sentences("fa", fa.join(" "))).toEqual([[fa[0]], [fa[1]], [], [fa[2]]]);
  });

  it("groups a short piece cut from a sentence, which leaving alone costs as much as a whole sentence", () => {
    // Genesis 1:7, King James Version and Smith & Van Dyck Arabic (public domain): the Arabic cuts "and it was so"
    // off the English sentence. Priced by its 9 letters, as a paragraph's omission is, leaving it alone was cheap.
    const en = "And God made the firmament, and divided the waters which were under the firmament from the waters which were above the firmament: and it was so.";
    const ar = "فعمل الله الجلد وفصل بين المياه التي تحت الجلد والمياه التي فوق الجلد. وكان كذلك.";
    const cells = [{ lang: "en", texts: [en] }, { lang: "ar", texts: [ar] }];
    const shapes = (links: ReturnType<typeof alignSentences>) => links.map((link) => `${link.spans.en!.length}-${link.spans.ar!.length}`);
    expect(shapes(alignSentences(cells))).toEqual(["1-2"]);
    const paragraphNulls = { nullCost: DEFAULT_PARAMS.nullCost, nullCostPerLetter: DEFAULT_PARAMS.nullCostPerLetter };
    expect(shapes(alignSentences(cells, { model: paragraphNulls }))).toEqual(["1-1", "0-1"]);
  });

  it("in a row that may hide seams, still keeps the lines of one sentence run across paragraphs together", () => {
    // A salutation: three English lines, the first two ending with commas, are one Persian sentence (words that no
    // signal matches, so that only lengths and marks speak). Where a sentence left out is cheaper (seams), a line
    // that runs on, or follows one that does, still costs the ordinary price (ModelParams.nullRunOn).
    const en = (words: number, end: string) => `Zorp${" zorp".repeat(words - 1)}${end}`;
    const fa = (words: number, end: string) => `درخت${" درخت".repeat(words - 1)}${end}`;
    const cells = [
      { lang: "en", texts: [en(8, ","), en(12, ","), en(9, ".")] },
      { lang: "fa", texts: [`${fa(8, "،")} ${fa(12, "،")} ${fa(9, ".")}`] },
    ];
    const options = { letterRatios: { en: 1, fa: 1 }, seams: true };
    const shape = (links: ReturnType<typeof alignSentences>) =>
      links.map((link) => ({ en: link.spans.en!.map((ref) => ref.unit), fa: link.spans.fa!.length }));
    expect(shape(alignSentences(cells, options))).toEqual([{ en: [0, 1, 2], fa: 1 }]);
    // Without it, the first line was left alone.
    expect(shape(alignSentences(cells, { ...options, model: { nullRunOn: 0 } }))).toEqual([
      { en: [0], fa: 0 },
      { en: [1, 2], fa: 1 },
    ]);
  });

  it("covers every sentence exactly once, even without a counterpart", () => {
    const links = alignSentences([
      { lang: "en", texts: ["One. Two. Three."] },
      { lang: "fa", texts: [] },
    ]);
    expect(links.map((link) => link.spans)).toEqual([
      { en: [{ unit: 0, start: 0, end: 4 }], fa: [] },
      { en: [{ unit: 0, start: 5, end: 9 }], fa: [] },
      { en: [{ unit: 0, start: 10, end: 16 }], fa: [] },
    ]);
  });

  it("reads an experiment's overrides without letting them switch on what the sentence pass leaves out", () => {
    // The Arabic's first sentence is not in the English; the numbers and names that the sentence pass leaves out
    // (sentence.lexical 0) would place it. An override of a default by its own value used to change this row: it
    // set sentence.lexical back as well.
    const cells = [
      {
        lang: "en",
        texts: [
          "During a town hall in Holyoke, Massachusetts, Warren confirmed she'd consider running. \"It's time for women to go to Washington and fix our broken government and that includes a woman at the top,\" she said, according to The Hill.",
        ],
      },
      {
        lang: "ar",
        texts: [
          "قالت إليزابيث وارين، عضوة مجلس الشيوخ عن ولاية ماساتشوستس يوم السبت إنها ستلقي \"نظرة فاحصة\"من أجل الترشح للرئاسة بعد الانتخابات النصفية. أثناء اجتماع مجلس المدينة في هوليوك، ماساتشوستس، أكدت وارن أنها تفكر في الترشح. قالت: \"لقد حان الوقت أن تذهبالنساء إلى واشنطن وتصلح حكومتنا المنهارة وهذا يشمل امرأة ذات منصب رفيع\"، وفقًا لما ذكرته صحيفة \"ذا هل\".",
        ],
      },
    ];
    const plain = alignSentences(cells);
    const overridden = alignSentences(cells, { model: { sentence: { ...DEFAULT_PARAMS.sentence } } });
    expect(overridden).toEqual(plain);
  });

  it("gives nothing for a row without text", () => {
    expect(alignSentences([{ lang: "en", texts: [""] }])).toEqual([]);
  });
});

describe("alignStoredRowSentences", () => {
  it("links the one sentence of each language whole, with the row's score, trimmed as the splitter trims", () => {
    expect(
      alignStoredRowSentences(
        [
          { lang: "en", texts: ["Talks lasted 3 hours. "] },
          { lang: "fa", texts: ["گفت‌وگوها ۳ ساعت طول کشید."] },
        ],
        0.42,
        "en",
      ),
    ).toEqual([{ spans: { en: [{ unit: 0, start: 0, end: 21 }], fa: [{ unit: 0, start: 0, end: 26 }] }, score: 0.42 }]);
  });

  it("keeps a language without a sentence in the link, empty", () => {
    expect(alignStoredRowSentences([{ lang: "en", texts: ["Hello there."] }, { lang: "fa", texts: [""] }], 0.3, "en")).toEqual([
      { spans: { en: [{ unit: 0, start: 0, end: 12 }], fa: [] }, score: 0.3 },
    ]);
  });

  it("runs the sentence pass on a row with two sentences in some language, and gives nothing for a row without any", () => {
    const rows = [
      [{ lang: "en", texts: ["One thing. Two things."] }, { lang: "fa", texts: ["یک چیز و دو چیز."] }],
      [{ lang: "en", texts: ["One."] }, { lang: "fa", texts: ["یک.", "دو."] }],
    ];
    for (const cells of rows) {
      const links = alignStoredRowSentences(cells, 0.9, "en");
      expect(links).toEqual(alignSentences(cells, { pivot: "en" }));
      expect(links.some((link) => link.score === 0.9)).toBe(false);
    }
    expect(alignStoredRowSentences([{ lang: "en", texts: [""] }], 0.9, "en")).toEqual([]);
    expect(alignStoredRowSentences([], 0.9, "en")).toEqual([]);
  });
});

describe("sentences split beforehand", () => {
  it("keeps every unit's sentences, and a row's sentence pass reads them instead of splitting its paragraphs again", () => {
    const en = ["Short one.", "Two here. And here.", "Third alone."];
    const split = unitSentences(en, "en");
    expect(spansOf(split, 1)).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 19 },
    ]);
    expect([0, 1, 2].map((unit) => spansOf(split, unit).length)).toEqual([1, 2, 1]);
    const fa = [{ lang: "fa", texts: ["دو اینجا. و اینجا."] }];
    // As split: two sentences a side, two links. Given as one sentence, the English is one, whatever its stops.
    expect(alignSentences([{ lang: "en", texts: [en[1]!], sentences: [spansOf(split, 1)] }, ...fa])).toHaveLength(2);
    const whole = alignSentences([{ lang: "en", texts: [en[1]!], sentences: [[{ start: 0, end: en[1]!.length }]] }, ...fa]);
    expect(whole.map((link) => link.spans.en)).toEqual([[{ unit: 0, start: 0, end: 19 }]]);
  });
});

describe("oneSentenceLink", () => {
  it("reads a row's cells by unit index into texts split beforehand, and refers to units by their place in the row", () => {
    const en = ["Short one.", "Two here. And here.", "Third alone."];
    const fa = ["یک.", "دو.", "سه."];
    const sentences = { en: unitSentences(en, "en"), fa: unitSentences(fa, "fa") };
    expect(Array.from(sentences.en.count)).toEqual([1, 2, 1]);
    const row = (enUnits: number[], faUnits: number[]) =>
      oneSentenceLink(
        [
          { lang: "en", units: enUnits, sentences: sentences.en },
          { lang: "fa", units: faUnits, sentences: sentences.fa },
        ],
        0.7,
      );
    expect(row([2], [1])).toEqual([{ spans: { en: [{ unit: 0, start: 0, end: 12 }], fa: [{ unit: 0, start: 0, end: 3 }] }, score: 0.7 }]);
    expect(row([1], [1])).toBeNull(); // two English sentences
    expect(row([0, 2], [0])).toBeNull(); // two English paragraphs of one sentence each
  });
});
