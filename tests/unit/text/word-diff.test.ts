import { describe, expect, it } from "vitest";
import { diffWords } from "@/lib/core/text/word-diff";

const marked = (changes: ReturnType<typeof diffWords>) => changes.map((c) => (c.added ? `+${c.value}` : c.removed ? `-${c.value}` : c.value)).join("|");

describe("diffWords", () => {
  it("marks an English word changed, keeping the rest", () => {
    expect(marked(diffWords("the Israeli regime said", "the Zionist regime said", "en"))).toBe("the |-Israeli|+Zionist| regime said");
  });

  it("treats a Persian word with ZWNJ as one word", () => {
    expect(marked(diffWords("آنها می‌روند", "آنها می‌آیند", "fa"))).toBe("آنها |-می‌روند|+می‌آیند");
  });

  it("treats an Arabic word with its clitics as one word", () => {
    expect(marked(diffWords("قال وبالكتاب", "قال بالكتاب", "ar"))).toBe("قال |-وبالكتاب|+بالكتاب");
  });

  it("handles empty sides", () => {
    expect(diffWords("", "new text", "en")).toEqual([{ value: "new text", added: true }]);
    expect(diffWords("old", "", "en")).toEqual([{ value: "old", removed: true }]);
  });
});
