// Punctuation that translators carry over: questions (? and ؟), exclamations, quotations (“ ” and « », or a pair
// of straight quotes) and parentheses. Each occurrence is a token, so two questions match two questions.

import { numbered, TokenListBuilder, type AnchorSignal, type SignalText, type TokenList } from "./signal";

const KINDS = ["?", "!", "quote", "("] as const;

/** How many questions, exclamations, quotations and parentheses a raw text holds, in KINDS order. */
function punctuationCounts(text: string): [number, number, number, number] {
  // One pass over the code units: a run of ?/؟ (or of !) is one question (or exclamation).
  let questions = 0;
  let exclamations = 0;
  let openQuotes = 0;
  let straightQuotes = 0;
  let parentheses = 0;
  let previous = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x3f || code === 0x061f) {
      if (previous !== 0x3f && previous !== 0x061f) questions++;
    } else if (code === 0x21) {
      if (previous !== 0x21) exclamations++;
    } else if (code === 0xab || code === 0x201c || code === 0x201e) {
      openQuotes++;
    } else if (code === 0x22) {
      straightQuotes++;
    } else if (code === 0x28) {
      parentheses++;
    }
    previous = code;
  }
  return [questions, exclamations, openQuotes + Math.floor(straightQuotes / 2), parentheses];
}

/** Keys of the carried-over punctuation of a raw text. */
export function punctuationKeys(text: string): string[][] {
  const counts = punctuationCounts(text);
  return numbered(KINDS.flatMap((kind, k) => Array.from({ length: counts[k] }, () => kind)));
}

function extractPunctuation(text: SignalText): TokenList {
  const builder = new TokenListBuilder();
  // The type of the n-th occurrence of each kind (n from 1), as numbered() names it.
  const types: number[][] = KINDS.map(() => []);
  for (let u = 0; u < text.texts.length; u++) {
    const counts = punctuationCounts(text.texts[u]!);
    for (let k = 0; k < KINDS.length; k++) {
      for (let n = 1; n <= counts[k]!; n++) {
        let type = types[k]![n];
        if (type === undefined) {
          const key = n === 1 ? KINDS[k]! : `${KINDS[k]}#${n}`;
          types[k]![n] = type = builder.newType([key]);
        }
        builder.add(type);
      }
    }
    builder.endUnit();
  }
  return builder.build();
}

export const punctuationSignal: AnchorSignal = {
  id: "punctuation",
  appliesTo: () => true,
  extract: extractPunctuation,
};
