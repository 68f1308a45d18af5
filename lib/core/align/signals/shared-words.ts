// Persian and Arabic share a large vocabulary (Persian borrowed it), written with the same letters once ي/ی, ك/ک
// and ة/ه are folded: "انقلاب", "اسلامی", "مقاومت", "قدس". When both texts are in Arabic script their common words
// are anchors. Arabic glues the article and one-letter conjunctions and prepositions to the word, so each word is
// also keyed without them ("والمقاومة" ~ "مقاومه").

import { withoutClitics } from "../../text/clitics";
import { type AnchorSignal, type PreparedUnit, type SignalContext } from "./signal";

const MIN_LETTERS = 3;

/** Keys of one folded Arabic-script word: the word and its forms without a leading clitic. */
export function sharedWordKeys(word: string): string[] {
  if (word.length < MIN_LETTERS || /[0-9a-z]/.test(word)) return [];
  return [word, ...withoutClitics(word, MIN_LETTERS)];
}

export const sharedWordsSignal: AnchorSignal = {
  id: "shared",
  appliesTo: (a, b) => a.script === "arabic" && b.script === "arabic",
  tokens(unit: PreparedUnit, context: SignalContext) {
    const memo = context.memo.map<string[]>(`shared:${context.self.lang}`);
    const tokens: string[][] = [];
    const seen = new Set<string>();
    for (const word of unit.words) {
      if (seen.has(word)) continue;
      seen.add(word);
      let keys = memo.get(word);
      if (keys === undefined) {
        keys = sharedWordKeys(word);
        if (context.otherKeys) keys = keys.filter((key) => context.otherKeys!.has(key));
        memo.set(word, keys);
      }
      if (keys.length > 0) tokens.push(keys);
    }
    return tokens;
  },
};
