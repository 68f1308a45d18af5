import { describe, expect, it } from "vitest";
import { rememberWords, signalText, wordTable } from "@/lib/core/align/signals/signal";

describe("wordTable", () => {
  it("gives each word of a text its value, computing it once per word across the small texts that share it", () => {
    const asked: string[] = [];
    const length = rememberWords((word) => {
      asked.push(word);
      return word.length;
    });
    const first = signalText("en", ["The ship sailed.", "The ship returned."]);
    const second = signalText("en", ["A ship sailed again."]);
    expect(wordTable(first.vocabulary, "length", length)).toEqual(first.vocabulary.words.map((word) => word.length));
    expect(wordTable(second.vocabulary, "length", length)).toEqual(second.vocabulary.words.map((word) => word.length));
    expect(asked).toEqual(["the", "ship", "sailed", "returned", "a", "again"]);
    // Built once per text: asked again, the same table, and nothing computed.
    expect(wordTable(first.vocabulary, "length", length)).toBe(wordTable(first.vocabulary, "length", length));
    expect(asked).toHaveLength(6);
  });
});
