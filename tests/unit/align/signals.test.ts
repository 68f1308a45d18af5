import { describe, expect, it } from "vitest";
import { dateKeys } from "@/lib/core/align/signals/dates";
import { glossaryKeys } from "@/lib/core/align/signals/glossary";
import { COMMON_LEXICON, commonWordsSignal } from "@/lib/core/align/signals/common-words";
import { glossarySignal } from "@/lib/core/align/signals/glossary";
import { latinKeys, latinTokensSignal } from "@/lib/core/align/signals/latin-tokens";
import { latinNameTokens, namesSignal } from "@/lib/core/align/signals/names";
import { numberKeys, numbersSignal } from "@/lib/core/align/signals/numbers";
import { punctuationKeys, punctuationSignal } from "@/lib/core/align/signals/punctuation";
import { sharedWordKeys, sharedWordsSignal } from "@/lib/core/align/signals/shared-words";
import { prepareUnit, unitTokens } from "@/lib/core/align/signals/signal";
import { structureKeys } from "@/lib/core/align/signals/structure";
import { foldForMatching, wordsOf } from "@/lib/core/text/fold";

const fold = (text: string) => foldForMatching(text);

describe("numbers", () => {
  it("keys Persian, Arabic-Indic and ASCII digits alike", () => {
    expect(numberKeys(fold("۱۲ روز در سال ۲۰۲۰"))).toEqual([["12"], ["2020"]]);
    expect(numberKeys(fold("١٢ يوما في عام ٢٠٢٠"))).toEqual([["12"], ["2020"]]);
    expect(numberKeys(fold("a 12-day war in 2020"))).toEqual([["12"], ["2020"]]);
  });

  it("drops thousands separators and keeps decimals", () => {
    expect(numberKeys(fold("۱٬۰۰۰ و ۲٫۵٪"))).toEqual([["1000"], ["2.5"]]);
    expect(numberKeys(fold("1,000 and 2.5%"))).toEqual([["1000"], ["2.5"]]);
  });

  it("reads a Persian slash decimal both ways", () => {
    expect(numberKeys(fold("۳/۵ درصد"))).toEqual([["3/5", "3.5"]]);
  });

  it("numbers repeated occurrences so that counts must match", () => {
    expect(numberKeys("5 and 5 and 6")).toEqual([["5"], ["5#2"], ["6"]]);
  });

  it("finds the same numbers in raw text as in folded text", () => {
    expect(unitTokens(numbersSignal, "۱٬۰۰۰ و ۲٫۵٪ و ۳/۵ و ۱٬۰۰۰", "fa")).toEqual([["1000"], ["2.5"], ["3/5", "3.5"], ["1000#2"]]);
    expect(unitTokens(numbersSignal, "No digits here.", "en")).toEqual([]);
  });
});

describe("dates", () => {
  it("keys month and weekday names in the three languages alike", () => {
    const english = dateKeys(wordsOf(fold("On Saturday, January 3")), "en");
    expect(english).toEqual([["d17"], ["d0"]]);
    expect(dateKeys(wordsOf(fold("روز شنبه ۳ ژانویه")), "fa")).toEqual(english);
    expect(dateKeys(wordsOf(fold("يوم السبت ٣ يناير")), "ar")).toEqual(english);
  });

  it("knows the two-word Levantine months", () => {
    expect(dateKeys(wordsOf(fold("في كانون الثاني")), "ar")).toEqual([["d0"]]);
  });
});

describe("latin tokens", () => {
  it("finds Latin words and URLs inside Persian text, without the English plural", () => {
    const unit = prepareUnit("نگرانی از عنوان MWP و سایت www.bbc.co.uk/persian");
    expect(latinKeys(unit)).toEqual([["url:bbc.co.uk/persian"], ["mwp"], ["www"], ["bbc"], ["co"], ["uk"], ["persian"]]);
    expect(latinKeys(prepareUnit("a suggestion that their title should change to MWPs"))).toContainEqual(["mwp"]);
  });

  it("keeps on the English side only the words that the other text has as Latin words", () => {
    const english = "a suggestion that their title should change to MWPs";
    expect(unitTokens(latinTokensSignal, english, "en", new Set(["mwp"]))).toEqual([["mwp"]]);
  });
});

