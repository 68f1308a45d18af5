// One pass over the raw text of a unit for everything the aligner reads from it before the signals: its folded words
// (interned in the text's vocabulary), its letters, and its rough sentence and clause breaks with the letters before
// each. Equivalent to foldForMatching + Vocabulary.scan + roughBreaks + lettersAt, which it falls back to for text
// that needs Unicode normalization first (accented Latin) or holds surrogate pairs; several passes and a string per
// unit cost several times more on a 10,000-paragraph document.

import { codeUnitTest } from "./code-units";
import { foldCode, foldForMatching, InsertionTracker, isLetterOrDigit, lettersAt, wordsOf } from "./fold";
import { QURAN_PAUSES, roughBreaks } from "./sentences";
import { uthmaniAsModern } from "./uthmani";
import { SEPARATOR, Vocabulary, type IdSink } from "./vocabulary";

export interface UnitScan {
  /** Letters (and digits) of the unit, square-bracketed insertions left out (see fold.ts letterCount). */
  letters: number;
  /** Letters before each rough break (sentence end or clause break), and whether it is a clause break. */
  breakLetters: number[];
  breakIsClause: boolean[];
  /** Offset in the text just past each rough break. */
  breakEnds: number[];
  /** Words of the unit before each rough break. */
  breakWords: number[];
}

// JavaScript's \s, by code unit.
const SPACE = new Uint8Array(0x10000);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) {
  SPACE[code] = 1;
}
SPACE.fill(1, 0x2000, 0x200b);

// Character classes of roughBreaks: 1 sentence terminator, 2 closer, 3 clause mark, 4 the end-of-ayah sign (before
// a verse's number), 5 an ornate parenthesis (around one).
const BREAK_CLASS = new Uint8Array(0x10000);
for (const ch of ".!?؟۔…") BREAK_CLASS[ch.charCodeAt(0)] = 1;
for (const ch of "\"'»”’)]") BREAK_CLASS[ch.charCodeAt(0)] = 2;
for (const ch of ";:؛،," + QURAN_PAUSES) BREAK_CLASS[ch.charCodeAt(0)] = 3;
const AYAH_SIGN = 0x06dd;
BREAK_CLASS[AYAH_SIGN] = 4;
BREAK_CLASS[0xfd3e] = 5;
BREAK_CLASS[0xfd3f] = 5;

/** Digits as roughBreaks's verse numbers take them: ASCII, Arabic-Indic and Persian. */
function isVerseDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
}

const isLowerCase = codeUnitTest(/\p{Ll}/u);

const NEEDS_FALLBACK = /[\u00c0-\u024f\u1e00-\u1eff\ud800-\udfff]/;

let codes = new Uint16Array(256);

