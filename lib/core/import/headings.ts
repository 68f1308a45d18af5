// Headings in plain text, where nothing marks them: a short single line without terminal punctuation, not a list
// item, that introduces body text. Conservative on purpose: a heading wrongly found only changes how a paragraph
// looks, but the shape alone also fits signatures ("Ismail Haniyeh" / "Head of the Political Bureau ..."), verse
// and lists of names, so the neighbours must agree too.

import type { KindMark } from "./types";

const MAX_HEADING_CHARS = 150;
const MAX_HEADING_WORDS = 20;
/** A title and a subtitle may stand together; three or more short lines in a row are verse, a list or a table. */
const MAX_HEADING_RUN = 2;

/** . ! ? and Persian/Arabic ؟ ؛ ، plus : ; , and the ellipsis: a line ending so is a sentence or a lead-in. */
const TERMINAL = /[.!?؟:;؛،,…]$/u;
/** Lead-ins after which the next line continues (an address, a signature, a quoted letter), not a new section. */
const CONTINUES = /[,،:;؛]$/u;
/** Closing quotes and brackets that may follow the terminal mark: `He said "no."` ends with a full stop. */
const TRAILING_CLOSERS = /["'”’»›\]]+$/u;
// "1. ", "2) ", "۳- ", "a) ", "iv. ", "• ", "- ": list items, whatever their length.
const LIST_ITEM = new RegExp(
  String.raw`^(?:[(\[]?(?:\d{1,3}|[\u06f0-\u06f9]{1,3}|[\u0660-\u0669]{1,3}|[a-z]|[ivxlc]{1,5})[.)\]\-–:]` +
    String.raw`|[•·▪●◦‣*\-–—])(?:\s|$)`,
  "iu",
);

export function isHeadingShaped(text: string): boolean {
  if (text.includes("\n") || text.length > MAX_HEADING_CHARS) return false;
  if (!/\p{L}/u.test(text) || /^\p{Ll}/u.test(text)) return false;
  if (text.split(/\s+/u).length > MAX_HEADING_WORDS) return false;
  if (LIST_ITEM.test(text)) return false;
  return !TERMINAL.test(text.replace(TRAILING_CLOSERS, ""));
}

/**
 * Turns body paragraphs into headings where the shape and the neighbours agree: a run of at most two heading-shaped
 * paragraphs (boilerplate between them is skipped) that is followed by a body paragraph and not preceded by a line
 * ending in a comma or colon. Boilerplate marks are never changed.
 */
export function markHeadings(paragraphs: readonly string[], marks: readonly KindMark[]): KindMark[] {
  const result = marks.map((mark) => ({ ...mark }));
  const content = paragraphs.map((_, index) => index).filter((index) => marks[index]!.kind !== "boilerplate");
  let runStart = 0;
  while (runStart < content.length) {
    if (!isHeadingShaped(paragraphs[content[runStart]!]!)) {
      runStart++;
      continue;
    }
    let runEnd = runStart;
    while (runEnd + 1 < content.length && isHeadingShaped(paragraphs[content[runEnd + 1]!]!)) runEnd++;
    const runLength = runEnd - runStart + 1;
    const hasBodyAfter = runEnd + 1 < content.length;
    const previous = runStart > 0 ? paragraphs[content[runStart - 1]!]!.replace(TRAILING_CLOSERS, "") : "";
    if (runLength <= MAX_HEADING_RUN && hasBodyAfter && !CONTINUES.test(previous)) {
      for (let k = runStart; k <= runEnd; k++) result[content[k]!] = { kind: "heading", rule: "short-line" };
    }
    runStart = runEnd + 1;
  }
  return result;
}
