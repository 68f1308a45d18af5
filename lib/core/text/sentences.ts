// Sentence splitting for English, Persian and Arabic. Intl.Segmenter (ICU, UAX #29) is the base: it already knows
// ؟ (U+061F), ۔ (U+06D4), closing quotes and brackets after a terminator, and decimals like "3.5". What it does not
// know is which periods are not sentence ends (abbreviations, initials, "ه.ش.", list markers, "(ع.)"), so its
// pieces are re-joined by the rules below; and it does not break after the ellipsis character "…", so that is
// added. The Arabic semicolon ؛ (U+061B) is a semicolon, not a full stop, and does not end a sentence: splitting
// there would cut clauses that English keeps in one sentence.

import { codeUnitTest } from "./code-units";
import { isLetterOrDigit } from "./fold";

/** A sentence as UTF-16 offsets [start, end) into the text, trimmed of surrounding whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Every character after which the splitter may end a sentence: what Intl.Segmenter ends one at (Unicode's
 * Sentence_Terminal, UAX #29 STerm and ATerm: . ! ? ؟ ۔ 。 ‼ ！ and the rest) and the ellipsis "…", which
 * splitAfterEllipsis adds. Shared with the rules that ask whether a line reads as prose (boilerplate, headings).
 */
const SENTENCE_END = /^[\p{Sentence_Terminal}…]$/u;
/** Closing quotes and brackets that may stand after a sentence's end: `He said "no."`, «...!». */
const SENTENCE_CLOSERS = new Set([")", "]", "»", "›", '"', "'", "”", "’"]);

/** Whether `char` (one code point) is a sentence end the splitter knows. */
export function isSentenceEnd(char: string): boolean {
  let known = SENTENCE_END_SEEN.get(char);
  if (known === undefined) {
    known = SENTENCE_END.test(char);
    // Remembered for the characters one meets, not for every string a caller may pass.
    if (SENTENCE_END_SEEN.size < 4096) SENTENCE_END_SEEN.set(char, known);
  }
  return known;
}

const SENTENCE_END_SEEN = new Map<string, boolean>();

/**
 * The sentence end a text ends with, perhaps followed by closing quotes or brackets and whitespace ("?" for
 * `He asked "why?" `), or "" when it ends otherwise. Spaces may stand between the closers too: Persian print often
 * sets a guillemet apart (`گفت: «برخیزید. »`).
 */
export function finalSentenceEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || SENTENCE_CLOSERS.has(text[end - 1]!))) end--;
  if (end === 0) return "";
  const last = lastCodePoint(text, end);
  return isSentenceEnd(last) ? last : "";
}

/** The code point that ends just before `end` (a surrogate pair whole). */
export function lastCodePoint(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const isPair = low >= 0xdc00 && low <= 0xdfff && end >= 2 && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff;
  return text.slice(isPair ? end - 2 : end - 1, end);
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
    } catch {
      segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

// Abbreviations after which a period never ends an English sentence (titles, "No.", "pp.", month names).
const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "gov",
  "sen", "rep", "rev", "hon", "pres", "messrs", "mt", "ft", "no", "nos", "vol", "vols", "fig", "figs", "pp", "p",
  "ch", "art", "sec", "ed", "eds", "vs", "v", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "cf", "al",
]);
// Abbreviations that do end a sentence when the next word is one that typically starts a sentence ("in the U.S.
// The next day...") but not otherwise ("the U.S. Army").
const AMBIGUOUS_ABBREVIATIONS = new Set(["etc", "inc", "ltd", "co", "corp", "bros"]);
const SENTENCE_STARTERS = new Set([
  "the", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "this", "that", "these", "those", "a", "an",
  "his", "her", "their", "its", "our", "there", "on", "at", "for", "as", "if", "when", "however", "after", "before",
  "what", "who", "why", "how", "some", "many", "also", "so", "yet", "then", "meanwhile", "according",
]);

