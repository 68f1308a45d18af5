// Numbers are the most reliable anchors between languages: translators copy them. Digits are folded first
// (foldForMatching turns ۱۲ and ١٢ into 12, ٫ into "." and ٬ into ","), then thousands separators are removed so
// that "1,000", "۱٬۰۰۰" and "1000" meet. "3/5" is keyed as itself and as "3.5" because Persian writes decimals
// with a slash ("۳/۵").

import { foldCode } from "../../text/fold";
import { numbered, rememberWords, TokenListBuilder, wordTable, type AnchorSignal, type SignalText, type TokenList } from "./signal";

const NUMBER = /\d+(?:[.,/]\d+)*/g;
const GROUPED_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Canonical keys of the numbers in folded text, in order of appearance. */
export function numberKeys(folded: string): string[][] {
  const out: string[] = [];
  for (const [raw] of folded.matchAll(NUMBER)) {
    if (GROUPED_THOUSANDS.test(raw)) out.push(raw.replace(/,/g, ""));
    else out.push(...raw.split(","));
  }
  return numbered(out).map(([key]) => {
    const slash = /^(\d+)\/(\d{1,2})(#\d+)?$/.exec(key!);
    return slash ? [key!, `${slash[1]}.${slash[2]}${slash[3] ?? ""}`] : [key!];
  });
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isNumberPart = (code: number) => isDigit(code) || code === 0x2e || code === 0x2c || code === 0x2f;

/**
 * numberKeys(foldForMatching(text)) without folding the whole text: the runs of folded digits and separators, each
 * from its first digit, are all the number pattern can see.
 */
export function numberKeysOfText(text: string): string[][] {
  const runs: string[] = [];
  for (let k = 0; k < text.length; k++) {
    if (!isDigit(foldCode(text.charCodeAt(k)))) continue;
    let run = "";
    for (; k < text.length; k++) {
      const folded = foldCode(text.charCodeAt(k));
      if (folded === -1) continue;
      if (!isNumberPart(folded)) break;
      run += String.fromCharCode(folded);
    }
    runs.push(run);
  }
  return runs.length === 0 ? [] : numberKeys(runs.join(" "));
}

const HAS_DIGIT = rememberWords((word) => (/\d/.test(word) ? 1 : 0));

function extractNumbers(text: SignalText): TokenList {
  const builder = new TokenListBuilder();
  const hasDigit = wordTable(text.vocabulary, "numbers", HAS_DIGIT);
  for (let u = 0; u < text.texts.length; u++) {
    let found = false;
    for (let w = text.wordStart[u]!; w < text.wordStart[u + 1]! && !found; w++) found = hasDigit[text.wordIds[w]!] === 1;
    if (found) {
      for (const token of numberKeysOfText(text.texts[u]!)) builder.add(builder.typeOf(token.join(" "), token));
    }
    builder.endUnit();
  }
  return builder.build();
}

export const numbersSignal: AnchorSignal = {
  id: "numbers",
  appliesTo: () => true,
  isReliable: () => true,
  extract: extractNumbers,
};
