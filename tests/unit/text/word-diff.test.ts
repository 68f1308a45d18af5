import { describe, expect, it } from "vitest";
import { diffWordParts } from "@/lib/core/text/word-diff";

describe("diffWordParts", () => {
  it("diffs English by words, keeping the spaces with the unchanged text", () => {
    expect(diffWordParts("against the Israeli regime, he said.", "against the Zionist regime, he said.", { lang: "en" })).toEqual([
      { value: "against the " },
      { value: "Israeli", removed: true },
      { value: "Zionist", added: true },
      { value: " regime, he said." },
    ]);
  });

  it("keeps a Persian word with its ZWNJ ending as one word", () => {
    expect(diffWordParts("رژیم‌های صهیونیستی", "رژیم‌ها صهیونیستی", { lang: "fa" })).toEqual([
      { value: "رژیم‌های", removed: true },
      { value: "رژیم‌ها", added: true },
      { value: " صهیونیستی" },
    ]);
  });

  it("keeps an Arabic word with its glued clitics as one word", () => {
    expect(diffWordParts("ضد الكيان والاحتلال", "ضد الكيان الاحتلال", { lang: "ar" })).toEqual([
      { value: "ضد الكيان " },
      { value: "والاحتلال", removed: true },
      { value: "الاحتلال", added: true },
    ]);
  });

  it("gives one unchanged part for equal texts and nothing for two empty ones", () => {
    expect(diffWordParts("no change", "no change")).toEqual([{ value: "no change" }]);
    expect(diffWordParts("", "")).toEqual([]);
  });

  it("reports additions to an empty text and removals of a whole text", () => {
    expect(diffWordParts("", "new text")).toEqual([{ value: "new text", added: true }]);
    expect(diffWordParts("old", "")).toEqual([{ value: "old", removed: true }]);
  });

  it("reconstructs both texts from its parts", () => {
    const before = "۱- اشغالگران صهیونیست در پی صدور حکمی ظالمانه، با شدت بیشتری";
    const after = "۱- رژیم اشغالگر در پی صدور حکمی ظالمانه با شدت بیشتری";
    const parts = diffWordParts(before, after, { lang: "fa" });
    expect(parts.filter((p) => !p.added).map((p) => p.value).join("")).toBe(before);
    expect(parts.filter((p) => !p.removed).map((p) => p.value).join("")).toBe(after);
  });
});