const LIST_MARKER = /^(?:[([]?(?:\d{1,3}|[\u06f0-\u06f9\u0660-\u0669]{1,3}|[a-z])[.)\]-]|[•·▪●◦‣*-])$/i;
/** The longest list marker: "(123)". */
const MAX_LIST_MARKER_CHARS = 5;
// The rules on how a piece ends (a dotted acronym "U.S.", an initial "J." or a one-letter Arabic-script abbreviation
// "ه.ش.", the word before the period) are backward scans over letters rather than end-anchored patterns such as
// /(?<!\p{L})(\p{L}+)\.$/u: V8 tries an end-anchored pattern at every position of what it is given, and a text of
// "Mr. Mr. Mr. ..." asks again at every period.
/** Before a dotted acronym: the piece's start, whitespace or one of these. */
const BEFORE_ACRONYM = new Set([..."(«\"“"]);
/** Before an initial: the piece's start, whitespace, one of these, or a period ("J.R.R."). */
const BEFORE_INITIAL = new Set([...BEFORE_ACRONYM, "."]);
/** An initial is an upper-case letter; in Arabic script, which has no case, any letter. */
const INITIAL_LETTER = /^(?:\p{Lu}|(?=\p{L})\p{sc=Arab})$/u;
// A short parenthesized honorific or abbreviation with its own period: "(ع.)", "(ره.)", "(pbuh.)".
const DOTTED_PARENTHETICAL = /\([^()]{1,4}\.\)$/;
/** The longest text DOTTED_PARENTHETICAL can match: "(" + 4 + ".)". */
const DOTTED_PARENTHETICAL_CHARS = 7;
const OPENERS: ReadonlyArray<readonly [string, string]> = [["(", ")"], ["«", "»"], ["“", "”"], ["[", "]"]];
/**
 * The rules above look at the end of the text so far, never further back than this: ICU's pieces re-joined can grow
 * to the whole paragraph ("a. b. c. ..."), and reading all of it again for each piece would be quadratic. 64
 * characters hold any abbreviation, initial or dotted acronym of up to 32 letters.
 */
const TAIL_CHARS = 64;

/** The sentence being built from ICU's pieces: its span and, per OPENERS pair, how many marks are still open. */
interface Piece extends SentenceSpan {
  /** null until the piece holds a bracket or quote, which most never do. */
  unclosed: number[] | null;
}

/** Sentences of a text, in order; together they cover every non-space character. */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const ellipses = new ForwardSearch(text, ELLIPSIS);
  // A pattern of its own: the search moves its lastIndex, which matchAll would start from (splitAfterVerseEnds).
  const verseEnds = new ForwardSearch(text, new RegExp(VERSE_END.source, "g"));
  // Only the piece being built is kept: each finished one goes out at once, split after ellipses and trimmed.
  let piece: Piece | null = null;
  forEachSegment(text, segmenterFor(lang), (index, segment) => {
    if (piece && shouldJoin(text, piece, segment)) {
      piece.end = index + segment.length;
    } else {
      const start = piece ? openingMarksBefore(text, piece.start, index) : index;
      if (piece) {
        piece.end = start;
        emit(text, piece, ellipses, verseEnds, sentences);
      }
      piece = { start, end: index + segment.length, unclosed: null };
    }
    countBrackets(segment, piece);
  });
  if (piece) emit(text, piece, ellipses, verseEnds, sentences);
  return sentences;
}

/**
 * Where a sentence that the segmenter starts at `index` really starts: before the directional marks (U+200E, U+200F,
 * U+061C) and the embeddings and isolates it opens with, after a space. The segmenter keeps such format characters
 * with what precedes them (UAX #29 SB5), so "…. \u200Eاصغ" would end the previous sentence with the next one's mark
 * (Arabic Bible verses open so).
 */
function openingMarksBefore(text: string, from: number, index: number): number {
  let start = index;
  while (start > from && isDirectionalMark(text.charCodeAt(start - 1))) start--;
  return start < index && start > from && isSpace(text.charCodeAt(start - 1)) ? start : index;
}

