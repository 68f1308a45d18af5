// The matching key of a text for the term base: the folds of lib/core/text/fold.ts (Arabic/Persian yeh and kaf,
// hamza seats and madda, alef wasla, teh marbuta, harakat, tatweel, ZWNJ, ZWJ, bidi controls, digits, case) plus
// what terms need on top of them: Arabic presentation forms and precomposed Latin letters folded one code unit at a
// time, typographic apostrophes and hyphens made ASCII, and every run of white space (ZWNJ and line breaks included)
// made one space. Unlike foldForMatching, which returns a bare string, the key comes with a map from each of its
// units back to the UTF-16 offsets of the original, so a match in the key is reported in the stored text.

import { foldCode, isLetterOrDigit } from "../text/fold";
import { uthmaniAsModern } from "../text/uthmani";

/** A text's matching key and, for each unit of the key, the original UTF-16 span it came from. */
export interface TermKey {
  readonly key: string;
  /** starts[i]: offset in the original of the first code unit that made key unit i. */
  readonly starts: Int32Array;
  /**
   * ends[i]: offset just past key unit i, including the marks and joiners dropped after it (a harakah belongs to
   * the letter before it, so a match ending on that letter keeps its vowel) and, for a separator, its whole run.
   */
  readonly ends: Int32Array;
}

/** The separator every run of white space, line breaks and ZWNJ becomes. */
export const SEPARATOR = 0x20;
/** Every hyphen becomes U+002D, which the matcher reads as a separator inside a term and as a letter at its edges. */
export const HYPHEN = 0x2d;

const DROP = -1;
const SPACE = -3;

function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 ||
    // ZWNJ: Persian writes "نامه‌ها", "نامه ها" and "نامه‌ی"; all three must give the same words (fold.ts says why).
    code === 0x200c
  );
}

// Hyphens: U+2010 hyphen, U+2011 non-breaking hyphen, U+FE63 small and U+FF0D fullwidth hyphen-minus. En and em
// dashes are not hyphens: "the regime—which" ends a word.
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0xfe63 || code === 0xff0d;
}

// Apostrophes and the letters transliterations use for ayn and hamza: U+2019 and U+2018 (typographic quotes, also
// written for ayn as in "Bab al-‘Amud"), U+02BC modifier apostrophe, U+02BE/U+02BF half rings (ʾ ʿ), U+2032 prime,
// U+0060 grave, U+FF07 fullwidth. All become "'", so "Iran’s" and "Iran's" give one key.
function isApostrophe(code: number): boolean {
  return (
    code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x02be ||
    code === 0x02bf || code === 0x2032 || code === 0x60 || code === 0xff07
  );
}

// Units whose fold is more than one unit or needs a normalization: precomposed Latin (U+00C0..U+024F,
// U+1E00..U+1EFF: "Ḥ" is "h"), Arabic presentation forms A and B (U+FB50..U+FDFF, U+FE70..U+FEFE: the lam-alef
// ligature "ﻻ" is two letters, "لا"). Each is decomposed once (NFD or NFKC), each resulting unit folded with
// foldCode, and the result cached.
const EXPANDED = new Map<number, string>();

function expandedFold(code: number): string {
  let folded = EXPANDED.get(code);
  if (folded !== undefined) return folded;
  const ch = String.fromCharCode(code);
  const decomposed = code >= 0xfb50 ? ch.normalize("NFKC") : ch.normalize("NFD");
  folded = "";
  for (let k = 0; k < decomposed.length; k++) {
    const unit = decomposed.charCodeAt(k);
    const one = foldCode(unit);
    if (one >= 0) folded += String.fromCharCode(one);
    else if (one === -2) folded += String.fromCharCode(unit).toLowerCase();
  }
  // The isolated harakat of U+FE70..U+FE7F decompose to a space plus the mark: they are marks, not word breaks.
  folded = folded.trim();
  EXPANDED.set(code, folded);
  return folded;
}

function needsExpansion(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)
  );
}

/** The fold of one code unit as a single code, DROP, SPACE, or -2 when expandedFold must be asked. */
function computeFoldUnit(code: number): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code + 32;
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE;
    if (code === 0x60) return 0x27;
    return code;
  }
  if (isSpace(code)) return SPACE;
  if (isHyphen(code)) return HYPHEN;
  if (isApostrophe(code)) return 0x27;
  // Soft hyphen: an invisible break opportunity inside a word ("Zion\u00adist" is "Zionist").
  if (code === 0xad) return DROP;
  if (needsExpansion(code)) return -2;
  const folded = foldCode(code);
  return folded === -1 ? DROP : folded;
}

