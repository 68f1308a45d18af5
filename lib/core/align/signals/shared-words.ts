// Persian and Arabic share a large vocabulary (Persian borrowed it), written with the same letters once ي/ی, ك/ک
// and ة/ه are folded: "انقلاب", "اسلامی", "مقاومت", "قدس". When both texts are in Arabic script their common words
// are anchors. Arabic glues the article and one-letter conjunctions and prepositions to the word, so each word is
// also keyed without them ("والمقاومة" ~ "مقاومه").

import { withoutClitics } from "../../text/clitics";
import { perWordTokens, rememberWords, wordTable, type AnchorSignal, type SignalText, type TokenList } from "./signal";

const MIN_LETTERS = 3;

/** Keys of one folded Arabic-script word: the word and its forms without a leading clitic. */
export function sharedWordKeys(word: string): string[] {
  if (word.length < MIN_LETTERS || /[0-9a-z]/.test(word)) return [];
  return [word, ...withoutClitics(word, MIN_LETTERS)];
}

const sharedKeysOf = rememberWords(sharedWordKeys);

function extractShared(text: SignalText): TokenList {
  const keysOf = wordTable(text.vocabulary, "shared", sharedKeysOf);
  return perWordTokens(text, (id) => keysOf[id]!);
}

export const sharedWordsSignal: AnchorSignal = {
  id: "shared",
  appliesTo: (a, b) => a.script === "arabic" && b.script === "arabic",
  extract: extractShared,
};
