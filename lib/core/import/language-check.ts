// Is the text in the language its box says? Two checks, both on letters only (digits, punctuation and spaces say
// nothing about the script), and both conservative: a refused import is a blocked user, a missed mistake is a
// column that the aligner will visibly fail on.
//
// 1. Script: a text declared Persian or Arabic must have at least 30 % Arabic-script letters (Latin names and
//    transliterations are common, so not more); one declared in a Latin-script language at most 50 %.
// 2. Persian versus Arabic, by letters only one of them uses. Persian has پ چ ژ گ (U+067E, U+0686, U+0698,
//    U+06AF), about 2-3 % of its letters; Arabic has ة (U+0629), about 2-3 % of its letters, which Persian writes
//    as ه. Yeh and kaf are deliberately not used: Persian sites often type Arabic ي (U+064A) and ك (U+0643) from old
//    keyboards, and Arabic pages of Iranian sites type Persian ی (U+06CC) and ک (U+06A9), so they prove nothing.

import type { LanguageTag, Script } from "@/lib/core/lang/languages";
import { codeUnitTest, memoByCodeUnit } from "@/lib/core/text/code-units";
import { ImportProblem } from "./problems";

/** Fewer letters than this prove nothing about the script (a title, a list of numbers). */
const MIN_LETTERS = 20;
const MIN_DECLARED_SCRIPT_SHARE = 0.3;
const MAX_ARABIC_SHARE_IN_LATIN = 0.5;
/** The Persian/Arabic decision needs this many Arabic-script letters, and then a one-sided letter evidence. */
const MIN_ARABIC_LETTERS_FOR_LANGUAGE = 200;
/** Persian text has 2-3 % پ چ ژ گ; below 0.2 % with ة present, it is Arabic quoting a Persian name at most. */
const PERSIAN_LETTERS_ABSENT = 0.002;
const PERSIAN_LETTERS_PRESENT = 0.01;
/** Arabic text has 2-3 % ة; Persian uses it in a few borrowed spellings only. */
const TEH_MARBUTA_PRESENT = 0.01;
const TEH_MARBUTA_ABSENT = 0.005;

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { fa: "Persian", ar: "Arabic" };

export interface LetterCounts {
  total: number;
  byScript: Record<Script | "other", number>;
  /** پ چ ژ گ */
  persianOnly: number;
  /** ة */
  tehMarbuta: number;
}

/** Throws wrong-script or language-mismatch when the letters contradict the declared language. */
export function checkLanguage(texts: readonly string[], tag: LanguageTag): void {
  const counts = countLetters(texts);
  if (counts.total < MIN_LETTERS) return;

  const declaredShare = counts.byScript[tag.script] / counts.total;
  const arabicShare = counts.byScript.Arab / counts.total;
  if (declaredShare < MIN_DECLARED_SCRIPT_SHARE || (tag.script !== "Arab" && arabicShare > MAX_ARABIC_SHARE_IN_LATIN)) {
    throw new ImportProblem("wrong-script", {
      lang: tag.code,
      expectedScript: tag.script,
      detectedScript: dominantScript(counts),
      percent: Math.round(declaredShare * 100),
      letters: counts.total,
    });
  }

  const detected = detectPersianOrArabic(counts);
  if (detected && (tag.primary === "fa" || tag.primary === "ar") && detected !== tag.primary) {
    throw new ImportProblem("language-mismatch", {
      lang: tag.code,
      detected: LANGUAGE_NAMES[detected]!,
      detectedCode: detected,
    });
  }
}

/** "fa" or "ar" when the distinctive letters are one-sided, or null (too short, mixed, or another language). */
export function detectPersianOrArabic(counts: LetterCounts): "fa" | "ar" | null {
  const arabicScript = counts.byScript.Arab;
  if (arabicScript < MIN_ARABIC_LETTERS_FOR_LANGUAGE) return null;
  const persian = counts.persianOnly / arabicScript;
  const teh = counts.tehMarbuta / arabicScript;
  if (persian < PERSIAN_LETTERS_ABSENT && teh >= TEH_MARBUTA_PRESENT) return "ar";
  if (persian >= PERSIAN_LETTERS_PRESENT && teh < TEH_MARBUTA_ABSENT) return "fa";
  return null;
}

