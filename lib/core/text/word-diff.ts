// Word-level diff of two versions of a paragraph (a term suggestion against the text as written, a revision against
// the one before it). jsdiff's diffWords with an Intl.Segmenter for the words: its own regular expression knows
// only Latin letters, so an Arabic or Persian word would fall apart into single characters. The segmenter keeps a
// ZWNJ inside its word ("رژیم‌های" is one word, UAX #29 gives ZWNJ Word_Break=Extend) and a glued clitic with its
// word ("والكيان"), so they are changed as whole words, as a reader sees them.

import { diffWords } from "diff";

export interface WordDiffPart {
  value: string;
  added?: true;
  removed?: true;
}

export interface WordDiffOptions {
  /** Language of both texts, for the segmenter (default: the runtime's default locale rules). */
  lang?: string;
  /** Milliseconds after which the diff gives up and reports the whole text as replaced (default 1000). */
  timeoutMs?: number;
}

const SEGMENTERS = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? "";
  let segmenter = SEGMENTERS.get(key);
  if (!segmenter) SEGMENTERS.set(key, (segmenter = new Intl.Segmenter(lang, { granularity: "word" })));
  return segmenter;
}

/**
 * The parts that turn `before` into `after`: unchanged parts have neither flag; joining the parts without `added`
 * gives `before`, without `removed` gives `after`. Past the time bound the answer is still correct, only coarse:
 * all of `before` removed, all of `after` added.
 */
export function diffWordParts(before: string, after: string, options: WordDiffOptions = {}): WordDiffPart[] {
  if (before === after) return before === "" ? [] : [{ value: before }];
  const changes = diffWords(before, after, { intlSegmenter: segmenterFor(options.lang), timeout: options.timeoutMs ?? 1000 });
  if (!changes) {
    const parts: WordDiffPart[] = [];
    if (before) parts.push({ value: before, removed: true });
    if (after) parts.push({ value: after, added: true });
    return parts;
  }
  return changes.map((change) => {
    const part: WordDiffPart = { value: change.value };
    if (change.added) part.added = true;
    if (change.removed) part.removed = true;
    return part;
  });
}
