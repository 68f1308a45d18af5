import { describe, expect, it } from "vitest";
import { foldForMatching, letterCount, wordsOf } from "@/lib/core/text/fold";
import { roughBreaks } from "@/lib/core/text/sentences";
import { scanUnit, type UnitScan } from "@/lib/core/text/unit-scan";
import { Vocabulary } from "@/lib/core/text/vocabulary";

function scan(text: string, vocabulary = new Vocabulary()) {
  const ids: number[] = [];
  const out: UnitScan = { letters: 0, breakLetters: [], breakIsClause: [], breakEnds: [], breakWords: [] };
  scanUnit(text, vocabulary, ids, out);
  return { words: ids.map((id) => vocabulary.words[id]!), ids, ...out };
}

describe("Vocabulary", () => {
  it("gives a word the same id wherever it occurs, ZWNJ or space", () => {
    const vocabulary = new Vocabulary();
    const ids: number[] = [];
    vocabulary.scan(foldForMatching("خامنه‌ای و خامنه ای"), ids);
    expect(ids).toEqual([0, 1, 2, 0, 1]);
    expect(vocabulary.words).toEqual(["خامنه", "ای", "و"]);
    expect(vocabulary.find("و")).toBe(2);
    expect(vocabulary.find("قدس")).toBe(-1);
    expect(vocabulary.idOf("ای")).toBe(1);
  });

  it("keeps its ids as it grows past its first table", () => {
    const vocabulary = new Vocabulary();
    const ids: number[] = [];
    const words = Array.from({ length: 3000 }, (_, k) => `w${k}`);
    vocabulary.scan(words.join(" "), ids);
    vocabulary.scan(words.join(" "), ids);
    expect(ids.slice(3000)).toEqual(ids.slice(0, 3000));
    expect(vocabulary.size).toBe(3000);
  });
});

describe("scanUnit", () => {
  it("finds the folded words, the letters and the rough breaks in one pass", () => {
    expect(scan("گفت: «ما، می‌رویم»؟ ۱۲ روز.")).toEqual({
      words: ["گفت", "ما", "می", "رویم", "12", "روز"],
      ids: [0, 1, 2, 3, 4, 5],
      letters: 16,
      breakLetters: [3, 5, 11],
      breakIsClause: [true, true, false],
      breakEnds: [4, 9, 19],
      breakWords: [1, 2, 4],
    });
  });

  it("does not end a sentence before a lower-case word", () => {
    expect(scan("It rose 2.5 per cent. It fell... then rose").breakLetters).toEqual([15]);
  });

  // The single pass must agree with the functions it stands for, including the fallback for accented Latin.
  it.each([
    "Hello... World!! ‘x’. “Quoted.” Next",
    "Café Zürich. Ünter den Linden, Berlin",
    "x؟ ي ک ة الأقصى، و؛ السلام.",
    "İstanbul ŞEHİR.",
    "emoji 😀 test. A",
    "a;b; c, d ,e",
    "He said [the minister. Then] would come. [Applause] Then [i.e. later.",
    "Café [Zürich. Bern] x. [open",
    // The Quran's classical spelling, read as modern for words but counted as written (see uthmani.ts).
    "ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ. وَيُقِيمُونَ ٱلصَّلَوٰةَ، ءَامَنُوا۟ بِٱلْقُرْءَانِ",
    "Café ٱلْعَٰلَمِينَ. عَلَىٰ ٱلتَّوْرَىٰةَ",
    // Verse numbers and pause marks, which end sentences and clauses in the Quran's text (see sentences.ts).
    "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ﴿٢﴾ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ﴿٣﴾ مَٰلِكِ يَوْمِ ٱلدِّينِ ﴿٤﴾",
    "رَبِّ ٱلْعَٰلَمِينَ ۝٢ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝٣ مَٰلِكِ ۝ يَوْمِ ٱلدِّينِ۝٤ إِيَّاكَ ۝٥. نَعْبُدُ",
    "لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ ۚ وَمِمَّا ۙ رَزَقْنَٰهُمْ يُنفِقُونَ",
    "﴿قُلْ هُوَ ٱللَّهُ أَحَدٌ﴾ ﴿١٢٣٤﴾ و ﴿x﴾ 7﴾ ﴿٥﴾",
    "",
  ])("agrees with wordsOf, letterCount and roughBreaks on %j", (text) => {
    const result = scan(text);
    expect(result.words).toEqual(wordsOf(foldForMatching(text)));
    expect(result.letters).toBe(letterCount(text));
    const breaks = roughBreaks(text);
    expect(result.breakLetters).toEqual(breaks.map((cut) => letterCount(text, 0, cut.end)));
    expect(result.breakIsClause).toEqual(breaks.map((cut) => cut.clause));
    // Where each break ends, and the words before it (what the sentence keys cut a unit's words by).
    expect(result.breakEnds).toEqual(breaks.map((cut) => cut.end));
    expect(result.breakWords).toEqual(breaks.map((cut) => wordsOf(foldForMatching(text.slice(0, cut.end))).length));
  });
});
