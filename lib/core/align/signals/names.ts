// Named entities across scripts: a capitalized English word and an Arabic-script word match when their consonant
// skeletons do (see text/transliterate.ts), so "Khamenei" finds "خامنه‌ای" and "Haniyeh" finds "هنیه" without a
// dictionary. On the Arabic-script side every word is a candidate, since the script has no capitals; collisions
// with ordinary words are weighed down by the engine's rarity weighting.

import { arabicSkeletonKeys, latinSkeletonKeys } from "../../text/transliterate";
import { type AnchorSignal, type PreparedUnit, type SignalContext } from "./signal";

// Capitalized words that are not names: sentence starters and the like.
const NOT_NAMES = new Set([
  "the", "a", "an", "and", "but", "or", "in", "on", "at", "to", "of", "for", "by", "with", "from", "as", "he", "she",
  "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those",
  "there", "here", "what", "who", "when", "where", "why", "how", "which", "if", "after", "before", "during", "while",
  "since", "until", "also", "however", "according", "some", "many", "most", "all", "one", "two", "no", "not", "so",
  "then", "now", "yes", "mr", "mrs", "ms", "dr", "said", "says", "new", "first", "last", "more", "other", "such",
]);
const CAPITALIZED = /\b\p{Lu}[\p{L}\p{M}'’-]{2,}/gu;

/** Skeleton keys of the capitalized words of a Latin-script text, one token per distinct word. */
export function latinNameTokens(text: string, memo = new Map<string, string[]>()): string[][] {
  const tokens: string[][] = [];
  const seen = new Set<string>();
  for (const [word] of text.matchAll(CAPITALIZED)) {
    if (seen.has(word) || NOT_NAMES.has(word.toLowerCase())) continue;
    seen.add(word);
    let keys = memo.get(word);
    if (keys === undefined) memo.set(word, (keys = latinSkeletonKeys(word)));
    if (keys.length > 0) tokens.push(keys);
  }
  return tokens;
}

export const namesSignal: AnchorSignal = {
  id: "names",
  appliesTo: (a, b) =>
    (a.script === "latin" && b.script === "arabic") || (a.script === "arabic" && b.script === "latin"),
  isSparse: (side) => side.script === "latin",
  tokens(unit: PreparedUnit, context: SignalContext) {
    if (context.self.script === "latin") return latinNameTokens(unit.text, context.memo.map("names:latin"));
    const memo = context.memo.map<string[]>("names:arabic");
    const tokens: string[][] = [];
    const seen = new Set<string>();
    for (const word of unit.words) {
      if (seen.has(word) || word.length < 2) continue;
      seen.add(word);
      let keys = memo.get(word);
      if (keys === undefined) {
        keys = arabicSkeletonKeys(word);
        if (context.otherKeys) keys = keys.filter((key) => context.otherKeys!.has(key));
        memo.set(word, keys);
      }
      if (keys.length > 0) tokens.push(keys);
    }
    return tokens;
  },
};
