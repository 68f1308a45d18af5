import { describe, expect, it } from "vitest";
import { compileTermBase, matchTerms } from "@/lib/core/terms/matcher";
import type { TermBase, TermStatus } from "@/lib/core/terms/types";

function base(...concepts: Array<[id: string, renderings: Array<[lang: string, text: string, status?: TermStatus]>]>): TermBase {
  return {
    concepts: concepts.map(([id, renderings]) => ({
      id,
      label: id,
      renderings: renderings.map(([lang, text, status], n) => ({ id: `${id}/${n + 1}`, lang, text, status: status ?? "admitted" })),
    })),
  };
}

const TERMS = compileTermBase(
  base(
    ["regime", [
      ["en", "Zionist regime", "preferred"],
      ["en", "Israeli regime", "deprecated"],
      ["en", "the Zionist entity"],
      ["fa", "رژیم صهیونیستی", "preferred"],
      ["ar", "الكيان الصهيوني", "preferred"],
    ]],
    ["bare-regime", [["en", "regime"]]],
    ["occupation", [["ar", "الاحتلال"], ["fa", "رژیم اشغالگر"]]],
    ["resistance", [["ar", "المقاومة"], ["en", "resistance"]]],
    ["israel", [["fa", "اسرائیل"], ["en", "Israel"]]],
    ["israeli", [["fa", "اسرائیلی"]]],
    ["territories", [["fa", "سرزمین اشغالی"]]],
    ["quds", [["fa", "بیت‌المقدس"], ["ar", "القدس"], ["en", "al-Quds"]]],
    ["hamas", [["en", "Hamas"]]],
    ["leader", [["en", "the Leader"], ["en", "Leader of the Islamic Revolution"]]],
    ["lands", [["fa", "سرزمین‌های ۱۹۴۸"], ["en", "1948 Lands"]]],
  ),
);

/** The matched words and the rendering ids, as "renderingId:[occurrence]". */
function found(text: string, lang: string): string[] {
  return matchTerms(TERMS, text, lang).map((m) => `${m.renderingId}:[${text.slice(m.start, m.end)}]`);
}

