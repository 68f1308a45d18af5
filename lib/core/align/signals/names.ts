// Named entities across scripts: a capitalized English word and an Arabic-script word match when their consonant
// skeletons do (see text/transliterate.ts), so "Khamenei" finds "خامنه‌ای" and "Haniyeh" finds "هنیه" without a
// dictionary. On the Arabic-script side every word is a candidate, since the script has no capitals; collisions
// with ordinary words are weighed down by the engine's rarity weighting.

import { memoByCodeUnit } from "../../text/code-units";
import { gluesClitics } from "../../text/clitics";
import { foldedArabicSkeletonKeys, latinSkeletonKeys } from "../../text/transliterate";
import { perWordTokens, rememberWords, TokenListBuilder, wordTable, type AnchorSignal, type SignalText, type TokenList } from "./signal";

// Capitalized words that are not names: sentence starters and the like.
const NOT_NAMES = new Set([
  "the", "a", "an", "and", "but", "or", "in", "on", "at", "to", "of", "for", "by", "with", "from", "as", "he", "she",
  "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those",
  "there", "here", "what", "who", "when", "where", "why", "how", "which", "if", "after", "before", "during", "while",
  "since", "until", "also", "however", "according", "some", "many", "most", "all", "one", "two", "no", "not", "so",
  "then", "now", "yes", "mr", "mrs", "ms", "dr", "said", "says", "new", "first", "last", "more", "other", "such",
]);
const CAPITALIZED = /\b\p{Lu}[\p{L}\p{M}'’-]{2,}/gu;

// CAPITALIZED by hand, for text without surrogate pairs (where code units are code points): \b in a Unicode regex
// sees only [A-Za-z0-9_] as word characters. Per code unit, -1 unknown, else 1 when it is an upper-case letter (bit
// 1) and when it may continue a name, a letter, mark or apostrophe or hyphen (bit 2).
const nameClass = memoByCodeUnit((code) => {
  const ch = String.fromCharCode(code);
  return (/\p{Lu}/u.test(ch) ? 1 : 0) | (/[\p{L}\p{M}'’-]/u.test(ch) ? 2 : 0);
});

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** The matches of CAPITALIZED in a text, in order. */
function capitalizedWords(text: string): string[] {
  if (/[\ud800-\udfff]/.test(text)) return Array.from(text.matchAll(CAPITALIZED), ([word]) => word);
  const words: string[] = [];
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!(nameClass(code) & 1)) continue;
    const before = k > 0 && isAsciiWordChar(text.charCodeAt(k - 1));
    if (before === isAsciiWordChar(code)) continue;
    let end = k + 1;
    while (end < text.length && nameClass(text.charCodeAt(end)) & 2) end++;
    if (end - k < 3) continue;
    words.push(text.slice(k, end));
    k = end - 1;
  }
  return words;
}

/** Skeleton keys of the capitalized words of a Latin-script text, one token per distinct word. */
export function latinNameTokens(text: string, memo = new Map<string, string[]>()): string[][] {
  const tokens: string[][] = [];
  const seen = new Set<string>();
  for (const word of capitalizedWords(text)) {
    if (seen.has(word) || NOT_NAMES.has(word.toLowerCase())) continue;
    seen.add(word);
    let keys = memo.get(word);
    if (keys === undefined) memo.set(word, (keys = latinSkeletonKeys(word)));
    if (keys.length > 0) tokens.push(keys);
  }
  return tokens;
}

const arabicKeysOf = rememberWords((word) => (word.length < 2 ? [] : foldedArabicSkeletonKeys(word, true)));
const wholeWordKeysOf = rememberWords((word) => (word.length < 2 ? [] : foldedArabicSkeletonKeys(word, false)));

function extractNames(text: SignalText, wanted?: ReadonlySet<string>): TokenList {
  const builder = new TokenListBuilder();
  if (text.side.script === "latin") {
    const memo = new Map<string, string[]>();
    for (let u = 0; u < text.texts.length; u++) {
      for (const all of latinNameTokens(text.texts[u]!, memo)) {
        const keys = wanted ? all.filter((key) => wanted.has(key)) : all;
        if (keys.length > 0) builder.add(builder.typeOf(keys.join(" "), keys));
      }
      builder.endUnit();
    }
    return builder.build();
  }
  // On an Arabic-script side every word is a candidate, one token per distinct word of a unit.
  const keysOf = gluesClitics(text.side.primary)
    ? wordTable(text.vocabulary, "names:arabic", arabicKeysOf)
    : wordTable(text.vocabulary, "names:arabic-whole", wholeWordKeysOf);
  return perWordTokens(text, (id) => (wanted ? keysOf[id]!.filter((key) => wanted.has(key)) : keysOf[id]!));
}

export const namesSignal: AnchorSignal = {
  id: "names",
  appliesTo: (a, b) =>
    (a.script === "latin" && b.script === "arabic") || (a.script === "arabic" && b.script === "latin"),
  isSparse: (side) => side.script === "latin",
  extract: extractNames,
};