const SCRIPTS = ["Latn", "Arab", "Hebr", "Cyrl", "other"] as const;

// A loop over char codes that counts into integers by script index: an 8 MiB text is 8 million characters, and the
// script of a code unit outside ASCII is decided once (scriptIndex), the Unicode-property regex only for letters
// outside the ranges known here.
export function countLetters(texts: readonly string[]): LetterCounts {
  const byIndex = [0, 0, 0, 0, 0, 0]; // by 1 + index in SCRIPTS (0 is never counted)
  let persianOnly = 0;
  let tehMarbuta = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let index: number;
      if (c < 0x80) index = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
      else if (c >= 0xd800 && c <= 0xdbff) index = /\p{L}/u.test(String.fromCodePoint(text.codePointAt(i)!)) ? 5 : 0;
      else index = scriptIndex(c);
      if (index === 0) continue;
      byIndex[index]!++;
      if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af) persianOnly++;
      else if (c === 0x0629) tehMarbuta++;
    }
  }
  const byScript = { Latn: byIndex[1]!, Arab: byIndex[2]!, Hebr: byIndex[3]!, Cyrl: byIndex[4]!, other: byIndex[5]! };
  const total = byScript.Latn + byScript.Arab + byScript.Hebr + byScript.Cyrl + byScript.other;
  return { total, byScript, persianOnly, tehMarbuta };
}

/** 1 + the index in SCRIPTS of the script of a letter outside ASCII that is not a high surrogate, 0 for a non-letter. */
const scriptIndex = memoByCodeUnit((c) => {
  const script = bmpScriptOfLetter(c);
  return script === null ? 0 : SCRIPTS.indexOf(script) + 1;
});

function bmpScriptOfLetter(c: number): Script | "other" | null {
  if (c >= 0x00c0 && c <= 0x024f) return c === 0xd7 || c === 0xf7 ? null : "Latn";
  if (c >= 0x1e00 && c <= 0x1eff) return "Latn";
  if (isArabicLetter(c)) return "Arab";
  if (c >= 0x0600 && c <= 0x06ff) return null; // Arabic digits, harakat, ، ؛ ؟
  if (c >= 0x05d0 && c <= 0x05ea) return "Hebr";
  if (c >= 0x0400 && c <= 0x04ff) return "Cyrl";
  if (c >= 0x2000 && c <= 0x206f) return null; // spaces, ZWNJ, bidi controls, dashes, quotes
  if (c >= 0xdc00 && c <= 0xdfff) return null; // second half of a pair, counted with the first
  return isOtherLetter(c) ? "other" : null;
}

// \p{L} by BMP code unit, remembered: 8 MiB of CJK would otherwise run the regex three million times.
const isOtherLetter = codeUnitTest(/\p{L}/u);

/**
 * Arabic-script letters by code point: U+0620..U+064A (hamza to yeh), U+066E..U+06D3 except U+0670, and U+06D5
 * (Persian, Urdu and other extensions), U+06EE..U+06EF, U+06FA..U+06FC, U+06FF, the supplement U+0750..U+077F, extended-A
 * U+08A0..U+08C9, and the presentation forms U+FB50..U+FDFF and U+FE70..U+FEFC (pasted from old PDFs).
 */
function isArabicLetter(c: number): boolean {
  if (c >= 0x0620 && c <= 0x064a) return c !== 0x0640; // not tatweel
  if (c >= 0x066e && c <= 0x06d3) return c !== 0x0670; // not the superscript alef, a vowel mark
  if (c === 0x06d5 || c === 0x06ee || c === 0x06ef || c === 0x06ff || (c >= 0x06fa && c <= 0x06fc)) return true;
  if (c >= 0x0750 && c <= 0x077f) return true;
  if (c >= 0x08a0 && c <= 0x08c9) return true;
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

function dominantScript(counts: LetterCounts): string {
  let best = "other";
  let bestCount = -1;
  for (const [script, count] of Object.entries(counts.byScript)) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}
