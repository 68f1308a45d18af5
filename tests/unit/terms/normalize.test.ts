import { describe, expect, it } from "vitest";
import { normalizeForTerms, originalSpan, termKeyOf } from "@/lib/core/terms/normalize";

const keyOf = (text: string) => normalizeForTerms(text).key;

describe("normalizeForTerms: Arabic and Persian letters", () => {
  it("folds Arabic yeh, alef maksura and kaf to the Persian letters", () => {
    expect(keyOf("علي")).toBe("علی");
    expect(keyOf("مصطفى")).toBe("مصطفی");
    expect(keyOf("الكيان")).toBe("الکیان");
  });

  it("folds the alef forms: hamza above and below, madda, wasla", () => {
    expect(keyOf("أ إ آ ٱ")).toBe("ا ا ا ا");
    expect(keyOf("الأقصى")).toBe("الاقصی");
    expect(keyOf("آیت‌الله")).toBe("ایت الله");
  });

  it("folds the hamza seats on waw and yeh", () => {
    expect(keyOf("مؤتمر")).toBe("موتمر");
    expect(keyOf("إسرائيل")).toBe(keyOf("اسرائیل"));
    expect(keyOf("اسرائیل")).toBe("اسراییل");
  });

  it("folds teh marbuta and heh with yeh above to heh", () => {
    expect(keyOf("المقاومة")).toBe("المقاومه");
    expect(keyOf("خانۀ")).toBe("خانه");
  });

  it("drops harakat, shadda, sukun, superscript alef and the Persian ezafe marks", () => {
    expect(keyOf("السَّلامُ عَلَيْكُمْ")).toBe("السلام علیکم");
    expect(keyOf("رژیمِ صهیونیستی")).toBe("رژیم صهیونیستی");
    expect(keyOf("خانهٔ")).toBe("خانه");
    expect(keyOf("هٰذا")).toBe("هذا");
  });

  it("drops the tatweel", () => {
    expect(keyOf("الكيـــان")).toBe("الکیان");
  });

  it("makes ZWNJ a space and drops ZWJ", () => {
    expect(keyOf("نامه\u200cها")).toBe("نامه ها");
    expect(keyOf("نامه\u200dها")).toBe("نامهها");
    expect(keyOf("به\u200cویژه")).toBe(keyOf("به ویژه"));
  });

  it("drops bidi marks and embeddings", () => {
    expect(keyOf("\u200fقدس\u200e")).toBe("قدس");
    expect(keyOf("\u202bقدس\u202c \u2067Quds\u2069")).toBe("قدس quds");
  });

  it("expands Arabic presentation forms to letters", () => {
    expect(keyOf("\ufefb")).toBe("لا");
    expect(keyOf("\ufe8d\ufedf\ufed8\ufeaa\ufeb1")).toBe("القدس");
    expect(keyOf("\ufdf2")).toBe("الله");
  });

  it("makes Persian and Arabic-Indic digits ASCII", () => {
    expect(keyOf("۱۹۴۸")).toBe("1948");
    expect(keyOf("١٩٤٨")).toBe("1948");
  });
});

describe("normalizeForTerms: English", () => {
  it("lower-cases", () => {
    expect(keyOf("Zionist REGIME")).toBe("zionist regime");
  });

  it("makes typographic apostrophes and transliteration ayns ASCII", () => {
    expect(keyOf("Iran’s")).toBe("iran's");
    expect(keyOf("Bab al-‘Amud")).toBe("bab al-'amud");
    expect(keyOf("Ka\u02bfba")).toBe("ka'ba");
  });

  it("makes hyphens ASCII, drops soft hyphens, keeps dashes", () => {
    expect(keyOf("Zionist\u2010regime")).toBe("zionist-regime");
    expect(keyOf("Zionist\u2011regime")).toBe("zionist-regime");
    expect(keyOf("Zion\u00adist")).toBe("zionist");
    expect(keyOf("regime\u2014which")).toBe("regime\u2014which");
  });

  it("makes every run of white space and line breaks one space", () => {
    expect(keyOf("Zionist \n\t regime")).toBe("zionist regime");
    expect(keyOf("Zionist\u00a0regime")).toBe("zionist regime");
    expect(keyOf("a \u200c\n b")).toBe("a b");
  });

  it("strips accents from Latin letters", () => {
    expect(keyOf("Ḥanīya")).toBe("haniya");
    expect(keyOf("İstanbul")).toBe("istanbul");
  });
});

describe("the offset map", () => {
  it("maps each key unit to its span in the original, marks included", () => {
    const key = normalizeForTerms("رژیمِ صهیونیستی");
    expect(key.key).toBe("رژیم صهیونیستی");
    expect(Array.from(key.starts)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(Array.from(key.ends)).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(originalSpan(key, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it("maps a collapsed run of spaces to the whole run", () => {
    const key = normalizeForTerms("a \u200c\n b");
    expect(Array.from(key.starts)).toEqual([0, 1, 5]);
    expect(Array.from(key.ends)).toEqual([1, 5, 6]);
  });

  it("maps both letters of a ligature to the one code unit", () => {
    const key = normalizeForTerms("\ufefb");
    expect(Array.from(key.starts)).toEqual([0, 0]);
    expect(Array.from(key.ends)).toEqual([1, 1]);
  });

  it("skips a leading bidi mark and gives a trailing one to the letter before it", () => {
    const key = normalizeForTerms("\u200fقدس\u200e");
    expect(Array.from(key.starts)).toEqual([1, 2, 3]);
    expect(Array.from(key.ends)).toEqual([2, 3, 5]);
  });

  it("gives a soft hyphen to the letter before it", () => {
    const key = normalizeForTerms("Zion\u00adist");
    expect(key.key).toBe("zionist");
    expect(originalSpan(key, 0, 7)).toEqual({ start: 0, end: 8 });
    expect(key.ends[3]).toBe(5);
  });

  it("is empty for empty text", () => {
    const key = normalizeForTerms("");
    expect(key.key).toBe("");
    expect(key.starts.length).toBe(0);
  });
});

describe("termKeyOf", () => {
  it("drops punctuation and spaces at the edges of a rendering", () => {
    expect(termKeyOf("«سيف القدس»")).toBe("سیف القدس");
    expect(termKeyOf(" the Zionist Entity. ")).toBe("the zionist entity");
  });

  it("makes hyphens separators", () => {
    expect(termKeyOf("Zionist-regime")).toBe("zionist regime");
    expect(termKeyOf("Sword of al - Quds")).toBe("sword of al quds");
  });

  it("is empty for a rendering without letters", () => {
    expect(termKeyOf(" \u200c «» ")).toBe("");
  });
});