describe("matchTerms: Arabic", () => {
  it("sees through the conjunctions, prepositions and the article glued to a term", () => {
    expect(found("والكيان الصهيوني", "ar")).toEqual(["regime/5:[والكيان الصهيوني]"]);
    expect(found("فالكيان الصهيوني", "ar")).toEqual(["regime/5:[فالكيان الصهيوني]"]);
    expect(found("بالكيان الصهيوني", "ar")).toEqual(["regime/5:[بالكيان الصهيوني]"]);
    expect(found("كالكيان الصهيوني", "ar")).toEqual(["regime/5:[كالكيان الصهيوني]"]);
    expect(found("وبالكيان الصهيوني", "ar")).toEqual(["regime/5:[وبالكيان الصهيوني]"]);
  });

  it("matches the sound plural of a term in ة, where an adjective after it stays singular", () => {
    const plurals = compileTermBase(
      base(["settlement", [["ar", "المستوطنة"]]], ["negotiation", [["fa", "مذاکره"]]], ["operation", [["ar", "العملية العسكرية"]]]),
    );
    const matched = (text: string, lang: string) => matchTerms(plurals, text, lang).map((m) => text.slice(m.start, m.end));
    expect(matched("المستوطنات", "ar")).toEqual(["المستوطنات"]);
    expect(matched("للمستوطنات", "ar")).toEqual(["للمستوطنات"]);
    expect(matched("مستوطناتهم", "ar")).toEqual(["مستوطناتهم"]);
    expect(matched("العمليات العسكرية", "ar")).toEqual(["العمليات العسكرية"]);
    expect(matched("مذاکرات", "fa")).toEqual(["مذاکرات"]);
  });

  it("matches a noun and adjective phrase without its articles, as the indefinite, but not a construct without its article", () => {
    const phrases = compileTermBase(base(["entity", [["ar", "الكيان الصهيوني"]]], ["leader", [["ar", "قائد الثورة الإسلامية"]]]));
    const matched = (text: string) => matchTerms(phrases, text, "ar").map((m) => text.slice(m.start, m.end));
    expect(matched("وجود كيان صهيوني ولكيان صهيوني")).toEqual(["كيان صهيوني", "ولكيان صهيوني"]);
    expect(matched("قائد ثورة إسلامية")).toEqual([]);
  });

  it("takes off only an article the rendering writes, not the أل of ألوان 'colours' or ألمانيا 'Germany'", () => {
    const words = compileTermBase(base(["colours", [["ar", "ألوان"]]], ["germany", [["ar", "ألمانيا"]]], ["quds", [["ar", "ٱلۡقُدۡس"]]]));
    const matched = (text: string) => matchTerms(words, text, "ar").map((m) => text.slice(m.start, m.end));
    expect(matched("وأنه وان ومانيا")).toEqual([]);
    expect(matched("ألوانه والألوان وألمانيا")).toEqual(["ألوانه", "والألوان", "وألمانيا"]);
    expect(matched("قدسه وللقدس")).toEqual(["قدسه", "وللقدس"]);
  });

  it("matches after ل + ال written لل, and without the article", () => {
    expect(found("للكيان الصهيوني", "ar")).toEqual(["regime/5:[للكيان الصهيوني]"]);
    expect(found("للاحتلال", "ar")).toEqual(["occupation/1:[للاحتلال]"]);
    expect(found("وللاحتلال", "ar")).toEqual(["occupation/1:[وللاحتلال]"]);
    expect(found("احتلال", "ar")).toEqual(["occupation/1:[احتلال]"]);
  });

  it("matches with an attached pronoun, also where teh marbuta becomes teh", () => {
    expect(found("احتلاله", "ar")).toEqual(["occupation/1:[احتلاله]"]);
    expect(found("ومقاومته الباسلة", "ar")).toEqual(["resistance/1:[ومقاومته]"]);
  });

  it("reports the term's own span apart from its clitics", () => {
    const [match] = matchTerms(TERMS, "في للاحتلال", "ar");
    expect(match).toMatchObject({ conceptId: "occupation", renderingId: "occupation/1", lang: "ar", start: 3, end: 11, termStart: 5, termEnd: 11 });
  });

  it("does not match inside a longer word", () => {
    expect(found("المقدسيين والمقدسات في القدس", "ar")).toEqual(["quds/2:[القدس]"]);
    expect(found("الاحتلالية", "ar")).toEqual([]);
  });

  it("matches through harakat and tatweel and reports them in the span", () => {
    const text = "الكيـانُ الصهيونيُّ";
    expect(found(text, "ar")).toEqual(["regime/5:[الكيـانُ الصهيونيُّ]"]);
    expect(matchTerms(TERMS, text, "ar")[0]!.end).toBe(text.length);
  });

  it("matches presentation forms and reports offsets in them", () => {
    expect(found("في \ufe8d\ufedf\ufed8\ufeaa\ufeb1", "ar")).toEqual(["quds/2:[\ufe8d\ufedf\ufed8\ufeaa\ufeb1]"]);
  });
});

describe("matchTerms: short renderings", () => {
  // A one-letter ending would make a short rendering mark frequent words that merely end so.
  const SHORT = compileTermBase(base(["humiliation", [["ar", "الذل"]]], ["currency", [["fa", "ارز"]]]));
  const shortFound = (text: string, lang: string) => matchTerms(SHORT, text, lang).map((m) => text.slice(m.start, m.end));

  it("does not read ذلك 'that' as ذل with the ending ك, nor ارزش 'value' as ارز with ش", () => {
    expect(shortFound("ذلك الذل", "ar")).toEqual(["الذل"]);
    expect(shortFound("ارزش ارز", "fa")).toEqual(["ارز"]);
    expect(shortFound("ذلهم", "ar")).toEqual(["ذلهم"]);
    expect(shortFound("ارزشان", "fa")).toEqual(["ارزشان"]);
  });
});

describe("matchTerms: Arabic words read only whole", () => {
  const WHOLE = compileTermBase(base(["god", [["ar", "إله"]]], ["cat", [["ar", "قط"]]], ["only", [["ar", "فقط"]]]));
  const wholeFound = (text: string) => matchTerms(WHOLE, text, "ar").map((m) => text.slice(m.start, m.end));

  it("does not read التي 'which' as إله with an ending, nor فقط 'only' as قط with a clitic", () => {
    expect(wholeFound("التي والتي إلهه الإله")).toEqual(["إلهه", "الإله"]);
    expect(wholeFound("فقط والقط")).toEqual(["فقط", "والقط"]);
  });
});