/** Scans `text`: appends its word ids to `words` and fills `out`. */
export function scanUnit(text: string, vocabulary: Vocabulary, words: IdSink, out: UnitScan): void {
  out.breakLetters.length = 0;
  out.breakIsClause.length = 0;
  out.breakEnds.length = 0;
  out.breakWords.length = 0;
  const firstWord = words.length;
  if (NEEDS_FALLBACK.test(text)) {
    vocabulary.scan(foldForMatching(text), words);
    const ends: number[] = [];
    // Words counted piece by piece, so that a long unit of many breaks stays linear: a break ends after punctuation,
    // which no word spans.
    let counted = 0;
    let wordsBefore = 0;
    for (const cut of roughBreaks(text)) {
      ends.push(cut.end);
      out.breakIsClause.push(cut.clause);
      out.breakEnds.push(cut.end);
      wordsBefore += wordsOf(foldForMatching(text.slice(counted, cut.end))).length;
      counted = cut.end;
      out.breakWords.push(wordsBefore);
    }
    out.letters = lettersAt(text, ends, out.breakLetters);
    return;
  }
  const length = text.length;
  // Letters and breaks are read from the text as written, words from its modern reading (same offsets, uthmani.ts).
  const modern = uthmaniAsModern(text);
  const asWritten = modern === text;
  let letters = 0;
  let wordLength = 0;
  let hash = 0;
  // No break is looked for before this offset (the rest of a run of terminators already handled).
  let quietUntil = 0;
  const insertions = new InsertionTracker(text);
  for (let k = 0; k <= length; k++) {
    const code = k < length ? text.charCodeAt(k) : 0x20;
    if (k < length) {
      const inserted = insertions.isInside(k, code);
      if (isLetterOrDigit(code)) {
        if (!inserted) letters++;
      } else if (BREAK_CLASS[code] && k >= quietUntil) {
        const breaks = out.breakLetters.length;
        quietUntil = breakAt(text, k, code, letters, out);
        if (out.breakLetters.length > breaks) {
          // The word before the break is still being read: it ends at this mark. After an end-of-ayah sign, the
          // break falls past the verse's number, which joins that word or makes one of its own.
          const number = code === AYAH_SIGN && wordLength === 0 && k + 1 < length && isVerseDigit(text.charCodeAt(k + 1)) ? 1 : 0;
          out.breakWords.push(words.length - firstWord + (wordLength > 0 ? 1 : 0) + number);
        }
      }
    }
    let folded = foldCode(asWritten || k >= length ? code : modern.charCodeAt(k));
    if (folded === -1) continue;
    let second = -1;
    if (folded === -2) {
      const lower = String.fromCharCode(code).toLowerCase();
      folded = lower.charCodeAt(0);
      second = lower.length > 1 ? lower.charCodeAt(1) : -1;
    }
    for (let unit = folded; unit >= 0; unit = second, second = -1) {
      if (SEPARATOR[unit]) {
        if (wordLength > 0) {
          words.push(vocabulary.internCodes(codes, 0, wordLength, hash));
          wordLength = 0;
        }
        continue;
      }
      if (wordLength === 0) hash = 0x811c9dc5;
      if (wordLength === codes.length) {
        const wider = new Uint16Array(2 * codes.length);
        wider.set(codes);
        codes = wider;
      }
      codes[wordLength++] = unit;
      hash = Math.imul(hash ^ unit, 0x01000193);
    }
  }
  out.letters = letters;
}

/**
 * roughBreaks at offset k, whose code is a terminator, closer or clause mark: records a break if one ends here, and
 * returns the offset from which to look again.
 */
function breakAt(text: string, k: number, code: number, letters: number, out: UnitScan): number {
  const kind = BREAK_CLASS[code]!;
  if (kind === 2) return k + 1;
  if (kind >= 4) return verseBreakAt(text, k, kind, letters, out);
  let end = k + 1;
  if (kind === 1) while (end < text.length && BREAK_CLASS[text.charCodeAt(end)] === 1) end++;
  const runEnd = end;
  while (end < text.length && BREAK_CLASS[text.charCodeAt(end)] === 2) end++;
  if (end >= text.length || !SPACE[text.charCodeAt(end)]) return runEnd;
  if (kind === 1) {
    // A sentence ends where the space after it is followed by something other than a lower-case letter.
    let next = end;
    while (next < text.length && SPACE[text.charCodeAt(next)]) next++;
    if (next >= text.length || isLowerCase(text.charCodeAt(next))) return runEnd;
  }
  out.breakLetters.push(letters);
  out.breakIsClause.push(kind === 3);
  out.breakEnds.push(end);
  return end;
}

/**
 * A verse's end at offset k, as roughBreaks finds it: the end-of-ayah sign and the digits after it, or the closing
 * ornate parenthesis of a number of one to three digits. A break where more text follows after space; the offset from
 * which to look again.
 */
function verseBreakAt(text: string, k: number, kind: number, letters: number, out: UnitScan): number {
  let end = k + 1;
  let digits = 0;
  if (kind === 4) {
    while (end < text.length && isVerseDigit(text.charCodeAt(end))) end++;
    // The number's digits are letters the scan has not reached yet.
    digits = end - k - 1;
  } else {
    let start = k;
    while (start > 0 && k - start < 4 && isVerseDigit(text.charCodeAt(start - 1))) start--;
    if (start === k || k - start > 3 || start === 0 || BREAK_CLASS[text.charCodeAt(start - 1)] !== 5) return end;
  }
  let next = end;
  while (next < text.length && SPACE[text.charCodeAt(next)]) next++;
  if (next === end || next >= text.length) return end;
  out.breakLetters.push(letters + digits);
  out.breakIsClause.push(false);
  out.breakEnds.push(end);
  return end;
}