// Scratch buffers shared by every call (normalizing is synchronous), grown as needed: allocating typed arrays per
// call cost more than the fold itself when a term file of 100,000 entries is read.
// foldUnit of every UTF-16 code unit, filled on first sight (UNKNOWN): a table lookup per character instead of the
// chain of range tests, since every paragraph of a document is folded each time its flags are computed.
// A folded code that is a letter or digit carries WORD_FLAG, so the fold also finds the words (isLetterOrDigit of
// fold.ts) without a second lookup per character.
const UNKNOWN = -4;
const WORD_FLAG = 0x10000;
const FOLD_TABLE = new Int32Array(0x10000).fill(UNKNOWN);

function foldUnit(code: number): number {
  let folded = FOLD_TABLE[code]!;
  if (folded === UNKNOWN) {
    folded = computeFoldUnit(code);
    if (folded >= 0 && isLetterOrDigit(folded)) folded |= WORD_FLAG;
    FOLD_TABLE[code] = folded;
  }
  return folded;
}

/** The base of the polynomial hash of words (mod 2^32) that the fold computes for the matcher. */
export const WORD_HASH_BASE = 131;

let keyBuffer = new Uint16Array(1024);
let startBuffer = new Int32Array(1024);
// The words of the last fold: runs of letters and digits [wordStartBuffer[w], wordEndBuffer[w]) of the key, and
// hashBuffer[k + 1], the hash of the key units from the start of k's word up to k (hashBuffer[start] is 0).
let wordStartBuffer = new Int32Array(512);
let wordEndBuffer = new Int32Array(512);
let hashBuffer = new Int32Array(1025);

function unitsToString(length: number): string {
  let out = "";
  for (let at = 0; at < length; at += 8192) {
    out += String.fromCharCode.apply(null, keyBuffer.subarray(at, Math.min(length, at + 8192)) as unknown as number[]);
  }
  return out;
}

function ensureCapacity(used: number, needed: number): void {
  if (needed <= keyBuffer.length) return;
  const capacity = Math.max(2 * keyBuffer.length, needed + 1024);
  const grow = <T extends Uint16Array | Int32Array>(old: T, next: T): T => {
    next.set(old.subarray(0, Math.min(used, old.length, next.length)) as never);
    return next;
  };
  keyBuffer = grow(keyBuffer, new Uint16Array(capacity));
  startBuffer = grow(startBuffer, new Int32Array(capacity));
  hashBuffer = grow(hashBuffer, new Int32Array(capacity + 1));
  // At most one word per two units, plus one.
  wordStartBuffer = grow(wordStartBuffer, new Int32Array((capacity >> 1) + 2));
  wordEndBuffer = grow(wordEndBuffer, new Int32Array((capacity >> 1) + 2));
}

let wordCount = 0;

/**
 * Folds `text` into the scratch buffers; returns the key length. Only where each key unit starts is written: where
 * it ends follows from where the next one starts (endOfUnit), which spares a write per character. The words and
 * their hashes are found on the way (wordCount, wordStartBuffer...), for the matcher.
 */
function foldIntoBuffers(written: string): number {
  // Same length as written (uthmani.ts), so every key unit's offset is one into the stored text.
  const text = uthmaniAsModern(written);
  const length = text.length;
  ensureCapacity(0, length + 16);
  let key = keyBuffer;
  let starts = startBuffer;
  let hashes = hashBuffer;
  let wordStarts = wordStartBuffer;
  let wordEnds = wordEndBuffer;
  let out = 0;
  let words = 0;
  let hash = 0;
  let isInWord = false;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(k);
    const folded = foldUnit(code);
    if (folded >= 0) {
      const unit = folded & 0xffff;
      if (folded > 0xffff) {
        if (!isInWord) {
          isInWord = true;
          wordStarts[words] = out;
          hashes[out] = 0;
          hash = 0;
        }
        hash = (Math.imul(hash, WORD_HASH_BASE) + unit) | 0;
        hashes[out + 1] = hash;
      } else if (isInWord) {
        isInWord = false;
        wordEnds[words++] = out;
      }
      key[out] = unit;
      starts[out++] = k;
    } else if (folded === SPACE) {
      if (isInWord) {
        isInWord = false;
        wordEnds[words++] = out;
      }
      if (out === 0 || key[out - 1] !== SEPARATOR) {
        key[out] = SEPARATOR;
        starts[out++] = k;
      }
    } else if (folded === -2) {
      const expansion = expandedFold(code);
      // One presentation form, U+FDFA, is a whole phrase: make room for it and what is left of the text.
      if (out + expansion.length + (length - k) + 16 > key.length) {
        ensureCapacity(out, out + expansion.length + (length - k) + 16);
        key = keyBuffer;
        starts = startBuffer;
        hashes = hashBuffer;
        wordStarts = wordStartBuffer;
        wordEnds = wordEndBuffer;
      }
      for (let c = 0; c < expansion.length; c++) {
        const unit = expansion.charCodeAt(c);
        if (isLetterOrDigit(unit)) {
          if (!isInWord) {
            isInWord = true;
            wordStarts[words] = out;
            hashes[out] = 0;
            hash = 0;
          }
          hash = (Math.imul(hash, WORD_HASH_BASE) + unit) | 0;
          hashes[out + 1] = hash;
        } else if (isInWord) {
          isInWord = false;
          wordEnds[words++] = out;
        }
        key[out] = unit;
        starts[out++] = k;
      }
    }
    // DROP: a mark, joiner or bidi control writes nothing; it falls inside the span of the unit before it.
  }
  if (isInWord) wordEnds[words++] = out;
  wordCount = words;
  return out;
}