describe("names", () => {
  it("keys every Arabic-script word, or only the skeletons wanted by the other text", () => {
    expect(unitTokens(namesSignal, "نامه هنیه به خامنه‌ای", "fa", new Set(["HN", "KMN"]))).toEqual([["HN"], ["KMN"]]);
  });

  it("reads a name without a glued clitic in Arabic only", () => {
    // Arabic بايدن may be ب "with" + ايدن; Persian writes به apart, so its بایدن "Biden" is read whole.
    expect(unitTokens(namesSignal, "بایدن", "ar")).toEqual([["BDN", "DN"]]);
    expect(unitTokens(namesSignal, "بایدن", "fa")).toEqual([["BDN"]]);
  });

  it("keys the capitalized words of English, except sentence starters", () => {
    expect(latinNameTokens("The letter of Ismail Haniyeh to Khamenei")).toEqual([["SML"], ["HN", "HNH"], ["KMN"]]);
  });
});

describe("punctuation", () => {
  it("counts questions, exclamations, quotations and parentheses in any script", () => {
    expect(punctuationKeys("او پرسید: «چرا؟» (دوباره)")).toEqual([["?"], ["quote"], ["("]]);
    expect(punctuationKeys('He asked: "Why?" (again)')).toEqual([["?"], ["quote"], ["("]]);
    expect(punctuationKeys("What? Really?!")).toEqual([["?"], ["?#2"], ["!"]]);
    expect(unitTokens(punctuationSignal, "What? Really?!", "en")).toEqual([["?"], ["?#2"], ["!"]]);
  });
});

describe("structure", () => {
  it("keys list numbers in any digits, headings and introductions ending with a colon", () => {
    expect(structureKeys("۱. توقف فوری حملات.")).toEqual([["list:1"]]);
    expect(structureKeys("1. Immediately stop the attacks.")).toEqual([["list:1"]]);
    expect(structureKeys("What follows is the full letter:")).toEqual([["colon"]]);
    expect(structureKeys("Letter from the Islamic Jihad to the Leader")).toEqual([["heading"]]);
    expect(structureKeys("He said that he was pleased.")).toEqual([]);
  });
});

describe("shared Persian-Arabic words", () => {
  it("keys a word with and without its glued Arabic clitics", () => {
    expect(sharedWordKeys(fold("والمقاومة"))).toEqual(["والمقاومه", "مقاومه", "المقاومه"]);
    expect(sharedWordKeys(fold("مقاومت"))).toEqual(["مقاومت"]);
  });

  it("keys a Persian word whole, and an Arabic one also without its clitics", () => {
    // Persian writes به apart: برای is "for", not ب + رای "vote", which would meet Arabic رأي.
    expect(unitTokens(sharedWordsSignal, "برای مقاومت", "fa")).toEqual([["برای"], ["مقاومت"]]);
    expect(unitTokens(sharedWordsSignal, "والمقاومة", "ar")).toEqual([["والمقاومه", "مقاومه", "المقاومه"]]);
  });
});

describe("glossary (term base)", () => {
  const lexicon = {
    entries: [
      { renderings: [{ lang: "en", text: "Leader of the Islamic Revolution" }, { lang: "fa", text: "رهبر انقلاب اسلامی" }, { lang: "ar", text: "قائد الثورة الإسلامية" }] },
      { renderings: [{ lang: "en", text: "resistance front" }, { lang: "fa", text: "جبهه مقاومت" }, { lang: "ar", text: "جبهة المقاومة" }] },
    ],
  };
  const signal = glossarySignal(lexicon);
  const tokensOf = (text: string, lang: string) => unitTokens(signal, text, lang);

  it("keys multi-word renderings to their entry in every language", () => {
    expect(tokensOf("a letter to the Leader of the Islamic Revolution about the resistance fronts", "en")).toEqual([["e0"], ["e1"]]);
    expect(tokensOf("نامه‌ای به رهبر انقلاب اسلامی درباره جبهه مقاومت", "fa")).toEqual([["e0"], ["e1"]]);
    expect(tokensOf("رسالة إلى قائد الثورة الإسلامية ولجبهة المقاومة", "ar")).toEqual([["e0"], ["e1"]]);
  });

  it("finds nothing when a rendering is absent", () => {
    expect(glossaryKeys(wordsOf(fold("the revolution")), new Map(), "latin")).toEqual([]);
  });
});

