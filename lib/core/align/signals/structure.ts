// The shape of a unit: a list item keeps its number ("1." / "۱-" / "(a)"), a heading stays a short line without
// a final full stop, and a paragraph that introduces a list or a quotation ends with a colon in every language.

import { foldDigits } from "../../text/fold";
import { type AnchorSignal, type PreparedUnit } from "./signal";

const LIST_NUMBER = /^\s*[(\[]?(\d{1,3})\s*[.)\]\-–:]\s*(?=\S)/;
const BULLET = /^\s*[•·▪●◦‣■□*–-]\s+/;
const SENTENCE_END = /[.!?؟…۔"'»”’)\]]\s*$/;
const HEADING_MAX_LETTERS = 100;

/** Keys describing the shape of a raw unit. */
export function structureKeys(text: string): string[][] {
  const keys: string[][] = [];
  const folded = foldDigits(text);
  const number = LIST_NUMBER.exec(folded);
  if (number) keys.push([`list:${Number(number[1])}`]);
  else if (BULLET.test(folded)) keys.push(["bullet"]);
  const trimmed = text.trim();
  if (/[:：]$/.test(trimmed)) keys.push(["colon"]);
  else if (!SENTENCE_END.test(trimmed) && trimmed.replace(/[^\p{L}]/gu, "").length <= HEADING_MAX_LETTERS) {
    keys.push(["heading"]);
  }
  return keys;
}

export const structureSignal: AnchorSignal = {
  id: "structure",
  wholeUnit: true,
  appliesTo: () => true,
  tokens: (unit: PreparedUnit) => structureKeys(unit.text),
};