function isDirectionalMark(code: number): boolean {
  // LRM, RLM, ALM; LRE, RLE, LRO, RLO; LRI, RLI, FSI. Not PDF or PDI, which close what came before.
  return (
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e && code !== 0x202c) ||
    (code >= 0x2066 && code <= 0x2068)
  );
}

function emit(text: string, piece: SentenceSpan, ellipses: ForwardSearch, verseEnds: ForwardSearch, out: SentenceSpan[]): void {
  const parts = ellipses.within(piece.start, piece.end) ? splitAfterEllipsis(text, piece) : [piece];
  for (const part of parts) {
    if (!verseEnds.within(part.start, part.end)) pushTrimmed(text, part.start, part.end, out);
    else for (const verse of splitAfterVerseEnds(text, part)) pushTrimmed(text, verse.start, verse.end, out);
  }
}

/**
 * Whether a span holds a match of a global pattern, by one forward search kept across calls: spans come in order,
 * and searching each one's rest of the text anew would be quadratic in a text with no match at all.
 */
class ForwardSearch {
  private next = -1;
  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  /** Calls must come with `start` never decreasing. */
  within(start: number, end: number): boolean {
    if (this.next !== Infinity && this.next < start) {
      this.pattern.lastIndex = start;
      const found = this.pattern.exec(this.text);
      this.next = found ? found.index : Infinity;
    }
    return this.next < end;
  }
}

const ELLIPSIS = /…/g;

/**
 * V8's Intl.Segmenter iterator costs time in proportion to the whole string at every step: 2,000 sentences at the
 * head of a 480 KB text took 47 s, so a paragraph of many short sentences was quadratic; even at 2,048 characters a
 * step cost half as much again as at 512. The segmenter therefore sees windows of about WINDOW_CHARS, each starting
 * at a boundary it has found (after a terminator, closers and spaces, or a line break, where no rule looks further
 * back). A boundary near a window's cut end may depend on what was cut off: after "x. " ICU looks past digits,
 * punctuation and spaces for a lower-case letter (UAX #29 SB8), and stops at the first letter, terminator or line
 * break. So a boundary is taken only when such a character follows it inside the window; the rest of the window is
 * segmented again in the next. A sentence longer than a window grows the window, and only the first boundary found
 * in a grown window is taken before the windows shrink back.
 */
const WINDOW_CHARS = 512;

type OnSegment = (index: number, segment: string) => void;

function forEachSegment(text: string, segmenter: Intl.Segmenter, onSegment: OnSegment): void {
  // ICU always breaks after a line or paragraph separator (CR LF together), and nothing on one side of a separator
  // changes a boundary on the other. So lines are segmented together: the non-blank lines that fit a window are
  // joined and segmented in one call, each segment mapped back to its line (one call per line cost more than a
  // short line, about 7 µs). Lines of nothing but whitespace are left out, since they yield no sentence (a million
  // blank lines were a million segmenter steps); a line longer than a window goes alone, in windows of its own.
  // Whether pieces join across a separator is still shouldJoin's call.
  const window = new LineWindow(text, segmenter, onSegment);
  const terminators = new ForwardSearch(text, TERMINATORS);
  for (let lineStart = 0; lineStart < text.length; ) {
    SEPARATOR.lastIndex = lineStart;
    const separator = SEPARATOR.exec(text);
    const lineEnd = separator ? separator.index + separator[0].length : text.length;
    if (isBlank(text, lineStart, lineEnd)) {
      // left out
    } else if (window.isEmpty() && !terminators.within(lineStart, tailStart(text, lineStart, lineEnd))) {
      // A line that cannot break before its end is one segment; the segmenter sees it only inside a window already
      // open, where a step costs less than closing the window.
      onSegment(lineStart, text.slice(lineStart, lineEnd));
    } else window.add(lineStart, lineEnd);
    lineStart = lineEnd;
  }
  window.flush();
}

