// The key a paragraph is searched by: its text folded for matching (lib/core/text/fold.ts: ي/ی, ك/ک, alef forms,
// teh marbuta, harakat, tatweel, Persian and Arabic-Indic digits, case) after NFKC, which maps Arabic presentation
// forms (U+FB50..U+FEFF) and compatibility characters to the letters they show. ZWNJ folds to a space and runs of
// whitespace collapse, so "خامنه‌ای", "خامنه ای" and "خامنه  ای" have one key. Derived data only: stored text is
// never normalized.
import { foldForMatching } from "./fold";

export function searchKey(text: string): string {
  return foldForMatching(text.normalize("NFKC")).replace(/\s+/g, " ").trim();
}
