// Folding for MATCHING only. Stored text and offsets are never folded: every function here returns a new string
// whose length may differ from its input, so nothing derived from it may be used as an offset into the original.

import { isMarkOrTatweel, LETTER_FOLDS } from "./arabic-letters";
import { codeUnitTest } from "./code-units";
import { uthmaniAsModern } from "./uthmani";

export { foldArabicLetters } from "./arabic-letters";

// Persian digits are U+06F0..U+06F9, Arabic-Indic digits U+0660..U+0669; both map onto ASCII by code point offset.
const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/**
 * ۰-۹ and ٠-٩ become 0-9, the Arabic decimal separator ٫ (U+066B) becomes ".", the thousands separator ٬ (U+066C)
 * becomes "," and the Arabic percent sign ٪ (U+066A) becomes "%", so that "۲٫۵٪" and "2.5%" compare equal.
 */
export function foldDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669\u066a-\u066c]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= PERSIAN_ZERO) return String(code - PERSIAN_ZERO);
    if (code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
    if (code === 0x066a) return "%";
    return code === 0x066b ? "." : ",";
  });
}

/**
 * Removes Arabic harakat and Quranic marks (U+064B..U+065F, superscript alef U+0670, U+06D6..U+06ED), the tatweel
 * U+0640 (a stretching stroke with no meaning) and Latin combining accents (after NFD), so "Ḥanīya" ~ "Haniya".
 */
export function stripMarks(text: string): string {
  // Normalizing is the expensive part and only matters for precomposed Latin letters (U+00C0..U+024F, U+1E00..).
  const decomposed = /[\u00c0-\u024f\u1e00-\u1eff]/.test(text) ? text.normalize("NFD") : text;
  const stripped = decomposed.replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, "");
  return decomposed === text ? stripped : stripped.normalize("NFC");
}

// One table for the per-character folds of foldForMatching, indexed by char code - 0x0600 for the Arabic block.
const ARABIC_BLOCK_FOLD: Array<string | undefined> = [];
for (let code = 0x0600; code <= 0x06ff; code++) {
  const ch = String.fromCharCode(code);
  let folded: string | undefined = LETTER_FOLDS[ch];
  if (isMarkOrTatweel(code)) folded = "";
  else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) folded = String(code - PERSIAN_ZERO);
  else if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) folded = String(code - ARABIC_INDIC_ZERO);
  else if (code === 0x066a) folded = "%";
  else if (code === 0x066b) folded = ".";
  else if (code === 0x066c) folded = ",";
  ARABIC_BLOCK_FOLD[code - 0x0600] = folded;
}

// Lower case of each UTF-16 code unit outside ASCII and the Arabic block, filled on first sight: -1 unknown, -2 when
// the lower case is longer than one unit (U+0130 "İ" is "i̇"), else the code of the lower case.
const LOWER = new Int32Array(0x10000).fill(-1);

function lowerOf(code: number): number {
  let lower = LOWER[code]!;
  if (lower === -1) {
    const ch = String.fromCharCode(code);
    const folded = ch.toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : -2;
    LOWER[code] = lower;
  }
  return lower;
}

/**
 * The fold of one code unit (outside the accented Latin that foldForMatching first normalizes): its folded code,
 * -1 when it is dropped, -2 when it becomes more than one unit (see foldForMatching for those).
 */
export function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code >= 0x0600 && code <= 0x06ff) {
    const folded = ARABIC_BLOCK_FOLD[code - 0x0600];
    return folded === undefined ? code : folded.length > 0 ? folded.charCodeAt(0) : -1;
  }
  if (code === 0x200c) return 0x20;
  if (
    code === 0x200d || code === 0x200e || code === 0x200f || code === 0xfeff ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || (code >= 0x0300 && code <= 0x036f)
  ) {
    return -1;
  }
  return lowerOf(code);
}

/** Output of the fold: a buffer of code units, turned into a string in chunks (fromCharCode takes its arguments on the stack). */
let buffer = new Uint16Array(4096);

function bufferToString(length: number): string {
  let out = "";
  for (let at = 0; at < length; at += 8192) {
    out += String.fromCharCode.apply(null, buffer.subarray(at, Math.min(length, at + 8192)) as unknown as number[]);
  }
  return out;
}

/**
 * Everything above plus lower case, with the Quran's classical spelling of ā read as modern first (uthmani.ts). ZWNJ
 * (U+200C) becomes a space: Persian writers alternate between "خامنه‌ای", "خامنه ای" and (rarely) "خامنهای", and
 * splitting on it makes the first two identical, which joining would not.
 * ZWJ (U+200D) and the bidi controls carry no letters and are dropped. One pass over the char codes into a buffer
 * (the aligner folds every unit of a 10,000-paragraph document, and a chain of regular expressions, or a string
 * built piece by piece, is several times slower).
 */