describe("matchTerms: no attached pronoun after the article", () => {
  const ISRAEL = compileTermBase(base(["israel", [["ar", "إسرائيل"]]], ["pain", [["ar", "ألم"]]]));
  const israelFound = (text: string) => matchTerms(ISRAEL, text, "ar").map((m) => text.slice(m.start, m.end));

  it("does not read the adjective الإسرائيلي 'the Israeli' as إسرائيل 'Israel' + 'my'", () => {
    expect(israelFound("الجيش الإسرائيلي والإسرائيلي وللإسرائيلي وبالإسرائيلي")).toEqual([]);
    expect(israelFound("ٱلۡإِسۡرَٰٓءِيلِي")).toEqual([]);
  });

  it("still takes a pronoun after a word without the article, and after one that merely starts with أل", () => {
    expect(israelFound("إسرائيل وإسرائيلنا")).toEqual(["إسرائيل", "وإسرائيلنا"]);
    expect(israelFound("ألمه وألمها")).toEqual(["ألمه", "وألمها"]);
  });
});

describe("matchTerms: a name's adjective is a word of its own", () => {
  const NAMES = compileTermBase(
    base(
      ["israel", [["en", "Israel"], ["fa", "اسرائیل"], ["ar", "إسرائيل"]]],
      ["quds", [["en", "al-Quds"], ["en", "Quds"], ["fa", "قدس"]]],
      ["america", [["en", "America"], ["fa", "آمریکا"]]],
      ["regime", [["en", "regime"], ["fa", "رژیم"]]],
    ),
  );
  const namesFound = (text: string, lang: string) => matchTerms(NAMES, text, lang).map((m) => text.slice(m.start, m.end));

  it("does not read اسرائیلی 'Israeli', قدسی 'sacred' or آمریکایی 'American' as the name with an ending", () => {
    expect(namesFound("مقامات اسرائیلی و اسرائیلی‌ها", "fa")).toEqual([]);
    expect(namesFound("جندي إسرائيلي", "ar")).toEqual([]);
    expect(namesFound("قدسی و آمریکایی", "fa")).toEqual([]);
  });

  it("still takes a name's ezafe after a vowel, its other endings, and ی on a common noun", () => {
    expect(namesFound("آمریکای لاتین و قدس‌مان", "fa")).toEqual(["آمریکای", "قدس‌مان"]);
    expect(namesFound("رژیمی و رژیم‌ها", "fa")).toEqual(["رژیمی", "رژیم‌ها"]);
  });
});

describe("matchTerms: the feminine ة is no pronoun", () => {
  const TA = compileTermBase(base(["mosque", [["ar", "الجامع"]]], ["book", [["ar", "كتاب"]]], ["states", [["ar", "دول"]]]));
  const taFound = (text: string) => matchTerms(TA, text, "ar").map((m) => text.slice(m.start, m.end));

  it("does not read الجامعة 'the university' as الجامع 'the mosque' + 'his', nor كتابة 'writing' as كتاب + 'his'", () => {
    expect(taFound("زار الجامعة ثم الجامع")).toEqual(["الجامع"]);
    expect(taFound("كتابة كتابه")).toEqual(["كتابه"]);
    expect(taFound("دولة دوله")).toEqual(["دوله"]);
  });

  it("still reads ه as the pronoun where the text writes ه, with harakat on it or not", () => {
    expect(taFound("وكتابهُ بجامعه")).toEqual(["وكتابهُ", "بجامعه"]);
  });

  it("matches a nisba adjective in its feminine, which agrees with a feminine noun, but no other word's feminine", () => {
    const NISBA = compileTermBase(base(["israeli", [["ar", "إسرائيلي"]]], ["zionist", [["ar", "الصهيوني"]]], ["fighter", [["ar", "مقاوم"]]]));
    const nisbaFound = (text: string) => matchTerms(NISBA, text, "ar").map((m) => text.slice(m.start, m.end));
    expect(nisbaFound("القوات الإسرائيلية والحركة الصهيونية")).toEqual(["الإسرائيلية", "الصهيونية"]);
    expect(nisbaFound("الجيش الإسرائيلي وإسرائيليتها")).toEqual(["الإسرائيلي", "وإسرائيليتها"]);
    expect(nisbaFound("حركة مقاومة ومقاوم")).toEqual(["ومقاوم"]);
  });
});

