// Numbers are the most reliable anchors between languages: translators copy them. Digits are folded first
// (foldForMatching turns ۱۲ and ١٢ into 12, ٫ into "." and ٬ into ","), then thousands separators are removed so
// that "1,000", "۱٬۰۰۰" and "1000" meet. "3/5" is keyed as itself and as "3.5" because Persian writes decimals
// with a slash ("۳/۵").

import { numbered, type AnchorSignal, type PreparedUnit } from "./signal";

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

export const numbersSignal: AnchorSignal = {
  id: "numbers",
  appliesTo: () => true,
  isReliable: () => true,
  tokens: (unit: PreparedUnit) => numberKeys(unit.folded),
};
