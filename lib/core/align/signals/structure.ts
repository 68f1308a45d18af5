// The shape of a unit: a list item keeps its number ("1." / "۱-" / "(a)"), a heading stays a short line without
// a final full stop, and a paragraph that introduces a list or a quotation ends with a colon in every language.

import { foldDigits } from "../../text/fold";
import { perUnitExtract, type AnchorSignal } from "./signal";

const LIST_NUMBER = /^\s*[([]?(\d{1,3})\s*[.)\]\-–:]\s*(?=\S)/;
const BULLET = /^\s*[•·▪●◦‣■□*–-]\s+/;
const HEADING_MAX_LETTERS = 100;

const LIST_HEAD = 64;
// What a sentence may end with, closing quotes and brackets included.
const SENTENCE_END_CHARS = new Set(Array.from(".!?؟…۔\"'»”’)]", (ch) => ch.charCodeAt(0)));

/** Keys describing the shape of a raw unit. */
export function structureKeys(text: string): string[][] {
  const keys: string[][] = [];
  // Both patterns are anchored at the start: a list marker is within the first few characters.
  const head = foldDigits(text.length > LIST_HEAD ? text.slice(0, LIST_HEAD) : text);
  const number = LIST_NUMBER.exec(head);
  if (number) keys.push([`list:${Number(number[1])}`]);
  else if (BULLET.test(head)) keys.push(["bullet"]);
  let last = text.length - 1;
  while (last >= 0 && /\s/.test(text[last]!)) last--;
  const end = last >= 0 ? text.charCodeAt(last) : 0;
  if (end === 0x3a || end === 0xff1a) {
    keys.push(["colon"]);
  } else if (!SENTENCE_END_CHARS.has(end)) {
    const trimmed = text.trim();
    // Each letter is at least one code unit, so a short text need not be counted.
    if (trimmed.length <= HEADING_MAX_LETTERS || trimmed.replace(/\P{L}/gu, "").length <= HEADING_MAX_LETTERS) {
      keys.push(["heading"]);
    }
  }
  return keys;
}

export const structureSignal: AnchorSignal = {
  id: "structure",
  wholeUnit: true,
  appliesTo: () => true,
  extract: perUnitExtract((text, unit) => structureKeys(text.texts[unit]!)),
};
