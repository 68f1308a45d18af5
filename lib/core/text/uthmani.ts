// The Quran's classical (Uthmani) spelling read as modern spelling, for MATCHING only (and, at the end, a test for
// the Quran's own marks, which the interface uses to pick a face that has their glyphs). Statements and speeches quote
// the Quran in that spelling, and it writes a long ā where modern Arabic writes an alef in ways the folds of fold.ts
// do not see through: a superscript alef over the consonant (ٱلْعَٰلَمِينَ for العالمين, ٱلْكِتَٰبُ for الكتاب), a
// waw or an alef maksura carrying it (ٱلصَّلَوٰةَ for الصلاة, ٱلتَّوْرَىٰةَ for التوراة), and a hamza on the line
// before an alef for the alef with madda (ءَامَنُوا۟ for آمنوا, قُرْءَان for قرآن). Dropped as a mark, the
// superscript alef leaves words the word list and the term base do not know (العلمین, الکتب "the books", الصلوه).
//
// The text is rewritten code unit for code unit, so every offset into it is an offset into the original: a
// superscript alef that stands for an alef becomes one, a waw or alef maksura that only carries it becomes an alef
// (the superscript alef is then dropped as before), and a hamza that only stands before an alef becomes a sukun,
// a mark that the folds drop. Words whose modern spelling leaves the alef out too (هٰذا, ذٰلك, لٰكن, إلٰه, الرحمٰن,
// أولٰئك, هٰؤلاء, اللّٰه), which vowelled modern Arabic writes with the same superscript alef, keep it dropped.

import { ARABIC_CLITICS } from "./clitics";
import { isArabicMark, isMarkOrTatweel, LETTER_FOLDS } from "./arabic-letters";

const SUPERSCRIPT_ALEF = 0x0670;
const HAMZA = 0x0621;
const ALEF = 0x0627;
const WAW = 0x0648;
const ALEF_MAKSURA = 0x0649;
const SUKUN = 0x0652;

/**
 * Folded stems (arabic-letters.ts: ك is ک, ي and ئ are ی, ؤ is و) of the words whose modern spelling has no alef
 * where the Uthmani one has a superscript alef. A word holding one keeps its superscript alefs dropped, whatever
 * clitic or ending it carries (وَلَٰكِنَّ, إِلَٰهُكُمْ, بِٱلرَّحْمَٰنِ).
 */
const MODERN_WITHOUT_ALEF = ["ذلک", "هذا", "هذه", "هذان", "هذین", "هولاء", "لکن", "اولیک", "اله", "رحمن", "لله"];

/** Letters before a hamza that make "ءا" a plural or a case ending of a word in ء (إجراءات, نتوءات), not a madda. */
const LONG_VOWEL_SEATS = new Set([ALEF, WAW, 0x064a, ALEF_MAKSURA, 0x06cc, 0x0622, 0x0623, 0x0625, 0x0671, HAMZA]);

/** Folded clitic prefixes a word may carry before a madda spelled "ءا" (وَءَاتُوا۟, فَءَامِنُوا۟). */
const CLITIC_PREFIXES = new Set(["", ...ARABIC_CLITICS]);

/** Letters, marks and the tatweel of the Arabic block: what a word of Arabic script is made of. */
function isWordUnit(code: number): boolean {
  return (code >= 0x0620 && code <= 0x065f) || (code >= 0x066e && code <= 0x06d3) || code === 0x06d5 ||
    (code >= 0x06d6 && code <= 0x06ed) || (code >= 0x06fa && code <= 0x06ff);
}

const HAMZA_BEFORE_ALEF = /\u0621[\u064b-\u065f\u06d6-\u06ed]*\u0627/;

/** True when the text may hold something this module rewrites: a cheap test, one or two scans of modern text. */
function mayBeUthmani(text: string): boolean {
  if (text.indexOf("\u0670") >= 0) return true;
  return text.indexOf("\u0621") >= 0 && HAMZA_BEFORE_ALEF.test(text);
}

// The Quran's own marks, which vowelled modern Arabic does not use: the small high and low letters and signs (the
// sukun ۡ, the small waw ۥ and yeh ۦ, the small meem ۢ), the pause marks (ۚ ۖ ۗ ۘ ۛ), the open tanween (U+08F0-U+08F2,
// or U+065E where a text writes it so) and the rest of Arabic Extended-A's Quranic marks.
const QURANIC_MARK = /[\u065c\u065e\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08ff]/;

/** True when the text holds a mark only the Quran's spelling uses: a face for modern Arabic may have no glyph for it. */
export function hasQuranicMarks(text: string): boolean {
  return QURANIC_MARK.test(text);
}

/** The text with its Uthmani spellings of ā made modern, code unit for code unit (see the top of this file). */
export function uthmaniAsModern(text: string): string {
  if (!mayBeUthmani(text)) return text;
  let units: Uint16Array | undefined;
  const set = (at: number, code: number) => {
    if (!units) {
      units = new Uint16Array(text.length);
      for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
    }
    units[at] = code;
  };
  // The word being read, [start, end) (end found at its first superscript alef or hamza), and whether its modern
  // spelling leaves the superscript alef out: each found once a word, so a hostile run of letters stays linear.
  let start = 0;
  let end = -1;
  let keepsDropped: boolean | undefined;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!isWordUnit(code)) {
      start = k + 1;
      continue;
    }
    if (code !== SUPERSCRIPT_ALEF && code !== HAMZA) continue;
    if (end <= k) {
      end = k + 1;
      while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
      keepsDropped = undefined;
    }
    if (code === HAMZA) {
      if (standsForMadda(text, k, start, end)) set(k, SUKUN);
      continue;
    }
    keepsDropped ??= holdsModernWithoutAlef(text, start, end);
    if (!keepsDropped) readSuperscriptAlef(text, k, start, end, set);
  }
  return units ? fromUnits(units) : text;
}