/**
 * Where the run of terminators, closing quotes and brackets, spaces and line separators that ends [start, end)
 * begins. UAX #29 breaks only after a terminator (or a separator), and not inside such a run (SB8a–SB10) unless a
 * closer follows a space (`."` stays, `. "` breaks before the quote): a line with no terminator before the run is
 * one segment, as most one-sentence paragraphs are ("… on Monday.").
 */
function tailStart(text: string, start: number, end: number): number {
  let at = end;
  while (at > start) {
    const code = text.charCodeAt(at - 1);
    if (isTailSpace(code) || code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029) at--;
    else if (SENTENCE_CLOSERS.has(text[at - 1]!)) {
      if (at - 1 > start && isTailSpace(text.charCodeAt(at - 2))) break;
      at--;
    } else if (TERMINATOR.test(text[at - 1]!)) at--;
    else break;
  }
  return at;
}

function isTailSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

class LineWindow {
  /** Start and end offsets of the lines gathered, in the text. */
  private readonly bounds: number[] = [];
  private chars = 0;

  constructor(
    private readonly text: string,
    private readonly segmenter: Intl.Segmenter,
    private readonly onSegment: OnSegment,
  ) {}

  isEmpty(): boolean {
    return this.bounds.length === 0;
  }

  add(start: number, end: number): void {
    if (this.chars + end - start > WINDOW_CHARS) this.flush();
    if (end - start > WINDOW_CHARS) {
      segmentLine(this.text, start, end, this.segmenter, this.onSegment);
      return;
    }
    this.bounds.push(start, end);
    this.chars += end - start;
  }

  flush(): void {
    const { bounds, text } = this;
    if (bounds.length === 0) return;
    if (bounds.length === 2) segmentLine(text, bounds[0]!, bounds[1]!, this.segmenter, this.onSegment);
    else {
      let joined = "";
      for (let k = 0; k < bounds.length; k += 2) joined += text.slice(bounds[k], bounds[k + 1]);
      // Segments come in order and none spans two lines: one pointer walks the lines.
      let line = 0;
      let lineAt = 0;
      for (const { index, segment } of this.segmenter.segment(joined)) {
        while (index >= lineAt + bounds[line + 1]! - bounds[line]!) {
          lineAt += bounds[line + 1]! - bounds[line]!;
          line += 2;
        }
        this.onSegment(bounds[line]! + index - lineAt, segment);
      }
    }
    bounds.length = 0;
    this.chars = 0;
  }
}


// UAX #29 breaks a sentence only after a terminator (Sentence_Terminal, and U+2024 ONE DOT LEADER, an ATerm that
// is not in it) or a paragraph separator: a line with no terminator is one segment, and calling the segmenter for
// it costs more than the line (a text of many short lines).
const TERMINATOR = /[\p{Sentence_Terminal}\u2024]/u;
const TERMINATORS = new RegExp(TERMINATOR.source, "gu");

const SEPARATOR = /\r\n|[\n\r\x85\u2028\u2029]/g;

/** Segments one line, in windows when it is long. */
function segmentLine(text: string, from: number, to: number, segmenter: Intl.Segmenter, onSegment: OnSegment): void {
  if (!TERMINATOR.test(text.slice(from, to))) {
    onSegment(from, text.slice(from, to));
    return;
  }
  let start = from;
  let size = WINDOW_CHARS;
  while (start < to) {
    const end = Math.min(to, start + size);
    // The last boundary that what was cut off cannot move.
    const safe = end < to ? lastStopper(text, start, end) : to;
    let next = start;
    for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
      const segmentEnd = start + index + segment.length;
      if (segmentEnd > safe) break;
      onSegment(start + index, segment);
      next = segmentEnd;
      if (size > WINDOW_CHARS) break;
    }
    if (next === start) size *= 2;
    else size = WINDOW_CHARS;
    start = next;
  }
}