export function foldForMatching(text: string): string {
  const modern = uthmaniAsModern(text);
  const source = /[\u00c0-\u024f\u1e00-\u1eff]/.test(modern) ? stripMarks(modern) : modern;
  const length = source.length;
  if (buffer.length < 2 * length) buffer = new Uint16Array(2 * length + 1024);
  let out = 0;
  let changed = false;
  for (let k = 0; k < length; k++) {
    const code = source.charCodeAt(k);
    const folded = foldCode(code);
    if (folded === code) {
      buffer[out++] = code;
      continue;
    }
    changed = true;
    if (folded >= 0) {
      buffer[out++] = folded;
    } else if (folded === -2) {
      const lower = String.fromCharCode(code).toLowerCase();
      for (let c = 0; c < lower.length; c++) buffer[out++] = lower.charCodeAt(c);
    }
  }
  return changed ? bufferToString(out) : source;
}

// Word separators: whitespace, ASCII punctuation and symbols, Latin-1 punctuation, General Punctuation (which holds
// ZWNJ, dashes and quotes), CJK punctuation and Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ٭ ۔). A negated class of explicit
// ranges is several times faster than \p{L} and gives the same words on the scripts the aligner meets. JavaScript's \s
// is spelled out (\t-\r, space, U+1680, U+FEFF; the rest is inside the ranges) so that no character is listed twice.
const WORD = /[^\t\n\v\f\r\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u00a0-\u00bf\u00d7\u00f7\u1680\u2000-\u206f\u2190-\u2bff\u3000-\u303f\u060c\u061b\u061f\u066a-\u066d\u06d4\ufd3e\ufd3f\ufeff]+/g;

/** Words of folded text: runs of letters, digits and marks. Punctuation, spaces and ZWNJ separate words. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

// Whether a code unit outside ASCII and the Arabic block is a letter or digit.
const isOtherLetterOrDigit = codeUnitTest(/[\p{L}\p{N}]/u);

/** True for the code units letterCount counts. */
export function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0600 && c <= 0x06ff) return isArabicBlockLetterOrDigit(c);
  // General punctuation, spaces, ZWNJ and bidi controls: never letters.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return isOtherLetterOrDigit(c);
}

/**
 * Number of letters and digits (UTF-16 units; a letter outside the Basic Multilingual Plane, which is rare here,
 * counts as none), the unit of the length signal. Spaces, punctuation and marks are left out because their use
 * varies between the languages, and so is what stands in square brackets (see InsertionTracker). A loop over char
 * codes with the Latin and Arabic blocks decided inline: the aligner counts every unit of a 10,000-paragraph
 * document, and a Unicode-property regex is several times slower.
 */
export function letterCount(text: string, start = 0, end = text.length): number {
  const insertions = new InsertionTracker(text);
  let count = 0;
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!insertions.isInside(k, c) && k >= start && isLetterOrDigit(c)) count++;
  }
  return count;
}

/**
 * Letters before each of the ascending UTF-16 offsets `ends` (written to `into`), in one pass; returns the letters
 * of the whole text. Counted as letterCount counts them.
 */
export function lettersAt(text: string, ends: ArrayLike<number>, into: number[]): number {
  const insertions = new InsertionTracker(text);
  let count = 0;
  let k = 0;
  const counts = (at: number) => {
    const c = text.charCodeAt(at);
    return !insertions.isInside(at, c) && isLetterOrDigit(c);
  };
  for (let e = 0; e < ends.length; e++) {
    const end = ends[e]!;
    for (; k < end; k++) if (counts(k)) count++;
    into.push(count);
  }
  for (; k < text.length; k++) if (counts(k)) count++;
  return count;
}

/**
 * Whether each code unit of a text, read in order, stands inside square brackets: from a "[" to the first "]" after
 * it, both included; an unclosed "[" opens nothing. Square brackets mark what an editor or a translator added
 * ("[the president] said", an annotated translation's "worship [none] but Him"), which has no counterpart in the
 * other text: counted, the insertions of a literal, annotated English make its paragraphs look like two of the
 * original's. Linear: each "]" is looked for once.
 */
export class InsertionTracker {
  private end = -1;
  private closed = true;

  constructor(private readonly text: string) {}

  /** `code` is text.charCodeAt(at); offsets must come in ascending order. */
  isInside(at: number, code: number): boolean {
    if (code === 0x5b && at > this.end && this.closed) {
      const close = this.text.indexOf("]", at + 1);
      // No "]" after this one: none after any later "[" either.
      if (close < 0) this.closed = false;
      else this.end = close;
    }
    return at <= this.end;
  }
}

function isArabicBlockLetterOrDigit(c: number): boolean {
  if (isMarkOrTatweel(c)) return false;
  if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x06d4) return false; // ، ؛ ؟ ۔
  if (c >= 0x066a && c <= 0x066d) return false; // ٪ ٫ ٬ ٭
  return c >= 0x0620 || (c >= 0x0660 && c <= 0x0669);
}
