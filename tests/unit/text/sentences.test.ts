import { describe, expect, it } from "vitest";
import { roughBreaks, splitSentences } from "@/lib/core/text/sentences";

const sentences = (text: string, lang: string) => splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));

describe("splitSentences", () => {
  it("splits English and keeps abbreviations, initials and decimals inside sentences", () => {
    expect(sentences("Mr. Jones met Dr. Smith at 5 p.m. Friday. The U.S. Army paid 3.5 million. J. R. R. Tolkien wrote it.", "en")).toEqual([
      "Mr. Jones met Dr. Smith at 5 p.m. Friday.",
      "The U.S. Army paid 3.5 million.",
      "J. R. R. Tolkien wrote it.",
    ]);
  });

  it("ends Persian sentences at ؟ and ! but not at the Arabic semicolon ؛", () => {
    expect(sentences("او گفت؟ بله! باران آمد؛ و سیل شد.", "fa")).toEqual(["او گفت؟", "بله!", "باران آمد؛ و سیل شد."]);
  });

  it("keeps an honorific in parentheses with its sentence", () => {
    expect(sentences("حضرت علی (ع.) فرمود: «علم بیاموزید.» سپس رفت.", "fa")).toEqual([
      "حضرت علی (ع.) فرمود: «علم بیاموزید.»",
      "سپس رفت.",
    ]);
  });

  it("keeps a one-letter Persian abbreviation and ends at the Urdu-style full stop ۔", () => {
    expect(sentences("در سال ۱۳۹۹ ه.ش. اتفاق افتاد۔ تمام", "fa")).toEqual(["در سال ۱۳۹۹ ه.ش. اتفاق افتاد۔", "تمام"]);
  });

  it("splits Arabic at ؟ and keeps quotations whole", () => {
    expect(sentences('هل ذهبت؟ وقال: "مرحبا." ثم غادر.', "ar")).toEqual(["هل ذهبت؟", 'وقال: "مرحبا."', "ثم غادر."]);
  });

  it("attaches list numbers to their item and breaks at line ends", () => {
    expect(sentences("1. Stop the attacks.\n2. Lift the siege.", "en")).toEqual(["1. Stop the attacks.", "2. Lift the siege."]);
  });

  it("breaks after an ellipsis character before a new sentence only", () => {
    expect(sentences("And so… we left. It rained… The end.", "en")).toEqual(["And so… we left.", "It rained…", "The end."]);
  });

  it("ends a quoted verse of the Quran at its number, as the English translation ends it with a full stop", () => {
    expect(sentences("بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝٢ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝٣", "ar")).toEqual([
      "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١",
      "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝٢",
      "ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝٣",
    ]);
    expect(sentences("قال: ﴿ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ﴿٢﴾ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ﴿٣﴾﴾. ثم سكت.", "ar")).toEqual([
      "قال: ﴿ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ﴿٢﴾",
      "ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ﴿٣﴾﴾.",
      "ثم سكت.",
    ]);
    // Ornate parentheses around words are a quotation, not a verse's end.
    expect(sentences("قال تعالى: ﴿إِنَّا أَعْطَيْنَٰكَ ٱلْكَوْثَرَ﴾ وهذا واضح.", "ar")).toHaveLength(1);
  });

  it("gives the aligner's rough splitter the same verse ends, and the pause marks as clause breaks", () => {
    const ends = (text: string) => roughBreaks(text).map((cut) => [text.slice(0, cut.end).split(" ").at(-1), cut.clause]);
    expect(ends("ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ﴿٢﴾ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ﴿٣﴾ مَٰلِكِ يَوْمِ ٱلدِّينِ ﴿٤﴾")).toEqual([
      ["﴿٢﴾", false],
      ["﴿٣﴾", false],
    ]);
    expect(ends("بِسْمِ ٱللَّهِ ۝١ ٱلْحَمْدُ لِلَّهِ ۝٢")).toEqual([["۝١", false]]);
    // Stop (ۚ, ۖ) and embracing (ۛ) marks are breaks, "do not stop" (ۙ) is none.
    expect(ends("لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ ۚ وَمِمَّا ۙ رَزَقْنَٰهُمْ ۖ يُنفِقُونَ")).toEqual([
      ["ۛ", true],
      ["ۛ", true],
      ["ۚ", true],
      ["ۖ", true],
    ]);
    expect(roughBreaks("قال تعالى ﴿إِنَّا أَعْطَيْنَٰكَ ٱلْكَوْثَرَ﴾ وهذا واضح")).toEqual([]);
  });

  it("returns trimmed UTF-16 offsets that cover all the text", () => {
    const text = "  خامنه‌ای گفت.  He said.  ";
    expect(splitSentences(text, "fa")).toEqual([
      { start: 2, end: 15 },
      { start: 17, end: 25 },
    ]);
  });

  it("gives nothing for empty or blank text", () => {
    expect(splitSentences("", "en")).toEqual([]);
    expect(splitSentences("  \n ", "fa")).toEqual([]);
  });

  it("ends a sentence after a dotted acronym or 'etc.' only when a sentence-starting word follows", () => {
    expect(sentences("They met at 5 a.m. The next day he left.", "en")).toEqual(["They met at 5 a.m.", "The next day he left."]);
    expect(sentences("They met at 5 a.m. Friday and left.", "en")).toEqual(["They met at 5 a.m. Friday and left."]);
    expect(sentences("The U.S. Army came. J.R.R. Tolkien wrote.", "en")).toEqual(["The U.S. Army came.", "J.R.R. Tolkien wrote."]);
    expect(sentences("He lives in the U.S. The president spoke.", "en")).toEqual(["He lives in the U.S.", "The president spoke."]);
    expect(sentences("It was in Washington D.C. Then he left.", "en")).toEqual(["It was in Washington D.C.", "Then he left."]);
    expect(sentences("Bread, milk etc. The shop closed. Apples etc. Pears were sold.", "en")).toEqual([
      "Bread, milk etc.",
      "The shop closed.",
      "Apples etc. Pears were sold.",
    ]);
  });

  it("keeps an initial after a quote or bracket, and not a one-letter word glued to another", () => {
    expect(sentences('He cited "A. Smith" and (B. Jones) today. Then left.', "en")).toEqual([
      'He cited "A. Smith" and (B. Jones) today.',
      "Then left.",
    ]);
    expect(sentences("It ended at 3B. Then we left.", "en")).toEqual(["It ended at 3B.", "Then we left."]);
  });

  it("finds an ellipsis in any sentence of a long text, not only in the first", () => {
    const text = `${"One. ".repeat(50)}It rained… The end.`;
    const result = sentences(text, "en");
    expect(result.slice(-2)).toEqual(["It rained…", "The end."]);
    expect(result).toHaveLength(52);
  });

  it("keeps every piece of a run of abbreviations in one sentence, and list markers with their items", () => {
    expect(sentences("Mr. Mr. Mr. Mr. Smith came.", "en")).toEqual(["Mr. Mr. Mr. Mr. Smith came."]);
    expect(sentences("1. 1. 1. 1.", "en")).toEqual(["1. 1.", "1. 1."]);
  });

  it("splits a text of many lines as it splits each line alone, with offsets into the whole text", () => {
    const lines = ["1. Item one.", "Title", "He said (no. really) it. Then left.", "خامنه‌ای گفت. بله!", "Mr. Smith came… The end.", "x"];
    const separators = ["\n", "\n\n", "\r\n", "\n \n", "\n\t\n", "\n\n\n"];
    let text = "";
    const expected: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < 60; k++) {
      const line = lines[k % lines.length]!;
      for (const span of splitSentences(line, "en")) expected.push({ start: text.length + span.start, end: text.length + span.end });
      text += line + separators[k % separators.length]!;
    }
    expect(splitSentences(text, "en")).toEqual(expected);
  });

  it("reads past a window's end for the lower-case word that keeps a period inside a sentence", () => {
    // ICU does not break after "x." when digits and spaces, however many, lead to a lower-case word (UAX #29 SB8).
    const long = `Count to x. ${"1 ".repeat(1500)}apples are red. Then it ended.`;
    const text = `${"A short one. ".repeat(30)}${long}`;
    const result = sentences(text, "en");
    expect(result).toHaveLength(32);
    expect(result[30]).toBe(`Count to x. ${"1 ".repeat(1500)}apples are red.`);
    expect(result[31]).toBe("Then it ended.");
  });

  it("keeps closers and spaces after a line's last terminator with it, but not a quote that follows a space", () => {
    // A line whose terminators all stand at its end is one segment without the segmenter; ICU (UAX #29 SB9-SB10)
    // breaks before a closer that comes after a space, so that case must still reach it.
    expect(sentences('He said "Go."  ', "en")).toEqual(['He said "Go."']);
    expect(sentences("او گفت: «برو!» ", "fa")).toEqual(["او گفت: «برو!»"]);
    expect(sentences('It ends here. "', "en")).toEqual(["It ends here.", '"']);
    expect(sentences("Really?! )\nNext line.", "en")).toEqual(["Really?!", ")", "Next line."]);
  });

  it("gives a directional mark that opens a sentence to that sentence, not to the one before", () => {
    // Arabic Bible verses open with U+200E; ICU keeps format characters with what precedes them.
    expect(sentences("قصيدة لآساف\u200E. \u200Eاصغ يا شعبي الى شريعتي. اميلوا آذانكم", "ar")).toEqual([
      "قصيدة لآساف\u200E.",
      "\u200Eاصغ يا شعبي الى شريعتي.",
      "اميلوا آذانكم",
    ]);
    expect(sentences("جمله اول است. \u200Fجمله دوم است.", "fa")).toEqual(["جمله اول است.", "\u200Fجمله دوم است."]);
    expect(sentences("End.  \u200E\u061CNext one.\n\u200ELine two.", "en")).toEqual(["End.", "\u200E\u061CNext one.", "\u200ELine two."]);
    // An isolate opens the sentence it starts and closes the one it ends; a mark inside a sentence stays where it is.
    expect(sentences("He said \u2067سلام\u2069. \u2067سلام\u2069 is hello.", "en")).toEqual(["He said \u2067سلام\u2069.", "\u2067سلام\u2069 is hello."]);
    expect(sentences("A word \u200Ehere. Next.", "en")).toEqual(["A word \u200Ehere.", "Next."]);
  });

  it("breaks at every line separator ICU knows, not only at LF, even before a lower-case word", () => {
    for (const separator of ["\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"]) {
      expect(sentences(`First line${separator}second line`, "en")).toEqual(["First line", "second line"]);
    }
  });
});
