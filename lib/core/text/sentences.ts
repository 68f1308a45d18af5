// Sentence splitting for English, Persian and Arabic. Intl.Segmenter (ICU, UAX #29) is the base: it already knows
// ؟ (U+061F), ۔ (U+06D4), closing quotes and brackets after a terminator, and decimals like "3.5". What it does not
// know is which periods are not sentence ends (abbreviations, initials, "ه.ش.", list markers, "(ع.)"), so its
// pieces are re-joined by the rules below; and it does not break after the ellipsis character "…", so that is
// added. The Arabic semicolon ؛ (U+061B) is a semicolon, not a full stop, and does not end a sentence: splitting
// there would cut clauses that English keeps in one sentence.

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
  return SENTENCE_END.test(char);
}

/**
 * The sentence end a text ends with, perhaps followed by closing quotes or brackets and whitespace ("?" for
 * `He asked "why?" `), or "" when it ends otherwise.
 */
export function finalSentenceEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  while (end > 0 && SENTENCE_CLOSERS.has(text[end - 1]!)) end--;
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
const DOTTED_ACRONYM = /(?:^|[\s(«"“])(?:\p{L}\.){2,}$/u;
// An initial ("J. R. R. Tolkien") or a one-letter Arabic-script abbreviation ("ه.ش.", "ص." for page); digits are
// excluded so that a sentence ending in "۱." still ends.
const SINGLE_LETTER = /(?:^|[\s(«"“.])(?:\p{Lu}|(?=\p{L})\p{sc=Arab})\.$/u;
// The lookbehind makes only the first letter of a word try to match: without it every letter of a long word starts
// a scan to the word's end.
const LAST_WORD = /(?<!\p{L})(\p{L}+)\.$/u;
// A short parenthesized honorific or abbreviation with its own period: "(ع.)", "(ره.)", "(pbuh.)".
const DOTTED_PARENTHETICAL = /\([^()]{1,4}\.\)$/;
const OPENERS: ReadonlyArray<readonly [string, string]> = [["(", ")"], ["«", "»"], ["“", "”"], ["[", "]"]];
/**
 * The rules above look at the end of the text so far, never further back than this: ICU's pieces re-joined can grow
 * to the whole paragraph ("a. b. c. ..."), and reading all of it again for each piece would be quadratic. 64
 * characters hold any abbreviation, initial or dotted acronym of up to 32 letters.
 */
const TAIL_CHARS = 64;

interface Piece extends SentenceSpan {
  /** How many of each OPENERS pair's opening and closing marks the piece holds, kept as pieces are joined. */
  readonly opened: number[];
  readonly closed: number[];
}

/** Sentences of a text, in order; together they cover every non-space character. */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const pieces: Piece[] = [];
  for (const { index, segment } of segmentInWindows(text, segmenterFor(lang))) {
    const previous = pieces[pieces.length - 1];
    if (previous && shouldJoin(text, previous, segment)) {
      previous.end = index + segment.length;
      countBrackets(segment, previous);
    } else {
      const piece = { start: index, end: index + segment.length, opened: OPENERS.map(() => 0), closed: OPENERS.map(() => 0) };
      countBrackets(segment, piece);
      pieces.push(piece);
    }
  }
  return pieces
    .flatMap((piece) => splitAfterEllipsis(text, { start: piece.start, end: piece.end }))
    .flatMap((piece) => trimSpan(text, piece));
}

/**
 * V8's Intl.Segmenter iterator costs time in proportion to the whole string at every step: 2,000 sentences at the
 * head of a 480 KB text took 47 s, so a paragraph of many short sentences was quadratic. The segmenter therefore
 * sees windows of at most WINDOW_CHARS, each starting at a boundary it has found (after a terminator, closers and
 * spaces, or a line break, where no rule looks further back). A boundary within WINDOW_MARGIN of a window's cut
 * end may depend on what was cut off (after "x. " a lower-case word further on means no break), so it is found
 * again in the next window. A sentence longer than a window grows the window, and only the first boundary found in
 * a grown window is taken before the windows shrink back.
 */
const WINDOW_CHARS = 2048;
const WINDOW_MARGIN = 256;

function* segmentInWindows(text: string, segmenter: Intl.Segmenter): Generator<{ index: number; segment: string }> {
  // ICU always breaks after a line or paragraph separator (CR LF together), so each line is segmented on its own;
  // a line of nothing but whitespace yields no sentence of its own and is not segmented at all (a million blank
  // lines were a million segmenter steps). Whether pieces join across a separator is still shouldJoin's call.
  for (let lineStart = 0; lineStart < text.length; ) {
    SEPARATOR.lastIndex = lineStart;
    const separator = SEPARATOR.exec(text);
    const lineEnd = separator ? separator.index + separator[0].length : text.length;
    if (!isBlank(text, lineStart, lineEnd)) yield* segmentLine(text, lineStart, lineEnd, segmenter);
    lineStart = lineEnd;
  }
}

// UAX #29 breaks a sentence only after a terminator (Sentence_Terminal, and U+2024 ONE DOT LEADER, an ATerm that
// is not in it) or a paragraph separator: a line holding neither is one segment, and calling the segmenter for it
// costs more than the line (a text of many short lines).
const MAY_BREAK = /[\p{Sentence_Terminal}\u2024\r\x85\u2028\u2029]/u;

const SEPARATOR = /\r\n|[\n\r\x85\u2028\u2029]/g;

function* segmentLine(text: string, from: number, to: number, segmenter: Intl.Segmenter): Generator<{ index: number; segment: string }> {
  const line = text.slice(from, to);
  if (!MAY_BREAK.test(line)) {
    yield { index: from, segment: line };
    return;
  }
  let start = from;
  let size = WINDOW_CHARS;
  while (start < to) {
    const end = Math.min(to, start + size);
    const isCut = end < to;
    let next = start;
    for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
      const segmentEnd = start + index + segment.length;
      if (isCut && segmentEnd > end - WINDOW_MARGIN) break;
      yield { index: start + index, segment };
      next = segmentEnd;
      if (size > WINDOW_CHARS) break;
    }
    if (next === start) size *= 2;
    else size = WINDOW_CHARS;
    start = next;
  }
}

function shouldJoin(text: string, previousPiece: Piece, nextRaw: string): boolean {
  // Where the previous piece ends without its trailing whitespace; a line break in that whitespace is a hard break
  // inside a paragraph (a signature block, a list, verse).
  let end = previousPiece.end;
  while (end > previousPiece.start && isSpace(text.charCodeAt(end - 1))) {
    if (text.charCodeAt(end - 1) === 0x0a) return false;
    end--;
  }
  const next = nextRaw.trimStart();
  if (end === previousPiece.start || next === "") return true;
  const previous = text.slice(Math.max(previousPiece.start, end - TAIL_CHARS), end);
  if (end - previousPiece.start <= MAX_LIST_MARKER_CHARS && LIST_MARKER.test(previous)) return true;
  if (/^\p{Ll}/u.test(next)) return true;
  if (DOTTED_PARENTHETICAL.test(previous)) return true;
  if (hasUnclosedBracket(previousPiece, next)) return true;
  if (SINGLE_LETTER.test(previous)) return true;
  const nextWord = (/^\p{L}+/u.exec(next)?.[0] ?? "").toLowerCase();
  if (DOTTED_ACRONYM.test(previous)) return !SENTENCE_STARTERS.has(nextWord);
  const lastWord = LAST_WORD.exec(previous)?.[1]?.toLowerCase();
  if (lastWord === undefined) return false;
  if (TITLE_ABBREVIATIONS.has(lastWord)) return /^[\p{L}\p{N}]/u.test(next);
  if (AMBIGUOUS_ABBREVIATIONS.has(lastWord)) return nextWord !== "" && !SENTENCE_STARTERS.has(nextWord);
  return false;
}

// ICU ends a sentence at a period inside brackets or quotes ("(may God keep you safe. Amen) and..."), but only
// join when the next piece closes what is open, so that a stray "(" cannot swallow the rest of the paragraph.
function hasUnclosedBracket(previous: Piece, next: string): boolean {
  return OPENERS.some(([, close], k) => previous.opened[k]! > previous.closed[k]! && next.includes(close));
}

function countBrackets(segment: string, piece: Piece): void {
  OPENERS.forEach(([open, close], k) => {
    piece.opened[k]! += count(segment, open);
    piece.closed[k]! += count(segment, close);
  });
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isSpace(text.charCodeAt(at))) return false;
  return true;
}

/** JavaScript's \s, by UTF-16 code unit. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// "…" followed by a capital or by an Arabic-script letter starts a new sentence; followed by a lower-case word it
// is a pause inside one ("and so… we left").
function splitAfterEllipsis(text: string, piece: SentenceSpan): SentenceSpan[] {
  const body = text.slice(piece.start, piece.end);
  if (!body.includes("…")) return [piece];
  const out: SentenceSpan[] = [];
  let start = 0;
  for (const match of body.matchAll(/…[»”"’)]*\s+(?=[\p{Lu}\u0600-\u06ff«"“])/gu)) {
    const end = match.index + match[0].length;
    out.push({ start: piece.start + start, end: piece.start + end });
    start = end;
  }
  out.push({ start: piece.start + start, end: piece.end });
  return out;
}

function trimSpan(text: string, span: SentenceSpan): SentenceSpan[] {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? [{ start, end }] : [];
}

/**
 * A fast, rough splitter for the aligner's length model: UTF-16 offsets just after each sentence terminator that is
 * followed by space and then something other than a lower-case letter (`clause: false`), and after each semicolon,
 * colon or comma followed by space (`clause: true`), where translators also join or split paragraphs (a salutation
 * of three lines becomes one Persian line joined by ؛ and ،). It ignores abbreviations, which costs little there
 * (a spurious boundary is only a candidate), and runs without Intl.Segmenter, which is an order of magnitude slower.
 */
export function roughBreaks(text: string): Array<{ end: number; clause: boolean }> {
  const breaks: Array<{ end: number; clause: boolean }> = [];
  // The lookbehind lets only the first terminator of a run try to match: without it each terminator of a long run
  // ("......") would scan to the run's end again.
  for (const match of text.matchAll(/(?<![.!?؟۔…])[.!?؟۔…]+["'»”’)\]]*(?=\s+[^\s\p{Ll}])|[;:؛،,]["'»”’)\]]*(?=\s)/gu)) {
    breaks.push({ end: match.index + match[0].length, clause: !/[.!?؟۔…]/.test(match[0]) });
  }
  return breaks;
}
