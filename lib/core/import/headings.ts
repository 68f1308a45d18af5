// Headings in plain text, where nothing marks them: a short single line without terminal punctuation, not a list
// item, that introduces body text. Conservative on purpose: a heading wrongly found only changes how a paragraph
// looks, but the shape alone also fits signatures ("Ismail Haniyeh" / "Head of the Political Bureau ..."), verse
// and lists of names, so the neighbours must agree too.

import { isSentenceEnd } from "@/lib/core/text/sentences";
import type { KindMark } from "./types";

const MAX_HEADING_CHARS = 150;
const MAX_HEADING_WORDS = 20;
/** A title and a subtitle may stand together; three or more short lines in a row are verse, a list or a table. */
const MAX_HEADING_RUN = 2;

/** Lead-ins after which the next line continues (an address, a signature, a quoted letter), not a new section. */
const CLAUSE_ENDS = new Set([",", "،", ":", ";", "؛"]);
/**
 * Closing quotes and brackets that may follow the terminal mark: `He said "no."` ends with a full stop. Not ")":
 * "Imam Ali (a.s.)" is a heading.
 */
const TRAILING_CLOSERS = new Set(['"', "'", "”", "’", "»", "›", "]"]);
// "1. ", "2) ", "۳- ", "a) ", "iv. ", "• ", "- ": list items, whatever their length.
const LIST_ITEM = new RegExp(
  String.raw`^(?:[([]?(?:\d{1,3}|[\u06f0-\u06f9]{1,3}|[\u0660-\u0669]{1,3}|[a-z]|[ivxlc]{1,5})[.)\]\-–:]` +
    String.raw`|[•·▪●◦‣*\-–—])(?:\s|$)`,
  "iu",
);

export function isHeadingShaped(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS || text.includes("\n")) return false;
  // A line ending in a sentence end (. ! ? ؟ … and the rest the sentence splitter knows) or a clause mark is a
  // sentence or a lead-in.
  const last = lastBeforeClosers(text);
  if (isSentenceEnd(last) || CLAUSE_ENDS.has(last)) return false;
  if (!/\p{L}/u.test(text) || /^\p{Ll}/u.test(text)) return false;
  // More than MAX_HEADING_WORDS words need at least that many characters.
  if (text.length > MAX_HEADING_WORDS && text.split(/\s+/u).length > MAX_HEADING_WORDS) return false;
  return !LIST_ITEM.test(text);
}

/**
 * Turns body paragraphs into headings where the shape and the neighbours agree: a run of at most two heading-shaped
 * paragraphs (boilerplate between them is skipped) that is followed by a body paragraph and not preceded by a line
 * ending in a comma or colon. Boilerplate marks are never changed; the marks given are not changed either.
 */
export function markHeadings(paragraphs: readonly string[], marks: readonly KindMark[]): KindMark[] {
  const result = marks.slice();
  const count = marks.length;
  /** The first paragraph at or after `index` that is not boilerplate, or `count`. */
  const contentFrom = (index: number): number => {
    while (index < count && marks[index]!.kind === "boilerplate") index++;
    return index;
  };
  let previous = -1;
  for (let index = contentFrom(0); index < count; ) {
    if (!isHeadingShaped(paragraphs[index]!)) {
      previous = index;
      index = contentFrom(index + 1);
      continue;
    }
    // A run of heading-shaped paragraphs, and the first content paragraph after it (which is not heading-shaped).
    let runLength = 1;
    let after = contentFrom(index + 1);
    while (after < count && isHeadingShaped(paragraphs[after]!)) {
      runLength++;
      after = contentFrom(after + 1);
    }
    const previousEnd = previous >= 0 ? lastBeforeClosers(paragraphs[previous]!) : "";
    if (runLength <= MAX_HEADING_RUN && after < count && !CLAUSE_ENDS.has(previousEnd)) {
      for (let k = index; k < after; k = contentFrom(k + 1)) result[k] = HEADING;
    }
    previous = after;
    index = contentFrom(after + 1);
  }
  return result;
}

const HEADING: KindMark = Object.freeze({ kind: "heading", rule: "short-line" });

/**
 * The last character before any closing quotes and brackets at the end, or "". A scan from the end, because the
 * paragraph before a heading can be megabytes long: /["'”’»›\]]+$/ tried every start in a run of quotes, a
 * quadratic 4.4 s on 100 KB of them.
 */
function lastBeforeClosers(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_CLOSERS.has(text[end - 1]!)) end--;
  return end > 0 ? text[end - 1]! : "";
}