describe("matchTerms: Persian", () => {
  it("matches with plural and ezafe endings, glued or after a ZWNJ", () => {
    expect(found("رژیم صهیونیستی‌ها", "fa")).toEqual(["regime/4:[رژیم صهیونیستی‌ها]"]);
    expect(found("رژیم صهیونیستی‌های", "fa")).toEqual(["regime/4:[رژیم صهیونیستی‌های]"]);
    expect(found("رژیم صهیونیستیها", "fa")).toEqual(["regime/4:[رژیم صهیونیستیها]"]);
    expect(found("رژیم صهیونیستی‌ای", "fa")).toEqual(["regime/4:[رژیم صهیونیستی‌ای]"]);
    expect(found("رژیم صهیونیستیِ", "fa")).toEqual(["regime/4:[رژیم صهیونیستیِ]"]);
    expect(found("اسرائیل‌ی", "fa")).toEqual(["israel/1:[اسرائیل‌ی]"]);
  });

  it("matches with possessive endings, glued, after a ZWNJ or after a plural", () => {
    expect(found("رژیم صهیونیستی‌اش", "fa")).toEqual(["regime/4:[رژیم صهیونیستی‌اش]"]);
    expect(found("رژیم صهیونیستی‌شان", "fa")).toEqual(["regime/4:[رژیم صهیونیستی‌شان]"]);
    expect(found("اسرائیلشان", "fa")).toEqual(["israel/1:[اسرائیلشان]"]);
    expect(found("سرزمین‌هایمان اشغالی", "fa")).toEqual(["territories/1:[سرزمین‌هایمان اشغالی]"]);
  });

  it("matches a plural inside a multi-word term", () => {
    expect(found("رژیم‌های صهیونیستی", "fa")).toEqual(["regime/4:[رژیم‌های صهیونیستی]"]);
    expect(found("سرزمین‌های اشغالی", "fa")).toEqual(["territories/1:[سرزمین‌های اشغالی]"]);
    expect(found("سرزمینهای اشغالی", "fa")).toEqual(["territories/1:[سرزمینهای اشغالی]"]);
  });

  it("takes an ending after a ZWNJ but not after a space", () => {
    expect(found("رژیم صهیونیستی ها", "fa")).toEqual(["regime/4:[رژیم صهیونیستی]"]);
    expect(found("سرزمین ها اشغالی", "fa")).toEqual([]);
  });

  it("treats ZWNJ and space alike inside a term", () => {
    expect(found("بیت المقدس", "fa")).toEqual(["quds/1:[بیت المقدس]"]);
    expect(found("بیت‌المقدس", "fa")).toEqual(["quds/1:[بیت‌المقدس]"]);
  });

  it("matches a term written with a ZWNJ where the text leaves it out", () => {
    expect(found("بیتالمقدس و سرزمینهای ۱۹۴۸", "fa")).toEqual(["quds/1:[بیتالمقدس]", "lands/1:[سرزمینهای ۱۹۴۸]"]);
    expect(found("بیت", "fa")).toEqual([]);
  });

  it("matches Arabic letters and Persian digits in Persian text", () => {
    expect(found("رژيم صهيونيستي", "fa")).toEqual(["regime/4:[رژيم صهيونيستي]"]);
    expect(found("سرزمین‌های 1948", "fa")).toEqual(["lands/1:[سرزمین‌های 1948]"]);
    expect(found("سرزمین‌های ١٩٤٨", "fa")).toEqual(["lands/1:[سرزمین‌های ١٩٤٨]"]);
  });

  it("prefers a rendering that is the whole word over a shorter one plus an ending", () => {
    expect(found("دولت اسرائیلی", "fa")).toEqual(["israeli/1:[اسرائیلی]"]);
  });
});