/**
 * Offset just past key unit `i`: where the next unit starts, so that the marks, joiners and bidi controls dropped
 * after a letter belong to it (a match ending on the letter keeps its vowel), and a run of spaces to its separator;
 * the last unit ends with the text. Units expanded from one code unit (a ligature) each end after it.
 */
export function endOfUnit(starts: Int32Array, length: number, textLength: number, i: number): number {
  return i + 1 < length ? Math.max(starts[i + 1]!, starts[i]! + 1) : textLength;
}

/** The key and offset map of the last text folded, in the shared scratch buffers: valid until the next fold. */
export interface ScratchKey {
  key: Uint16Array;
  starts: Int32Array;
  length: number;
  /** Word w is key units [wordStarts[w], wordEnds[w]): a run of letters and digits. */
  wordStarts: Int32Array;
  wordEnds: Int32Array;
  wordCount: number;
  /** hashes[k + 1]: hash (WORD_HASH_BASE) of the units from the start of k's word to k; 0 at each word start. */
  hashes: Int32Array;
}

/**
 * Folds `text` without copying the result out of the scratch buffers, for a caller that reads it at once (the
 * matcher, per paragraph: copying would cost as much as folding).
 */
export function foldToScratch(text: string): ScratchKey {
  const length = foldIntoBuffers(text);
  return { key: keyBuffer, starts: startBuffer, length, wordStarts: wordStartBuffer, wordEnds: wordEndBuffer, wordCount, hashes: hashBuffer };
}

/**
 * The matching key of `text` with its offset map. One pass over the code units; each run of separators becomes
 * one SEPARATOR (leading and trailing ones kept, so that the key of a paragraph has no surprises at its edges).
 */
export function normalizeForTerms(text: string): TermKey {
  const length = foldIntoBuffers(text);
  const starts = startBuffer.slice(0, length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) ends[i] = endOfUnit(starts, length, text.length, i);
  return { key: unitsToString(length), starts, ends };
}

/** The original span of key units [keyStart, keyEnd). */
export function originalSpan(termKey: TermKey, keyStart: number, keyEnd: number): { start: number; end: number } {
  if (keyEnd <= keyStart) {
    const at = keyStart < termKey.starts.length ? termKey.starts[keyStart]! : (termKey.ends[termKey.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: termKey.starts[keyStart]!, end: termKey.ends[keyEnd - 1]! };
}

/** True for the key units that make words: letters and digits (hyphens and apostrophes are not). */
export function isWordUnit(code: number): boolean {
  return isLetterOrDigit(code);
}

/**
 * The key of a rendering as the term base stores it for matching: the text's key without the separators and
 * punctuation at its edges ("«سيف القدس»" and "سيف القدس" are one rendering), hyphens made separators (the
 * matcher lets a hyphen in the text match a space in a rendering, so "Zionist-regime" and "Zionist regime" are one).
 */
export function termKeyOf(rendering: string): string {
  const length = foldIntoBuffers(rendering);
  for (let k = 0; k < length; k++) if (keyBuffer[k] === HYPHEN) keyBuffer[k] = SEPARATOR;
  const key = unitsToString(length);
  let start = 0;
  let end = key.length;
  while (start < end && !isLetterOrDigit(key.charCodeAt(start))) start++;
  while (end > start && !isLetterOrDigit(key.charCodeAt(end - 1))) end--;
  return key.slice(start, end).replace(/ {2,}/g, " ");
}
