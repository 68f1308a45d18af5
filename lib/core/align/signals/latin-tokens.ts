// Latin-script words and URLs kept as they are inside Persian or Arabic text ("MWP", "Tachipirina", "COVID-19",
// "www.bbc.co.uk") match the same words in the English. On the Latin side every word is a candidate; the engine
// keeps only keys that also occur on the other side, so ordinary English words cost nothing.

import { rememberWords, TokenListBuilder, wordTable, type AnchorSignal, type PreparedUnit, type SignalText, type TokenList } from "./signal";

const URL = /\b(?:https?:\/\/|www\.)[^\s«»"“”<>]+/gi;
const LATIN_WORD = /^[a-z][a-z0-9]*$/;

function urlKey(url: string): string {
  return `url:${url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/(?<![/.,;:)])[/.,;:)]+$/, "")}`;
}

/** The key of a folded word, or "" when it is not a Latin-script word of two letters or more. */
function wordKey(word: string): string {
  if (word.length < 2 || !LATIN_WORD.test(word)) return "";
  // "MWPs" in English, "MWP" in Persian: the plural s is English grammar, not part of the name.
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}

/** Keys of the URLs and Latin-script words of a unit (on an Arabic-script side, only its Latin runs). */
export function latinKeys(unit: PreparedUnit): string[][] {
  const keys = new Set<string>();
  for (const [url] of unit.text.matchAll(URL)) keys.add(urlKey(url));
  for (const word of unit.words) {
    const key = wordKey(word);
    if (key) keys.add(key);
  }
  return [...keys].map((key) => [key]);
}

const LATIN_KEYS = rememberWords(wordKey);

function extractLatin(text: SignalText, wanted?: ReadonlySet<string>): TokenList {
  const builder = new TokenListBuilder();
  const { words } = text.vocabulary;
  const keyOf = wordTable(text.vocabulary, "latin", LATIN_KEYS);
  // Token type of each word id (-1 not a Latin word, -2 not looked up yet), and the last unit each type was added to.
  const typeOf = new Int32Array(words.length).fill(-2);
  const lastUnit: number[] = [];
  const add = (type: number, unit: number) => {
    if (lastUnit[type] === unit) return;
    lastUnit[type] = unit;
    builder.add(type);
  };
  // Words that may begin a URL: only units with one need the URL pattern.
  const urlWords = new Set(["www", "http", "https"].map((word) => text.vocabulary.find(word)).filter((id) => id >= 0));
  for (let u = 0; u < text.texts.length; u++) {
    let hasUrl = false;
    for (let w = text.wordStart[u]!; w < text.wordStart[u + 1]! && !hasUrl; w++) hasUrl = urlWords.has(text.wordIds[w]!);
    if (hasUrl) {
      for (const [url] of text.texts[u]!.matchAll(URL)) {
        const key = urlKey(url);
        if (!wanted || wanted.has(key)) add(builder.typeOf(key, () => [key]), u);
      }
    }
    for (let w = text.wordStart[u]!; w < text.wordStart[u + 1]!; w++) {
      const id = text.wordIds[w]!;
      let type = typeOf[id]!;
      if (type === -2) {
        const key = keyOf[id]!;
        typeOf[id] = type = key && (!wanted || wanted.has(key)) ? builder.typeOf(key, () => [key]) : -1;
      }
      if (type >= 0) add(type, u);
    }
    builder.endUnit();
  }
  return builder.build();
}

export const latinTokensSignal: AnchorSignal = {
  id: "latin",
  // Between two Latin-script texts every word would match: that is a different (monolingual) problem.
  appliesTo: (a, b) => a.script !== b.script && (a.script === "latin" || b.script === "latin"),
  isSparse: (side) => side.script !== "latin",
  isReliable: (side) => side.script !== "latin",
  extract: extractLatin,
};
