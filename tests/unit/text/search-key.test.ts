import { describe, expect, it } from "vitest";
import { searchKey } from "@/lib/core/text/search-key";

describe("searchKey", () => {
  it("folds Arabic and Persian letter variants to one form", () => {
    expect(searchKey("رژيم صهيونيستي")).toBe(searchKey("رژیم صهیونیستی"));
    expect(searchKey("كتاب")).toBe(searchKey("کتاب"));
    expect(searchKey("مدرسة")).toBe(searchKey("مدرسه"));
    expect(searchKey("أحمد إلى آمن")).toBe("احمد الی امن");
  });

  it("drops harakat and tatweel, folds digits", () => {
    expect(searchKey("القُدْسُ")).toBe("القدس");
    expect(searchKey("القـــدس")).toBe("القدس");
    expect(searchKey("۱۴۰۲ و ١٤٤٥")).toBe("1402 و 1445");
  });

  it("reads a verse quoted in the Quran's classical spelling as modern spelling", () => {
    const verse = searchKey("وَيُقِيمُونَ ٱلصَّلَوٰةَ وَيُؤْتُونَ ٱلزَّكَوٰةَ");
    expect(verse).toContain(searchKey("الصلاة"));
    expect(verse).toContain(searchKey("الزكاة"));
    expect(searchKey("رَبِّ ٱلْعَٰلَمِينَ")).toBe(searchKey("رب العالمين"));
  });

  it("treats ZWNJ as a space and collapses whitespace", () => {
    expect(searchKey("خامنه\u200cای")).toBe("خامنه ای");
    expect(searchKey("  خامنه   ای \n")).toBe("خامنه ای");
  });

  it("maps presentation forms to letters and lowercases Latin", () => {
    expect(searchKey("\ufefb")).toBe("لا"); // lam-alef ligature
    expect(searchKey("\ufe8d\ufedf\ufed8\ufea9\ufeb2")).toBe("القدس");
    expect(searchKey("Zionist REGIME")).toBe("zionist regime");
  });
});
