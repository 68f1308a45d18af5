// Punctuation that translators carry over: questions (? and ؟), exclamations, quotations (“ ” and « », or a pair
// of straight quotes) and parentheses. Each occurrence is a token, so two questions match two questions.

import { numbered, type AnchorSignal, type PreparedUnit } from "./signal";

/** Keys of the carried-over punctuation of a raw text. */
export function punctuationKeys(text: string): string[][] {
  const keys: string[] = [];
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  for (let n = count(/[?؟]+/g); n > 0; n--) keys.push("?");
  for (let n = count(/!+/g); n > 0; n--) keys.push("!");
  const quotes = count(/[«“„]/g) + Math.floor(count(/"/g) / 2);
  for (let n = quotes; n > 0; n--) keys.push("quote");
  for (let n = count(/\(/g); n > 0; n--) keys.push("(");
  return numbered(keys);
}

export const punctuationSignal: AnchorSignal = {
  id: "punctuation",
  appliesTo: () => true,
  tokens: (unit: PreparedUnit) => punctuationKeys(unit.text),
};
