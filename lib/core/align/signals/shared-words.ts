// Persian and Arabic share a large vocabulary (Persian borrowed it), written with the same letters once ي/ی, ك/ک
// and ة/ه are folded: "انقلاب", "اسلامی", "مقاومت", "قدس". When both texts are in Arabic script their common words
// are anchors. Arabic glues the article and one-letter conjunctions and prepositions to the word, so each Arabic
// word is also keyed without them ("والمقاومة" ~ "مقاومه"); a Persian word is keyed whole (see gluesClitics).

import { gluesClitics, withoutClitics } from "../../text/clitics";
import { perWordTokens, rememberWords, wordTable, type AnchorSignal, type SignalText, type TokenList } from "./signal";

const MIN_LETTERS = 3;

/** Keys of one folded Arabic-script word: the word and, where its language glues them, its forms without a clitic. */
export function sharedWordKeys(word: string, clitics = true): string[] {
  if (word.length < MIN_LETTERS || /[0-9a-z]/.test(word)) return [];
  return clitics ? [word, ...withoutClitics(word, MIN_LETTERS)] : [word];
}

const keysWithClitics = rememberWords((word) => sharedWordKeys(word, true));
const keysWhole = rememberWords((word) => sharedWordKeys(word, false));

function extractShared(text: SignalText): TokenList {
  const clitics = gluesClitics(text.side.primary);
  const keysOf = wordTable(text.vocabulary, clitics ? "shared" : "shared-whole", clitics ? keysWithClitics : keysWhole);
  return perWordTokens(text, (id) => keysOf[id]!);
}

export const sharedWordsSignal: AnchorSignal = {
  id: "shared",
  appliesTo: (a, b) => a.script === "arabic" && b.script === "arabic",
  extract: extractShared,
};
