import { describe, expect, it } from "vitest";
import { foldForMatching } from "@/lib/core/text/fold";
import { hasQuranicMarks, uthmaniAsModern } from "@/lib/core/text/uthmani";

describe("uthmaniAsModern", () => {
  it.each([
    // A superscript alef over a consonant is the alef of modern spelling.
    ["ٱلْعَٰلَمِينَ", "العالمين"],
    ["ٱلْكِتَٰبُ", "الكتاب"],
    ["ٱلظَّٰلِمِينَ", "الظالمين"],
    ["ٱلصَّٰلِحَٰتِ", "الصالحات"],
    ["ٱلْإِنسَٰنُ", "الإنسان"],
    ["ٱلْقِيَٰمَةِ", "القيامة"],
    // A waw with a vowel of its own is a consonant before it (samāwāt); a bare waw only carries it (ṣalāh).
    ["ٱلسَّمَٰوَٰتِ", "السماوات"],
    ["ٱلصَّلَوٰةَ", "الصلاة"],
    ["ٱلزَّكَوٰةَ", "الزكاة"],
    // Over an alef maksura: the final ى of modern spelling, and inside a word an alef.
    ["عَلَىٰ", "على"],
    ["مُوسَىٰ", "موسى"],
    ["تَقْوَىٰهَا", "تقواها"],
    ["ٱلتَّوْرَىٰةَ", "التوراة"],
    // A hamza on the line before an alef is the alef with madda, after a clitic or a consonant.
    ["ءَامَنُوا۟", "آمنوا"],
    ["وَءَاتُوا۟", "وآتوا"],
    ["ٱلْقُرْءَانُ", "القرآن"],
    ["بِـَٔايَٰتِنَا", "بآياتنا"],
  ])("reads %s as %s does", (uthmani, modern) => {
    expect(foldForMatching(uthmani)).toBe(foldForMatching(modern));
  });

  it("leaves the words that modern spelling writes without the alef as they fold today", () => {
    for (const [uthmani, modern] of [
      ["هَٰذَا", "هذا"],
      ["ذَٰلِكَ", "ذلك"],
      ["كَذَٰلِكَ", "كذلك"],
      ["وَلَٰكِنَّ", "ولكن"],
      ["إِلَٰهُكُمْ", "إلهكم"],
      ["ٱلرَّحْمَٰنِ", "الرحمن"],
      ["أُو۟لَٰٓئِكَ", "أولئك"],
      ["هَٰٓؤُلَآءِ", "هؤلاء"],
      ["الٰهی", "الهی"],
    ]) {
      expect(foldForMatching(uthmani!)).toBe(foldForMatching(modern!));
    }
  });

  it("leaves modern words in ء before an alef alone", () => {
    for (const word of ["إجراءات", "الادعاءات", "نتوءات", "جزءا", "سوءاستفاده", "براءات"]) {
      expect(uthmaniAsModern(word)).toBe(word);
    }
  });

  it("keeps every offset: the reading is as long as the text, unit for unit", () => {
    const verse = "ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ ٱلَّذِينَ يُؤْمِنُونَ بِٱلْغَيْبِ وَيُقِيمُونَ ٱلصَّلَوٰةَ";
    const reading = uthmaniAsModern(verse);
    expect(reading).not.toBe(verse);
    expect(reading.length).toBe(verse.length);
    // Only the letters that stand for ā changed: the superscript alef of الكتاب and the waw of الصلوة.
    const changed = [...verse].flatMap((unit, k) => (reading[k] === unit ? [] : [`${unit}>${reading[k]}`]));
    expect(changed).toEqual(["\u0670>ا", "و>ا"]);
  });

  it("returns modern text itself", () => {
    const text = "قال الرئيس إن الإجراءات الجديدة ستبدأ غداً.";
    expect(uthmaniAsModern(text)).toBe(text);
  });
});

describe("hasQuranicMarks: text the interface sets in a face that has the Quran's marks", () => {
  it("finds the Uthmani sukun, small letters and pause marks", () => {
    expect(hasQuranicMarks("بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ")).toBe(true); // the sukun ۡ
    expect(hasQuranicMarks("لِيُحَآجُّوكُم بِهِۦ")).toBe(true); // the small waw ۥ
    expect(hasQuranicMarks("عِندَ رَبِّكُمْۚ أَفَلَا تَعْقِلُونَ")).toBe(true); // a pause mark, with a modern sukun
    expect(hasQuranicMarks("بَعْضࣲ")).toBe(true); // an open tanween of Arabic Extended-A, with a modern sukun
  });

  it("leaves modern Arabic and Persian alone, vowelled or not, and the verse sign and number", () => {
    expect(hasQuranicMarks("بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ")).toBe(false);
    expect(hasQuranicMarks("رژیم صهیونیستی و بیت‌المقدس")).toBe(false);
    expect(hasQuranicMarks("الكيان الصهيوني ۝١٢")).toBe(false);
    expect(hasQuranicMarks("The Zionist regime")).toBe(false);
  });
});