/** Where the last letter, terminator or line break in [start, end) is, or -1. */
function lastStopper(text: string, start: number, end: number): number {
  for (let at = end - 1; at >= start; at--) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x2e || code === 0x21 || code === 0x3f) return at;
      if (code === 0x0a || code === 0x0d) return at;
    } else if (code >= 0xdc00 && code <= 0xdfff && at > start && isHighSurrogate(text.charCodeAt(at - 1))) {
      if (STOPPER.test(text.slice(at - 1, at + 1))) return at - 1;
      at--;
    } else if (isBmpStopper(code)) return at;
  }
  return -1;
}

const STOPPER = /^[\p{L}\p{Sentence_Terminal}\u2024\x85\u2028\u2029]$/u;
const isBmpStopper = codeUnitTest(STOPPER);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function shouldJoin(text: string, previousPiece: Piece, nextRaw: string): boolean {
  // Where the previous piece ends without its trailing whitespace; a line break in that whitespace (LF, CR, or a
  // separator ICU knows: U+0085, U+2028, U+2029) is a hard break inside a paragraph (a signature block, a list, verse).
  let end = previousPiece.end;
  while (end > previousPiece.start) {
    const code = text.charCodeAt(end - 1);
    if (code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029) return false;
    if (!isSpace(code)) break;
    end--;
  }
  const next = isSpace(nextRaw.charCodeAt(0)) ? nextRaw.trimStart() : nextRaw;
  if (end === previousPiece.start || next === "") return true;
  if (end - previousPiece.start <= MAX_LIST_MARKER_CHARS && LIST_MARKER.test(text.slice(previousPiece.start, end))) return true;
  if (startsLowerCase(next)) return true;
  if (hasUnclosedBracket(previousPiece, next)) return true;
  // Every rule below reads a period at the piece's end, or ".)" for "(ع.)": most pieces end otherwise.
  const last = text.charCodeAt(end - 1);
  const from = Math.max(previousPiece.start, end - TAIL_CHARS);
  if (last === 0x29) {
    return text.charCodeAt(end - 2) === 0x2e && DOTTED_PARENTHETICAL.test(text.slice(Math.max(from, end - DOTTED_PARENTHETICAL_CHARS), end));
  }
  if (last !== 0x2e) return false;
  // An acronym before an initial: the last letter of "U.S." reads as an initial too, and would keep "in the U.S. The
  // next day" one sentence.
  if (isDottedAcronym(text, from, end)) return !SENTENCE_STARTERS.has(firstWord(next));
  const word = wordBefore(text, from, end - 1);
  if (isInitial(text, from, word, end - 1)) return true;
  if (word === end - 1) return false;
  const lastWord = text.slice(word, end - 1).toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lastWord)) return /^[\p{L}\p{N}]/u.test(next);
  if (AMBIGUOUS_ABBREVIATIONS.has(lastWord)) {
    const following = firstWord(next);
    return following !== "" && !SENTENCE_STARTERS.has(following);
  }
  return false;
}

function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return /^\p{Ll}/u.test(text);
}

/** The text's first word in lower case, or "". */
function firstWord(text: string): string {
  return (/^\p{L}+/u.exec(text)?.[0] ?? "").toLowerCase();
}

/** Where the run of letters that ends at `end` starts (`end` when there is none), not before `from`. */
function wordBefore(text: string, from: number, end: number): number {
  let start = end;
  for (let length = letterBefore(text, from, start); length > 0; length = letterBefore(text, from, start)) start -= length;
  return start;
}

/** A single initial before the period at `dot`: "J.", "ه." after the piece's start, a space, a quote or a period. */
function isInitial(text: string, from: number, word: number, dot: number): boolean {
  const length = letterBefore(text, from, dot);
  if (length === 0 || dot - word !== length || !INITIAL_LETTER.test(text.slice(word, dot))) return false;
  return word === from || isSpace(text.charCodeAt(word - 1)) || BEFORE_INITIAL.has(text[word - 1]!);
}