describe("matchTerms: English", () => {
  it("ignores case", () => {
    expect(found("THE ZIONIST REGIME", "en")).toEqual(["regime/1:[ZIONIST REGIME]"]);
  });

  it("matches plural and possessive forms", () => {
    expect(found("Zionist regimes", "en")).toEqual(["regime/1:[Zionist regimes]"]);
    expect(found("the Zionist regime's forces", "en")).toEqual(["regime/1:[Zionist regime's]"]);
    expect(found("the Zionist regime’s forces", "en")).toEqual(["regime/1:[Zionist regime’s]"]);
    expect(found("Zionist regimes' forces", "en")).toEqual(["regime/1:[Zionist regimes']"]);
    expect(found("Hamas' leaders", "en")).toEqual(["hamas/1:[Hamas']"]);
    expect(found("two Zionist entities", "en")).toEqual(["regime/3:[Zionist entities]"]);
  });

  it("does not take a closing quote as a possessive", () => {
    expect(found("'Zionist regime'", "en")).toEqual(["regime/1:[Zionist regime]"]);
  });

  it("matches across a hyphen or a line break inside a term", () => {
    expect(found("Zionist-regime", "en")).toEqual(["regime/1:[Zionist-regime]"]);
    expect(found("Zionist\u2010regime", "en")).toEqual(["regime/1:[Zionist\u2010regime]"]);
    expect(found("Zionist\nregime", "en")).toEqual(["regime/1:[Zionist\nregime]"]);
    expect(found("Zionist \r\n  regime", "en")).toEqual(["regime/1:[Zionist \r\n  regime]"]);
    expect(found("al Quds", "en")).toEqual(["quds/3:[al Quds]"]);
  });

  it("matches a rendering with a leading article with or without it", () => {
    expect(found("the Zionist entity", "en")).toEqual(["regime/3:[the Zionist entity]"]);
    expect(found("a Zionist entity", "en")).toEqual(["regime/3:[Zionist entity]"]);
  });

  it("respects word boundaries: no match inside a longer word or a hyphenated compound", () => {
    expect(found("a regimen", "en")).toEqual([]);
    expect(found("Israeli", "en")).toEqual([]);
    expect(found("anti-Zionist regime", "en")).toEqual(["bare-regime/1:[regime]"]);
    expect(found("regime-backed", "en")).toEqual([]);
    expect(found("the regime\u2014which", "en")).toEqual(["bare-regime/1:[regime]"]);
  });
});

describe("matchTerms: overlaps", () => {
  it("lets the longest rendering win", () => {
    expect(found("the Zionist regime and the regime", "en")).toEqual(["regime/1:[Zionist regime]", "bare-regime/1:[regime]"]);
  });

  it("lets a longer match starting one word later win over a shorter one", () => {
    expect(found("to the Leader of the Islamic Revolution", "en")).toEqual(["leader/2:[Leader of the Islamic Revolution]"]);
    expect(found("congratulated the Leader", "en")).toEqual(["leader/1:[the Leader]"]);
  });

  it("reports each concept where two share a rendering", () => {
    const shared = compileTermBase(base(["a", [["en", "Israel", "deprecated"]]], ["b", [["en", "Israel", "preferred"]]]));
    expect(matchTerms(shared, "Israel's", "en").map((m) => [m.conceptId, m.status, m.start, m.end])).toEqual([
      ["a", "deprecated", 0, 8],
      ["b", "preferred", 0, 8],
    ]);
  });
});

describe("matchTerms: the Quran's classical spelling", () => {
  it("finds a term written in modern spelling in a verse quoted in Uthmani spelling, at the verse's own offsets", () => {
    const terms = compileTermBase(base(["prayer", [["ar", "الصلاة"]]], ["hereafter", [["ar", "الآخرة"]]], ["worlds", [["ar", "العالمين"]]]));
    const verse = "وَيُقِيمُونَ ٱلصَّلَوٰةَ وَبِٱلْـَٔاخِرَةِ هُمْ يُوقِنُونَ رَبِّ ٱلْعَٰلَمِينَ";
    expect(matchTerms(terms, verse, "ar").map((m) => [m.conceptId, verse.slice(m.start, m.end)])).toEqual([
      ["prayer", "ٱلصَّلَوٰةَ"],
      ["hereafter", "وَبِٱلْـَٔاخِرَةِ"],
      ["worlds", "ٱلْعَٰلَمِينَ"],
    ]);
  });
});

describe("matchTerms: long texts", () => {
  it("finds a term after ligatures that expand to whole phrases (U+FDFA is 18 letters)", () => {
    const text = `${"\ufdfa ".repeat(3000)}في القدس`;
    const [match] = matchTerms(TERMS, text, "ar");
    expect(match).toMatchObject({ conceptId: "quds", start: 6003, end: 6008 });
    expect(text.slice(match!.start, match!.end)).toBe("القدس");
  });

  it("finds every occurrence in a long paragraph", () => {
    const text = "the Zionist regime and ".repeat(5000);
    expect(matchTerms(TERMS, text, "en")).toHaveLength(5000);
  });
});

describe("matchTerms: languages", () => {
  it("matches renderings by primary language subtag", () => {
    const regional = compileTermBase(base(["x", [["en-GB", "Judaisation"]]]));
    expect(matchTerms(regional, "the Judaisation of Quds", "en").map((m) => m.renderingId)).toEqual(["x/1"]);
  });

  it("finds nothing in a language without renderings or in empty text", () => {
    expect(found("Zionist regime", "fr")).toEqual([]);
    expect(found("", "en")).toEqual([]);
  });
});