describe("common words", () => {
  const tokensOf = (text: string, lang: string) => unitTokens(commonWordsSignal, text, lang);

  const keys = (text: string, lang: string) => tokensOf(text, lang).map(([key]) => key).sort();

  /** The concepts a text keys to, each by its first English form. */
  const concepts = (text: string, lang: string) =>
    tokensOf(text, lang).map(([key]) => COMMON_LEXICON.entries[Number(key!.slice(1))]!.renderings[0]!.text);

  it.each([
    // patients, sent, two, hospitals: the verb's past, the Persian participle and the Arabic perfect are one concept.
    ["everyday words through plurals, clitics and endings", "Patients were sent to two hospitals", "بیماران به دو بیمارستان فرستاده شدند", "أرسل المرضى إلى مستشفيين اثنين", 4],
    ["a verb through its inflected forms, and scripture's words", "They heard the voice of the prophet", "صدای پیامبر را شنیدند", "فسمعوا صوت النبي", 3],
  ])("keys %s to one concept each in the three languages", (_what, en, fa, ar, count) => {
    const english = keys(en, "en");
    expect(english).toHaveLength(count);
    expect(keys(fa, "fa")).toEqual(english);
    expect(keys(ar, "ar")).toEqual(english);
  });

  it("keys a verse in the Quran's classical spelling as it keys the same verse in modern spelling", () => {
    // Al-Baqarah 2:2-3. Read with the superscript alef dropped, ٱلصَّلَوٰةَ was الصلوه, which no entry knows, and
    // ٱلسَّمَٰوَٰتِ, ٱلْعَٰلَمِينَ, ٱلْإِنسَٰنُ were السموت, العلمین, الانسن (see lib/core/text/uthmani.ts).
    const uthmani = "ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ ٱلَّذِينَ يُؤْمِنُونَ بِٱلْغَيْبِ وَيُقِيمُونَ ٱلصَّلَوٰةَ وَمِمَّا رَزَقْنَٰهُمْ يُنفِقُونَ";
    const modern = "ذلك الكتاب لا ريب فيه هدى للمتقين الذين يؤمنون بالغيب ويقيمون الصلاة ومما رزقناهم ينفقون";
    expect(keys(uthmani, "ar")).toEqual(keys(modern, "ar"));
    expect(concepts(uthmani, "ar")).toEqual(expect.arrayContaining(["book", "prayer"]));
    const words = "ٱلسَّمَٰوَٰتِ ٱلْعَٰلَمِينَ ٱلْإِنسَٰنُ ٱلزَّكَوٰةَ";
    expect(concepts(words, "ar")).toEqual(["heaven", "world", "human", "charity"]);
    expect(keys(words, "ar")).toEqual(keys("السماوات العالمين الإنسان الزكاة", "ar"));
  });

  it("reads an English verb's past, participle and archaic persons as the entry's base form", () => {
    // The list gives "attack" and "judge" (lib/core/text/english-forms.ts): "attacked", "judged", "judgeth".
    expect(concepts("The army attacked the village", "en")).toEqual(["army", "attack", "village"]);
    expect(concepts("attacking", "en")).toEqual(["attack"]);
    expect(concepts("He judged them; he judgeth", "en")).toEqual(["judge", "judge"]);
    expect(keys("The army attacked the village", "en")).toEqual(keys("حمله ارتش به روستا", "fa"));
  });

  it("reads a word with an ending as the word the ending follows, not as a shorter entry the ending would hide", () => {
    // The matcher strips endings one at a time (ی, then ای, then های): روزهای "the days of" once read as روزه
    // "fasting" + ای, and بالای "above" as بال "wing" + ای, so those forms are not entries.
    expect(concepts("روزهای", "fa")).toEqual(["day"]);
    expect(concepts("بالای", "fa")).not.toContain("wing");
    expect(concepts("بالهای", "fa")).toEqual(["wing"]);
  });

  it("reads an Arabic ة written ت before an ending", () => {
    // حكومته "his government", أجنحتها "its wings", حكومتين "two governments".
    expect(concepts("حكومته", "ar")).toEqual(["government"]);
    expect(concepts("أجنحتها", "ar")).toEqual(["wing"]);
    expect(concepts("حكومتين", "ar")).toEqual(["government"]);
  });

  it("reads an Arabic verb's plural وا written without its alif before an object pronoun", () => {
    // قتلوهم "they killed them", تخافوهم "fear them" (Matthew 10:26), as قتلوا and تخافوا of the word list.
    expect(concepts("قتلوهم", "ar")).toEqual(["killed"]);
    expect(concepts("تخافوهم", "ar")).toEqual(["fear"]);
    expect(concepts("فلا تخافوهم", "ar")).toEqual(["fear"]);
  });

  it("reads Arabic's other pronoun endings and future prefix, and Persian's plurals in گان and یان", () => {
    // بلدك "your country", بيتهما "the house of the two of them"; پرندگان "birds", دانشجویان "students".
    expect(concepts("بلدك", "ar")).toEqual(["country"]);
    expect(concepts("بيتهما", "ar")).toEqual(["house"]);
    expect(concepts("پرندگان", "fa")).toEqual(["bird"]);
    expect(concepts("دانشجویان", "fa")).toEqual(["student"]);
    // سيقتلون "they will kill": the future prefix before a present form of the list.
    expect(concepts("سيقتلون", "ar")).toEqual(["killed"]);
  });

  it("reads Persian possessive endings, alone and after a plural, but not one that leaves two letters", () => {
    // پدرشان "their father", زندگیمان "our life", خانه‌اش "his house", دستهایش "his hands", پدرش "his father".
    expect(concepts("پدرشان", "fa")).toEqual(["father"]);
    expect(concepts("زندگیمان", "fa")).toEqual(["life"]);
    expect(concepts("خانه‌اش", "fa")).toEqual(["house"]);
    expect(concepts("دستهایش", "fa")).toEqual(["hand"]);
    expect(concepts("پدرش", "fa")).toEqual(["father"]);
    // بوش is "Bush", not بو "smell" + ش; ارزش "value" is its own entry, not ارز "currency" + ش.
    expect(concepts("بوش", "fa")).toEqual([]);
    expect(concepts("ارزش", "fa")).toEqual(["value"]);
    // Not م "my" nor ت "your" alone: سالم "healthy" is no year, شهرت "fame" no city.
    expect(concepts("سالم", "fa")).toEqual([]);
    expect(concepts("شهرت", "fa")).toEqual([]);
  });

  it("reads the sound plural of a noun in ة, with or without a pronoun after it", () => {
    // الحكومات "the governments", حكوماتهم "their governments", منظماتنا "our organizations", and برادرانش "his
    // brothers" in Persian.
    expect(concepts("الحكومات", "ar")).toEqual(["government"]);
    expect(concepts("حكوماتهم", "ar")).toEqual(["government"]);
    expect(concepts("منظماتنا", "ar")).toEqual(["organization"]);
    expect(concepts("برادرانش", "fa")).toEqual(["brother"]);
  });

  it("reads Arabic my after a dual and the they of a verb, and leaves Persian endings to Persian", () => {
    // عيناي "my two eyes"; طلبوا "they requested", لم يفهموا "they did not understand".
    expect(concepts("عيناي", "ar")).toEqual(["eye"]);
    expect(concepts("طلبوا", "ar")).toEqual(["request"]);
    expect(concepts("لم يفهموا", "ar")).toEqual(["understand"]);
    // An Arabic word is not stripped of the Persian plural های.
    expect(concepts("بيتهای", "ar")).toEqual([]);
  });

  it("reads no Arabic clitic off a Persian word, nor a lexicon word inside an Arabic particle", () => {
    // Persian writes و, به and از apart: برای "for" is no رای "vote", باید "must" no آید "comes", برخی "some" no رخ
    // "happened", فرد "individual" no رد "rejected".
    expect(concepts("برای", "fa")).toEqual([]);
    expect(concepts("باید", "fa")).toEqual([]);
    expect(concepts("برخی", "fa")).toEqual(["some"]);
    expect(concepts("فرد", "fa")).toEqual(["individual"]);
    // Arabic keeps its clitics: والحكومة "and the government".
    expect(concepts("والحكومة", "ar")).toEqual(["government"]);
    // التي "which" is not الت + ي read as إله "god"; أولئك "those" not أولى "first" + ك.
    expect(concepts("التي", "ar")).toEqual([]);
    expect(concepts("والتي", "ar")).toEqual([]);
    expect(concepts("أولئك", "ar")).toEqual([]);
    expect(concepts("الإله", "ar")).toEqual(["god"]);
  });

  it("has words of their own where a frequent word would read as a stem and an ending", () => {
    // فقط "only" is no ف + قط "cat", بعض "some" no ب + عض "bite", عادة "usually" no عاد "returned" + ة, طريقة
    // "method" no طريق "road", and عن طريق "by way of" is one phrase.
    expect(concepts("فقط", "ar")).toEqual(["only"]);
    expect(concepts("بعض", "ar")).toEqual(["some"]);
    expect(concepts("عادة", "ar")).toEqual(["usual"]);
    expect(concepts("طريقة", "ar")).toEqual(["method"]);
    expect(concepts("عن طريق البحر", "ar")).toEqual(["via", "sea"]);
    // عام is "year" alone (العامة is "public"), العالم "the world" alone (علماء is "scientists").
    expect(concepts("العام", "ar")).toEqual(["year"]);
    expect(concepts("العالم", "ar")).toEqual(["world"]);
    // Persian نه is "no" as often as "nine"; the numbers signal reads ۹.
    expect(concepts("نه", "fa")).toEqual([]);
    // Persian writes می and a verb's personal ending apart (ZWNJ): می‌رود "goes" is no رود "river", داده‌اند "they
    // have given" no داده "data" (داده‌ها "data" is); تخمین "estimate" is no تخم "egg", شبیه "similar" no شب "night".
    expect(concepts("می‌رود", "fa")).toEqual(["go"]);
    expect(concepts("داده‌اند", "fa")).toEqual([]);
    expect(concepts("داده‌ها", "fa")).toEqual(["data"]);
    expect(concepts("تخمین", "fa")).toEqual(["estimate"]);
    expect(concepts("شبیه", "fa")).toEqual(["similar"]);
  });

  it("does not key Persian light verbs, which mean what the noun before them means", () => {
    for (const verb of ["داد", "دادند", "گرفت", "رسید", "یافت"]) expect(tokensOf(verb, "fa")).toEqual([]);
  });

  it("keys a word that is two concepts' to both, and a stem's form only to its own", () => {
    // رئيس is "president" and "chief": it shares a key with each English word. صدای is صدا "voice" with the ezafe,
    // not also صد "hundred" with ای.
    const shares = (a: string[][], b: string[][]) => a.some((x) => b.some((y) => x.some((key) => y.includes(key))));
    const president = tokensOf("رئيس", "ar");
    expect(president).toHaveLength(1);
    expect(shares(president, tokensOf("president", "en"))).toBe(true);
    expect(shares(president, tokensOf("chief", "en"))).toBe(true);
    expect(shares(tokensOf("ماه", "fa"), tokensOf("moon", "en"))).toBe(true);
    expect(shares(tokensOf("ماه", "fa"), tokensOf("month", "en"))).toBe(true);
    expect(shares(tokensOf("صدای", "fa"), tokensOf("hundred", "en"))).toBe(false);
    expect(shares(tokensOf("صدای", "fa"), tokensOf("voice", "en"))).toBe(true);
    // اليوم is "today" and "the day"; السنة "the year", which ألسنة "tongues", folded alike, once took from it.
    expect(shares(tokensOf("اليوم", "ar"), tokensOf("day", "en"))).toBe(true);
    expect(shares(tokensOf("اليوم", "ar"), tokensOf("today", "en"))).toBe(true);
    expect(concepts("السنة", "ar")).toEqual(["year"]);
  });

  it("gives a form to two concepts only where the language has one word for both", () => {
    // A form in two entries keys to both concepts (see above). These are the languages' own: ماه is "month" and
    // "moon", دین "religion" and "debt", مدیر "director" and "manager", نمونه "example" and "sample", Arabic أعمار "ages" and إعمار
    // "reconstruction" fold alike, and English's
    // one-word "coronavirus" is the "virus" of Persian's and Arabic's two; Arabic ة folds to the ه of "his", so ابنة
    // "daughter" is ابنه "his son", أمة "nation" أمه "his mother". A new one is a mistake until shown otherwise.
    const owners = new Map<string, Set<string>>();
    for (const entry of COMMON_LEXICON.entries) {
      const concept = entry.renderings[0]!.text;
      for (const { lang, text } of entry.renderings) {
        const form = `${lang}:${foldForMatching(text)}`;
        owners.set(form, (owners.get(form) ?? new Set()).add(concept));
      }
    }
    const shared = [...owners].filter(([, concepts]) => concepts.size > 1).map(([form]) => form).sort();
    expect(shared).toEqual(
      [
        "ar:ابنه", "ar:اعمار", "ar:الیوم", "ar:امه", "ar:دوله", "ar:دین", "ar:رییس", "ar:زوجه", "ar:شقیقه",
        "ar:عباده", "ar:عمله", "ar:مجلس", "ar:مدیر", "ar:مصاب", "ar:ولایه",
        "en:aid", "en:coronavirus", "en:head",
        "fa:برنامه", "fa:پسر", "fa:رییس", "fa:سفر", "fa:کشور", "fa:ماه", "fa:مدیر", "fa:منطقه", "fa:نمونه", "fa:همسر", "fa:هوا",
      ].sort(),
    );
  });
});
