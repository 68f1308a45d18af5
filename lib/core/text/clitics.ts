// Arabic writes the article and the one-letter conjunctions and prepositions together with the next word
// ("والمقاومة" = "و" + "ال" + "مقاومة"); matching a word across texts has to see through them. Folded forms
// (see fold.ts: ك is written ک), longest first so that "وال" is tried before "و".
export const ARABIC_CLITICS: readonly string[] = [
  "وال", "بال", "فال", "کال", "ولل", "لل", "ال", "ول", "وب", "فل", "و", "ب", "ف", "ل",
];

/**
 * Whether a language glues these clitics to the next word. Arabic does; Persian writes its conjunction and
 * prepositions apart (و, به, از), so a "clitic" read off a Persian word only finds another word inside it: برای "for"
 * read as رای "vote", باید "must" as آید "comes".
 */
export function gluesClitics(primaryLang: string): boolean {
  return primaryLang === "ar";
}

/** The word without each leading clitic it may carry, keeping at least `minLetters` letters. */
export function withoutClitics(word: string, minLetters: number): string[] {
  const out: string[] = [];
  for (const clitic of ARABIC_CLITICS) {
    if (word.startsWith(clitic) && word.length - clitic.length >= minLetters) out.push(word.slice(clitic.length));
  }
  return out;
}