/** Two letter-period pairs at least before `end` ("U.S."), after the piece's start, a space, a quote or a bracket. */
function isDottedAcronym(text: string, from: number, end: number): boolean {
  let start = end;
  let pairs = 0;
  while (start - 1 > from && text.charCodeAt(start - 1) === 0x2e) {
    const length = letterBefore(text, from, start - 1);
    if (length === 0) break;
    start -= 1 + length;
    pairs++;
  }
  return pairs >= 2 && (start === from || isSpace(text.charCodeAt(start - 1)) || BEFORE_ACRONYM.has(text[start - 1]!));
}

/** The length (1, or 2 for a surrogate pair) of the letter (\p{L}) that ends just before `end`, not before `from`. */
function letterBefore(text: string, from: number, end: number): number {
  if (end <= from) return 0;
  const code = text.charCodeAt(end - 1);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 1 : 0;
  if (code >= 0xdc00 && code <= 0xdfff) {
    if (end - 2 < from) return 0;
    const high = text.charCodeAt(end - 2);
    return high >= 0xd800 && high <= 0xdbff && /\p{L}/u.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return isBmpLetter(code) ? 1 : 0;
}

const isBmpLetter = codeUnitTest(/^\p{L}$/u);

// ICU ends a sentence at a period inside brackets or quotes ("(may God keep you safe. Amen) and..."), but only
// join when the next piece closes what is open, so that a stray "(" cannot swallow the rest of the paragraph.
function hasUnclosedBracket(previous: Piece, next: string): boolean {
  const unclosed = previous.unclosed;
  return unclosed !== null && OPENERS.some(([, close], k) => unclosed[k]! > 0 && next.includes(close));
}

/** Adds the segment's opening marks to the piece's unclosed counts and takes its closing marks off. */
function countBrackets(segment: string, piece: Piece): void {
  for (let at = 0; at < segment.length; at++) {
    const code = segment.charCodeAt(at);
    // Every mark of OPENERS is "(" ")" "[" "]" or above U+00AA: one comparison passes over most characters.
    if (code < 0x28 || (code > 0x29 && code < 0x5b) || (code > 0x5d && code < 0xab)) continue;
    const k = BRACKET_PAIR.get(code);
    if (k !== undefined) (piece.unclosed ??= [0, 0, 0, 0])[k >> 1]! += k & 1 ? -1 : 1;
  }
}

/** Char code -> 2 × OPENERS index, plus 1 for the closing mark. */
const BRACKET_PAIR = new Map(OPENERS.flatMap(([open, close], k) => [[open.charCodeAt(0), 2 * k], [close.charCodeAt(0), 2 * k + 1]]));

function isBlank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isSpace(text.charCodeAt(at))) return false;
  return true;
}

/** JavaScript's \s, by UTF-16 code unit. */
/** JavaScript's \s, and U+0085 NEXT LINE, which Unicode counts as white space and ICU as a line separator. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return code === 0x85;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// "…" followed by a capital or by an Arabic-script letter starts a new sentence; followed by a lower-case word it
// is a pause inside one ("and so… we left").
function splitAfterEllipsis(text: string, piece: SentenceSpan): SentenceSpan[] {
  return splitAfterMatches(text, piece, /…[»”"’)]*\s+(?=[\p{Lu}\u0600-\u06ff«"“])/gu);
}

/** The piece cut after each match of a global pattern that ends at or before `lastCut` (an offset into it). */
function splitAfterMatches(text: string, piece: SentenceSpan, pattern: RegExp, lastCut = Infinity): SentenceSpan[] {
  const body = text.slice(piece.start, piece.end);
  const out: SentenceSpan[] = [];
  let start = 0;
  for (const match of body.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (end > lastCut) break;
    out.push({ start: piece.start + start, end: piece.start + end });
    start = end;
  }
  out.push({ start: piece.start + start, end: piece.end });
  return out;
}

/**
 * The end of a verse of the Quran as quoted in Arabic: the end-of-ayah sign (U+06DD, written before the verse's
 * number) or the number in ornate parentheses (﴿٢﴾, either way round). It ends the verse as a full stop ends the
 * English translation's sentence, and no segmenter knows it: a quote of three verses was one Arabic sentence
 * against three English ones.
 */
