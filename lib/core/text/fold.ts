// Folding for MATCHING only. Stored text and offsets are never folded: every function here returns a new string
// whose length may differ from its input, so nothing derived from it may be used as an offset into the original.

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

// Letters that Persian and Arabic write differently, or that writers use interchangeably (Persian texts often carry
// Arabic ي/ك from old keyboards; hamza seats vary). Folded to the Persian form, which is arbitrary but consistent.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  "\u064a": "\u06cc", // ي Arabic yeh -> ی Farsi yeh
  "\u0649": "\u06cc", // ى alef maksura -> ی
  "\u0626": "\u06cc", // ئ yeh with hamza -> ی
  "\u0643": "\u06a9", // ك Arabic kaf -> ک keheh
  "\u0629": "\u0647", // ة teh marbuta -> ه (Persian writes the same words with ه)
  "\u06c0": "\u0647", // ۀ heh with yeh above (ezafe) -> ه
  "\u0623": "\u0627", // أ -> ا
  "\u0625": "\u0627", // إ -> ا
  "\u0622": "\u0627", // آ -> ا
  "\u0671": "\u0627", // ٱ alef wasla -> ا
  "\u0624": "\u0648", // ؤ -> و
};

/** Folds Arabic and Persian letter variants (ي/ی, ك/ک, ة/ه, hamza seats) to one form. */
export function foldArabicLetters(text: string): string {
  return text.replace(/[\u064a\u0649\u0626\u0643\u0629\u06c0\u0623\u0625\u0622\u0671\u0624]/g, (ch) => LETTER_FOLDS[ch]!);
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
  if (code >= 0x064b && code <= 0x065f) folded = "";
  else if (code === 0x0670 || code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed)) folded = "";
  else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) folded = String(code - PERSIAN_ZERO);
  else if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) folded = String(code - ARABIC_INDIC_ZERO);
  else if (code === 0x066a) folded = "%";
  else if (code === 0x066b) folded = ".";
  else if (code === 0x066c) folded = ",";
  ARABIC_BLOCK_FOLD[code - 0x0600] = folded;
}

/**
 * Everything above plus lower case. ZWNJ (U+200C) becomes a space: Persian writers alternate between "خامنه‌ای",
 * "خامنه ای" and (rarely) "خامنهای", and splitting on it makes the first two identical, which joining would not.
 * ZWJ (U+200D) and the bidi controls carry no letters and are dropped. One pass over the char codes (the aligner
 * folds every unit of a 10,000-paragraph document, and a chain of regular expressions is several times slower).
 */
export function foldForMatching(text: string): string {
  const source = /[\u00c0-\u024f\u1e00-\u1eff]/.test(text) ? stripMarks(text) : text;
  let out = "";
  let runStart = 0;
  for (let k = 0; k < source.length; k++) {
    const code = source.charCodeAt(k);
    let replacement: string | undefined;
    if (code >= 0x41 && code <= 0x5a) replacement = String.fromCharCode(code + 32);
    else if (code < 0x80) continue;
    else if (code >= 0x0600 && code <= 0x06ff) replacement = ARABIC_BLOCK_FOLD[code - 0x0600];
    else if (code === 0x200c) replacement = " ";
    else if (code === 0x200d || code === 0x200e || code === 0x200f || code === 0xfeff) replacement = "";
    else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) replacement = "";
    else if (code >= 0x0300 && code <= 0x036f) replacement = "";
    else {
      const lower = source[k]!.toLowerCase();
      if (lower !== source[k]) replacement = lower;
    }
    if (replacement === undefined) continue;
    out += source.slice(runStart, k) + replacement;
    runStart = k + 1;
  }
  return runStart === 0 ? source : out + source.slice(runStart);
}

// Word separators: whitespace, ASCII punctuation and symbols, Latin-1 punctuation, General Punctuation (which holds
// ZWNJ, dashes and quotes), CJK punctuation and Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ٭ ۔). A negated class of explicit
// ranges is several times faster than \p{L} and gives the same words on the scripts the aligner meets.
const WORD = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\u060c\u061b\u061f\u066a-\u066d\u06d4\ufd3e\ufd3f]+/g;

/** Words of folded text: runs of letters, digits and marks. Punctuation, spaces and ZWNJ separate words. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/**
 * Number of letters and digits (UTF-16 units: astral letters count twice, which is rare and harmless here), the unit
 * of the length signal. Spaces, punctuation and marks are left out because their use varies between the languages.
 * A loop over char codes with the Latin and Arabic blocks decided inline: the aligner counts every unit of a
 * 10,000-paragraph document, and a Unicode-property regex is several times slower.
 */
export function letterCount(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) count++;
    } else if (c >= 0x0600 && c <= 0x06ff) {
      if (isArabicBlockLetterOrDigit(c)) count++;
    } else if (c >= 0x2000 && c <= 0x206f) {
      // General punctuation, spaces, ZWNJ and bidi controls: never letters.
    } else if (/[\p{L}\p{N}]/u.test(text[k]!)) {
      count++;
    }
  }
  return count;
}

function isArabicBlockLetterOrDigit(c: number): boolean {
  if (c >= 0x064b && c <= 0x065f) return false; // harakat
  if (c === 0x0640 || c === 0x0670) return false; // tatweel, superscript alef
  if (c >= 0x06d6 && c <= 0x06ed) return false; // Quranic marks
  if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x06d4) return false; // ، ؛ ؟ ۔
  if (c >= 0x066a && c <= 0x066d) return false; // ٪ ٫ ٬ ٭
  return c >= 0x0620 || (c >= 0x0660 && c <= 0x0669);
}
