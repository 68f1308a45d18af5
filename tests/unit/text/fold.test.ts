import { describe, expect, it } from "vitest";
import {
  foldArabicLetters,
  foldDigits,
  foldForMatching,
  letterCount,
  stripMarks,
  wordsOf,
} from "@/lib/core/text/fold";

describe("foldDigits", () => {
  it("turns Persian and Arabic-Indic digits into ASCII", () => {
    expect(foldDigits("۱۲۳۴۵۶۷۸۹۰")).toBe("1234567890");
    expect(foldDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });

  it("folds the Arabic decimal and thousands separators and the percent sign", () => {
    expect(foldDigits("۲٫۵٪")).toBe("2.5%");
    expect(foldDigits("١٢٬٠٠٠")).toBe("12,000");
  });

  it("leaves other text alone", () => {
    expect(foldDigits("Sword of al-Quds, 12-day war")).toBe("Sword of al-Quds, 12-day war");
  });
});

describe("foldArabicLetters", () => {
  it("folds Arabic yeh and kaf to their Persian forms and teh marbuta to heh", () => {
    expect(foldArabicLetters("علي")).toBe("علی");
    expect(foldArabicLetters("كتاب")).toBe("کتاب");
    expect(foldArabicLetters("مدرسة")).toBe("مدرسه");
  });

  it("drops the hamza seats", () => {
    expect(foldArabicLetters("الأقصى")).toBe("الاقصی");
    expect(foldArabicLetters("إسرائيل")).toBe("اسراییل");
  });
});

describe("stripMarks", () => {
  it("removes harakat, tatweel and Latin accents", () => {
    expect(stripMarks("السَّلامُ")).toBe("السلام");
    expect(stripMarks("يـــوم")).toBe("يوم");
    expect(stripMarks("Ḥanīya")).toBe("Haniya");
  });
});

describe("foldForMatching", () => {
  it("makes a ZWNJ a word break, so that both spellings give the same words", () => {
    expect(wordsOf(foldForMatching("خامنه‌ای"))).toEqual(["خامنه", "ای"]);
    expect(wordsOf(foldForMatching("خامنه ای"))).toEqual(["خامنه", "ای"]);
  });

  it("folds digits, letters and case in one pass", () => {
    expect(foldForMatching("COVID ۱۹ كورونا")).toBe("covid 19 کورونا");
  });
});

describe("wordsOf", () => {
  it("splits on spaces, ZWNJ and on Latin and Arabic punctuation", () => {
    expect(wordsOf("گفت: «ما، می‌رویم»؟")).toEqual(["گفت", "ما", "می", "رویم"]);
    expect(wordsOf("hello, world! (again)")).toEqual(["hello", "world", "again"]);
  });

  it("gives nothing for empty text", () => {
    expect(wordsOf("")).toEqual([]);
  });
});

describe("letterCount", () => {
  it("counts letters and digits only", () => {
    expect(letterCount("Hello, World! 123")).toBe(13);
    expect(letterCount("خامنه‌ای گفت: «۱۲ روز»؟")).toBe(15);
    expect(letterCount("السَّلامُ")).toBe(6);
  });

  it("leaves out what stands in square brackets, an editor's or translator's insertion", () => {
    expect(letterCount("Say: He is God, [who is] One.")).toBe(letterCount("Say: He is God, One."));
    expect(letterCount("[Applause]")).toBe(0);
    // From the first "]" after a "[": "[a [b] c]" leaves " c" counted.
    expect(letterCount("[a [b] c] d")).toBe(2);
    // An unclosed "[" opens nothing, before or after a closed pair.
    expect(letterCount("x [y")).toBe(2);
    expect(letterCount("[y] [z")).toBe(1);
    // Counted from `start`, with the brackets opened before it seen.
    expect(letterCount("ab [cd] ef", 4)).toBe(2);
  });
});