const VERSE_END = /\u06dd[0-9\u0660-\u0669\u06f0-\u06f9]*|[\ufd3e\ufd3f][0-9\u0660-\u0669\u06f0-\u06f9]{1,3}[\ufd3e\ufd3f]/g;

/** Whether the text's last sentence is closed: by a sentence end, or by a verse's number (see endsWithVerseNumber). */
export function closesSentence(text: string): boolean {
  return finalSentenceEnd(text) !== "" || endsWithVerseNumber(text);
}

/** Whether the text ends with a verse's number, perhaps followed by closing marks and a full stop. */
export function endsWithVerseNumber(text: string): boolean {
  // The last few characters only: the pattern would otherwise try every run of closers in a long text.
  return VERSE_AT_END.test(text.slice(-16));
}

const VERSE_AT_END = new RegExp(`(?:${VERSE_END.source})[\\s"'»”’)\\]\\ufd3e\\ufd3f.]*$`, "u");

function splitAfterVerseEnds(text: string, piece: SentenceSpan): SentenceSpan[] {
  // The last verse's number may be followed by the quotation's closing mark and a full stop: they stay with it.
  let lastLetter = piece.end - 1;
  while (lastLetter >= piece.start && !isLetterOrDigit(text.charCodeAt(lastLetter))) lastLetter--;
  return splitAfterMatches(text, piece, VERSE_END, lastLetter - piece.start);
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start < end) out.push({ start, end });
}

/**
 * The Quran's pause marks where a reader may or should stop (U+06D6-U+06D8, U+06DA, U+06DB), written over a verse's
 * words; not U+06D9 (do not stop) nor U+06DC (a pause without a breath).
 */
export const QURAN_PAUSES = "\u06d6\u06d7\u06d8\u06da\u06db";

// The lookbehind lets only the first terminator of a run try to match: without it each terminator of a long run
// ("......") would scan to the run's end again. The pause marks are QURAN_PAUSES, in a class of their own (combining
// marks next to other characters in one class read as one character to a reader).
const ROUGH_BREAK = new RegExp(
  String.raw`(?<![.!?؟۔…])[.!?؟۔…]+["'»”’)\]]*(?=\s+[^\s\p{Ll}])|[;:؛،,]["'»”’)\]]*(?=\s)|[\u06d6-\u06d8\u06da\u06db]["'»”’)\]]*(?=\s)` +
    String.raw`|(?:${VERSE_END.source})(?=\s+\S)`,
  "gu",
);
/** A match of ROUGH_BREAK that is neither a sentence terminator's nor a verse's end is a clause break. */
const ENDS_SENTENCE = /^[.!?؟۔…\u06dd\ufd3e\ufd3f]/;

/**
 * A fast, rough splitter for the aligner's length model: UTF-16 offsets just after each sentence terminator that is
 * followed by space and then something other than a lower-case letter (`clause: false`), and after each semicolon,
 * colon or comma followed by space (`clause: true`), where translators also join or split paragraphs (a salutation
 * of three lines becomes one Persian line joined by ؛ and ،). It ignores abbreviations, which costs little there
 * (a spurious boundary is only a candidate), and runs without Intl.Segmenter, which is an order of magnitude slower.
 * The Quran's own marks count too, as splitSentences reads them: a verse's number ends a sentence (VERSE_END) where
 * more text follows, and a pause mark (QURAN_PAUSES) followed by space is a clause break, since its text has no
 * other punctuation.
 */
export function roughBreaks(text: string): Array<{ end: number; clause: boolean }> {
  const breaks: Array<{ end: number; clause: boolean }> = [];
  for (const match of text.matchAll(ROUGH_BREAK)) {
    breaks.push({ end: match.index + match[0].length, clause: !ENDS_SENTENCE.test(match[0]) });
  }
  return breaks;
}
