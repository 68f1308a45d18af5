// Word-level differences between two versions of a text, for revision history and rendering suggestions. Words are
// what Intl.Segmenter (ICU, UAX #29) says they are in the text's language, so a Persian word written with ZWNJ
// (می‌روم) or an Arabic word with its clitics (وبالكتاب) is one word, not three; jsdiff does the diffing.
import { diffWords as jsDiffWords } from "diff";

export interface WordChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** A bound on the diff (jsdiff's timeout): past it, the change is shown as a whole replacement, never a hang. */
const TIMEOUT_MS = 1_000;

export function diffWords(before: string, after: string, lang: string): WordChange[] {
  const changes = jsDiffWords(before, after, { intlSegmenter: new Intl.Segmenter(lang, { granularity: "word" }), timeout: TIMEOUT_MS });
  if (!changes) {
    return [...(before ? [{ value: before, removed: true }] : []), ...(after ? [{ value: after, added: true }] : [])];
  }
  return changes.map((c) => ({ value: c.value, ...(c.added ? { added: true } : {}), ...(c.removed ? { removed: true } : {}) }));
}
