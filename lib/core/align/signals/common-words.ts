// A built-in lexicon of frequent English, Persian and Arabic words (common-words-data.ts), matched like the term base
// but under its own weight: it is general vocabulary, so it gives many weak anchors where the term base gives few
// strong ones. Word translations fill the gap left by names and numbers in paragraphs that have neither.

import { glossarySignal } from "./glossary";
import { COMMON_WORDS } from "./common-words-data";
import type { Lexicon } from "../types";
import type { AnchorSignal } from "./signal";

const LANGS = ["en", "fa", "ar"];

function parse(data: string): Lexicon {
  const entries = data
    .trim()
    .split("\n")
    .map((line) => line.split(";").map((column) => column.split("|").map((form) => form.trim()).filter(Boolean)))
    .filter((columns) => columns.length === LANGS.length)
    .map((columns) => ({
      renderings: columns.flatMap((forms, k) => forms.map((text) => ({ lang: LANGS[k]!, text }))),
    }));
  return { entries };
}

export const COMMON_LEXICON: Lexicon = parse(COMMON_WORDS);

export const commonWordsSignal: AnchorSignal = glossarySignal(COMMON_LEXICON, "common");