/**
 * Marks a letter may carry before or after the one read: a letter of the Quran's text carries four at most (shadda,
 * a vowel, a superscript alef, a maddah), so a longer run is no spelling to read, and walks over marks stay short.
 */
const MAX_MARKS = 6;

/** The code of the letter `at` stands right after when only marks lie between (at most MAX_MARKS), and how many. */
function letterBefore(text: string, at: number, start: number): { code: number; marks: number } {
  let marks = 0;
  let k = at - 1;
  while (k >= start && isArabicMark(text.charCodeAt(k))) {
    if (++marks > MAX_MARKS) return { code: -1, marks };
    k--;
  }
  return { code: k >= start ? text.charCodeAt(k) : -1, marks };
}

function readSuperscriptAlef(text: string, at: number, start: number, end: number, set: (at: number, code: number) => void): void {
  // The letter before it. With a vowel mark between, that letter is a consonant and the superscript alef its ā
  // (the waw of سَمَٰوَٰت, the yeh of قِيَٰمَة); right after a waw or a yeh, the letter only carries it.
  const before = letterBefore(text, at, start);
  const carrier = before.marks === 0 ? before.code : -1;
  if (carrier === ALEF_MAKSURA || carrier === 0x064a || carrier === 0x06cc) {
    // عَلَىٰ, مُوسَىٰ: the modern ى. Inside a word only the Uthmani alef maksura carries it: تَقْوَىٰهَا, ٱلتَّوْرَىٰةَ.
    if (carrier === ALEF_MAKSURA && hasLetterAfter(text, at, end)) set(at - 1, ALEF);
    return;
  }
  if (carrier === WAW) set(at - 1, ALEF);
  else if (carrier !== ALEF) set(at, ALEF);
}

/** A hamza on the line before an alef that is not the word's last letter, after nothing but a clitic or a consonant. */
function standsForMadda(text: string, at: number, start: number, end: number): boolean {
  let next = at + 1;
  while (next < end && next - at <= MAX_MARKS && isArabicMark(text.charCodeAt(next))) next++;
  if (next >= end || text.charCodeAt(next) !== ALEF || !hasLetterAfter(text, next, end)) return false;
  const { code } = letterBefore(text, at, start);
  if (code >= 0 && !LONG_VOWEL_SEATS.has(code) && !isMarkOrTatweel(code)) return true;
  // A clitic is three letters at most, with their marks.
  return at - start <= 4 * (1 + MAX_MARKS) && CLITIC_PREFIXES.has(foldedLetters(text, start, at));
}

/** True when a letter follows `at` in its word, past at most MAX_MARKS marks. */
function hasLetterAfter(text: string, at: number, end: number): boolean {
  for (let k = at + 1; k < end && k - at <= MAX_MARKS + 1; k++) {
    if (!isMarkOrTatweel(text.charCodeAt(k))) return true;
  }
  return false;
}

const LETTER_FOLD_CODES = new Map(Object.entries(LETTER_FOLDS).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
const STEM_CODES = MODERN_WITHOUT_ALEF.map((stem) => Array.from(stem, (ch) => ch.charCodeAt(0)));
let letterBuffer = new Uint16Array(64);

/**
 * Reads the letters of text[start, end) into letterBuffer, marks and tatweel dropped and variants folded as fold.ts
 * folds them; how many.
 */
function readLetters(text: string, start: number, end: number): number {
  if (letterBuffer.length < end - start) letterBuffer = new Uint16Array(2 * (end - start));
  let length = 0;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (!isMarkOrTatweel(code)) letterBuffer[length++] = LETTER_FOLD_CODES.get(code) ?? code;
  }
  return length;
}

/** The letters of text[start, end) as readLetters reads them, as a string. */
function foldedLetters(text: string, start: number, end: number): string {
  return String.fromCharCode(...letterBuffer.subarray(0, readLetters(text, start, end)));
}

/** True when the word text[start, end), marks dropped and letters folded, holds one of MODERN_WITHOUT_ALEF. */
function holdsModernWithoutAlef(text: string, start: number, end: number): boolean {
  const length = readLetters(text, start, end);
  for (const stem of STEM_CODES) {
    for (let from = 0; from + stem.length <= length; from++) {
      let same = true;
      for (let c = 0; c < stem.length && same; c++) same = letterBuffer[from + c] === stem[c];
      if (same) return true;
    }
  }
  return false;
}

/** A string of code units, built in chunks: String.fromCharCode takes its arguments on the stack. */
function fromUnits(units: Uint16Array): string {
  let out = "";
  for (let at = 0; at < units.length; at += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(units.length, at + 8192)) as unknown as number[]);
  }
  return out;
}
