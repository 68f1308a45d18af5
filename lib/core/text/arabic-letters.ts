// Letters that Persian and Arabic write differently, or that writers use interchangeably (Persian texts often carry
// Arabic ي/ك from old keyboards; hamza seats vary), folded to the Persian form, which is arbitrary but consistent.
// For matching only. A module of its own so that fold.ts and the Uthmani reading it applies (uthmani.ts) share it.
export const LETTER_FOLDS: Readonly<Record<string, string>> = {
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
 * True for the marks written over or under Arabic-script letters: harakat and their kin (U+064B..U+065F), the
 * superscript alef (U+0670) and the Quranic annotation marks (U+06D6..U+06ED). Matching drops them; they are no
 * letters of the length signal.
 */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed);
}

/** A mark or the tatweel (U+0640, a stretching stroke): what an Arabic-script word holds besides its letters. */
export function isMarkOrTatweel(code: number): boolean {
  return isArabicMark(code) || code === 0x0640;
}
