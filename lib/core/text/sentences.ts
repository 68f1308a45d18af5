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

const LIST_MARKER = /^(?:[(\[]?(?:\d{1,3}|[\u06f0-\u06f9\u0660-\u0669]{1,3}|[a-zA-Z])[.)\]-]|[•·▪●◦‣*-])$/;
const DOTTED_ACRONYM = /(?:^|[\s(«"“])((?:\p{L}\.){2,})$/u;
// An initial ("J. R. R. Tolkien") or a one-letter Arabic-script abbreviation ("ه.ش.", "ص." for page); digits are
// excluded so that a sentence ending in "۱." still ends.
const SINGLE_LETTER = /(?:^|[\s(«"“.])(\p{Lu}|(?=\p{L})\p{sc=Arab})\.$/u;
const LAST_WORD = /([\p{L}]+)\.$/u;
// A short parenthesized honorific or abbreviation with its own period: "(ع.)", "(ره.)", "(pbuh.)".
const DOTTED_PARENTHETICAL = /\([^()]{1,4}\.\)$/;
const OPENERS: ReadonlyArray<readonly [string, string]> = [["(", ")"], ["«", "»"], ["“", "”"], ["[", "]"]];

/** Sentences of a text, in order; together they cover every non-space character. */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  for (const { index, segment } of segmenterFor(lang).segment(text)) {
    const piece = { start: index, end: index + segment.length };
    const previous = pieces[pieces.length - 1];
    if (previous && shouldJoin(text.slice(previous.start, previous.end), segment)) previous.end = piece.end;
    else pieces.push(piece);
  }
  return pieces.flatMap((piece) => splitAfterEllipsis(text, piece)).flatMap((piece) => trimSpan(text, piece));
}

function shouldJoin(previousRaw: string, nextRaw: string): boolean {
  // A line break inside a paragraph is a hard break (a signature block, a list, verse).
  if (/\n\s*$/.test(previousRaw)) return false;
  const previous = previousRaw.trimEnd();
  const next = nextRaw.trimStart();
  if (previous === "" || next === "") return true;
  if (LIST_MARKER.test(previous)) return true;
  if (/^\p{Ll}/u.test(next)) return true;
  if (DOTTED_PARENTHETICAL.test(previous)) return true;
  if (hasUnclosedBracket(previous, next)) return true;
  if (SINGLE_LETTER.test(previous)) return true;
  const nextWord = (/^[\p{L}]+/u.exec(next)?.[0] ?? "").toLowerCase();
  if (DOTTED_ACRONYM.test(previous)) return !SENTENCE_STARTERS.has(nextWord);
  const lastWord = LAST_WORD.exec(previous)?.[1]?.toLowerCase();
  if (lastWord === undefined) return false;
  if (TITLE_ABBREVIATIONS.has(lastWord)) return /^[\p{L}\p{N}]/u.test(next);
  if (AMBIGUOUS_ABBREVIATIONS.has(lastWord)) return nextWord !== "" && !SENTENCE_STARTERS.has(nextWord);
  return false;
}

// ICU ends a sentence at a period inside brackets or quotes ("(may God keep you safe. Amen) and..."), but only
// join when the next piece closes what is open, so that a stray "(" cannot swallow the rest of the paragraph.
function hasUnclosedBracket(previous: string, next: string): boolean {
  for (const [open, close] of OPENERS) {
    if (count(previous, open) > count(previous, close) && next.includes(close)) return true;
  }
  return false;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) n++;
  return n;
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
  for (const match of text.matchAll(/(?:[.!?؟۔…]+["'»”’)\]]*(?=\s+[^\s\p{Ll}])|[;:؛،,]["'»”’)\]]*(?=\s))/gu)) {
    breaks.push({ end: match.index + match[0].length, clause: !/[.!?؟۔…]/.test(match[0]) });
  }
  return breaks;
}
