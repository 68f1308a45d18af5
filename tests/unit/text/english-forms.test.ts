// The base forms an English word may stand for when the aligner looks it up in a word list or a dictionary.
import { describe, expect, it } from "vitest";
import { forEachEnglishBase } from "@/lib/core/text/english-forms";

const bases = (word: string): string[] => {
  const out: string[] = [];
  forEachEnglishBase(word, (base) => out.push(base));
  return out;
};

describe("forEachEnglishBase", () => {
  it.each([
    ["hospitals", "hospital"],
    ["churches", "church"],
    ["cities", "city"],
    ["walked", "walk"],
    ["created", "create"],
    ["carried", "carry"],
    ["stopped", "stop"],
    ["making", "make"],
    ["running", "run"],
    ["walking", "walk"],
    ["cometh", "come"],
    ["walketh", "walk"],
    ["lovest", "love"],
    ["greatest", "great"],
  ])("reads %s as %s", (word, base) => {
    expect(bases(word)).toContain(base);
  });

  it("does not undo a doubled l, s or z, which the base form has too", () => {
    expect(bases("killed")).toContain("kill");
    expect(bases("killed")).not.toContain("kil");
    expect(bases("passed")).not.toContain("pas");
  });

  it("leaves short words and words without an ending alone", () => {
    for (const word of ["need", "king", "bed", "is", "mercy", "falcon", "god"]) expect(bases(word)).toEqual([]);
  });
});
