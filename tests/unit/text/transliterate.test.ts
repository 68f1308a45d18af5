import { describe, expect, it } from "vitest";
import { arabicSkeletonKeys, latinSkeletonKeys } from "@/lib/core/text/transliterate";

/** True when a romanized word and an Arabic-script one share a skeleton key: a likely transliteration of one another. */
function soundsAlike(latin: string, arabic: string): boolean {
  const keys = new Set(latinSkeletonKeys(latin));
  return arabicSkeletonKeys(arabic).some((key) => keys.has(key));
}

describe("consonant skeletons", () => {
  it("reduce a romanized name and its Persian spelling to the same key", () => {
    expect(latinSkeletonKeys("Khamenei")).toEqual(["KMN"]);
    expect(arabicSkeletonKeys("خامنه‌ای")).toContain("KMN");
  });

  it("read a final h or ه as the vowel it usually is, and keep both readings", () => {
    expect(latinSkeletonKeys("Haniyeh")).toEqual(["HN", "HNH"]);
    expect(arabicSkeletonKeys("هنیه")).toEqual(["HN", "HNH"]);
  });

  it("strip the Arabic article on either side", () => {
    expect(latinSkeletonKeys("al-Nakhalah")).toContain("NKL");
    expect(arabicSkeletonKeys("النخالة")).toContain("NKL");
  });

  it("give nothing for a word with fewer than two consonants", () => {
    expect(latinSkeletonKeys("Ali")).toEqual([]);
    expect(arabicSkeletonKeys("ای")).toEqual([]);
  });
});

describe("soundsAlike", () => {
  it.each([
    ["Khamenei", "خامنه‌ای"],
    ["Haniyeh", "هنیه"],
    ["Haniyeh", "هنية"],
    ["Soleimani", "سليماني"],
    ["Trump", "ترامپ"],
    ["Trump", "ترامب"],
    ["Al-Aqsa", "الأقصى"],
    ["Washington", "واشنطن"],
    ["COVID", "کووید"],
    ["Reza", "رضا"],
  ])("matches %s with %s", (latin, arabic) => {
    expect(soundsAlike(latin, arabic)).toBe(true);
  });

  it.each([
    ["Khamenei", "حماس"],
    ["Haniyeh", "ترامپ"],
    ["Soleimani", "غزه"],
  ])("does not match %s with %s", (latin, arabic) => {
    expect(soundsAlike(latin, arabic)).toBe(false);
  });
});
