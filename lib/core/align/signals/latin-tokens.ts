// Latin-script words and URLs kept as they are inside Persian or Arabic text ("MWP", "Tachipirina", "COVID-19",
// "www.bbc.co.uk") match the same words in the English. On the Latin side every word is a candidate; the engine
// keeps only keys that also occur on the other side, so ordinary English words cost nothing.

import { type AnchorSignal, type PreparedUnit, type SignalContext } from "./signal";

const URL = /\b(?:https?:\/\/|www\.)[^\s«»"“”<>]+/gi;
const LATIN_WORD = /^[a-z][a-z0-9]*$/;

/** Keys of the URLs and Latin-script words of a unit (on an Arabic-script side, only its Latin runs). */
export function latinKeys(unit: PreparedUnit, wanted?: ReadonlySet<string>): string[][] {
  const keys = new Set<string>();
  for (const [url] of unit.text.matchAll(URL)) {
    keys.add(`url:${url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/[/.,;:)]+$/, "")}`);
  }
  for (const word of unit.words) {
    if (word.length < 2 || !LATIN_WORD.test(word)) continue;
    // "MWPs" in English, "MWP" in Persian: the plural s is English grammar, not part of the name.
    const key = word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
    if (!wanted || wanted.has(key)) keys.add(key);
  }
  return [...keys].map((key) => [key]);
}

export const latinTokensSignal: AnchorSignal = {
  id: "latin",
  // Between two Latin-script texts every word would match: that is a different (monolingual) problem.
  appliesTo: (a, b) => a.script !== b.script && (a.script === "latin" || b.script === "latin"),
  isSparse: (side) => side.script !== "latin",
  isReliable: (side) => side.script !== "latin",
  tokens: (unit: PreparedUnit, context: SignalContext) => latinKeys(unit, context.otherKeys),
};
