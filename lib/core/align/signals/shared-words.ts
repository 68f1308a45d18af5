// Persian and Arabic share a large vocabulary (Persian borrowed it), written with the same letters once ي/ی, ك/ک
// and ة/ه are folded: "انقلاب", "اسلامی", "مقاومت", "قدس". When both texts are in Arabic script their common words
// are anchors. Arabic glues the article and one-letter conjunctions and prepositions to the word, so each word is
// also keyed without them ("والمقاومة" ~ "مقاومه").

import { withoutClitics } from "../../text/clitics";
import { rememberWords, TokenListBuilder, wordTable, type AnchorSignal, type SignalText, type TokenList } from "./signal";

const MIN_LETTERS = 3;

/** Keys of one folded Arabic-script word: the word and its forms without a leading clitic. */
export function sharedWordKeys(word: string): string[] {
  if (word.length < MIN_LETTERS || /[0-9a-z]/.test(word)) return [];
  return [word, ...withoutClitics(word, MIN_LETTERS)];
}

const sharedKeysOf = rememberWords(sharedWordKeys);

function extractShared(text: SignalText): TokenList {
  const builder = new TokenListBuilder();
  const { words } = text.vocabulary;
  const keysOf = wordTable(text.vocabulary, "shared", sharedKeysOf);
  const typeOf = new Int32Array(words.length).fill(-2);
  const lastUnit = new Int32Array(words.length).fill(-1);
  for (let u = 0; u < text.texts.length; u++) {
    for (let w = text.wordStart[u]!; w < text.wordStart[u + 1]!; w++) {
      const id = text.wordIds[w]!;
      if (lastUnit[id] === u) continue;
      lastUnit[id] = u;
      let type = typeOf[id]!;
      if (type === -2) typeOf[id] = type = keysOf[id]!.length > 0 ? builder.newType(keysOf[id]!) : -1;
      if (type >= 0) builder.add(type);
    }
    builder.endUnit();
  }
  return builder.build();
}

export const sharedWordsSignal: AnchorSignal = {
  id: "shared",
  appliesTo: (a, b) => a.script === "arabic" && b.script === "arabic",
  extract: extractShared,
};
