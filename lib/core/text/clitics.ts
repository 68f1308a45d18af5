// Arabic writes the article and the one-letter conjunctions and prepositions together with the next word
// ("والمقاومة" = "و" + "ال" + "مقاومة"); matching a word across texts has to see through them. Folded forms
// (see fold.ts: ك is written ک), longest first so that "وال" is tried before "و".
export const ARABIC_CLITICS: readonly string[] = [
  "وال", "بال", "فال", "کال", "ولل", "لل", "ال", "ول", "وب", "فل", "و", "ب", "ف", "ل",
];

/** The word without each leading clitic it may carry, keeping at least `minLetters` letters. */
export function withoutClitics(word: string, minLetters: number): string[] {
  const out: string[] = [];
  for (const clitic of ARABIC_CLITICS) {
    if (word.startsWith(clitic) && word.length - clitic.length >= minLetters) out.push(word.slice(clitic.length));
  }
  return out;
}
