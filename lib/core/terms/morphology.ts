// What may stand around a rendering in running text and still be that rendering, per language, in key form
// (normalize.ts: ي is ی, ك is ک, ة is ه, ZWNJ is a space, apostrophes are "'").

import {
  ARABIC_PLURALS,
  ARABIC_PRONOUNS,
  longestFirst,
  PERSIAN_EZAFE,
  PERSIAN_PLURALS,
  PERSIAN_POSSESSIVES,
} from "../text/endings";

/** Arabic proclitics glued to the next word: a conjunction (و, ف), then a preposition (ب, ك, ل), then the article
 *  (ال). ل + ال is written لل ("للاحتلال"), so the alef of the article goes. Longest first. */
export const ARABIC_PREFIXES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conjunction of ["", "و", "ف"]) {
    for (const preposition of ["", "ب", "ک", "ل"]) {
      for (const article of ["", "ال"]) {
        const joined = preposition === "ل" && article === "ال" ? "لل" : preposition + article;
        if (conjunction + joined) out.add(conjunction + joined);
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
})();

// Endings the last word of a rendering may carry (see text/endings.ts), longest first. Arabic: sound plurals and the
// dual, attached pronouns; the feminine ة (key ه) is the pronoun ه's letter, so the matcher takes that ending only
// where the text writes ه. Persian: plurals, ezafe and indefinite, possessives, written glued or after a ZWNJ
// ("رژیم‌های", "صهیونیستی‌اش"); the matcher checks that a space in the key was a ZWNJ in the text. Not the one-letter
// ك "your" and Persian ش "his": a short rendering would take a frequent word that merely ends so (ذل "humiliation",
// also the key of الذل, would mark every ذلك "that"; ارز "currency" the ارزش "value" of every page).
const ARABIC_SUFFIXES = longestFirst(
  ARABIC_PLURALS,
  ARABIC_PRONOUNS.filter((ending) => ending !== "ک"),
);
const PERSIAN_SUFFIXES = longestFirst(
  PERSIAN_PLURALS,
  PERSIAN_EZAFE,
  PERSIAN_POSSESSIVES.filter((ending) => ending !== "ش"),
);

// English plural and possessive endings; "'" alone only after an s ("Hamas'", checked by the matcher).
const ENGLISH_SUFFIXES = ["es'", "'s", "s'", "es", "s", "'"];

const ENGLISH_ARTICLES = ["the ", "a ", "an "];

export type Morphology = "ar" | "fa" | "en" | "none";

export function morphologyOf(primary: string): Morphology {
  return primary === "ar" || primary === "fa" || primary === "en" ? primary : "none";
}

export function suffixesOf(morphology: Morphology): readonly string[] {
  if (morphology === "ar") return ARABIC_SUFFIXES;
  if (morphology === "fa") return PERSIAN_SUFFIXES;
  if (morphology === "en") return ENGLISH_SUFFIXES;
  return [];
}

/** A form of a rendering's key that the trie holds; `needsSuffix` forms only match with an ending after them. */
export interface PatternVariant {
  key: string;
  needsSuffix: boolean;
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** The key up to its first space, and the rest from that space on. */
function splitFirstWord(key: string): [first: string, rest: string] {
  const space = key.indexOf(" ");
  return space < 0 ? [key, ""] : [key.slice(0, space), key.slice(space)];
}

// The article as a rendering writes it: a bare or wasla alef, then lam (harakat between). The key writes أل, إل
// and آل alike, which begin words of their own (ألوان "colours", ألم "pain", آلة "machine").
const ARTICLE = /^[\u0627\u0671][\u064b-\u065f\u0670]*\u0644/u;

/**
 * Per word of a rendering's key, whether it carries the article: as `text` (the rendering as written) writes it
 * where its words line up with the key's, else as the key does.
 */
function articlesOf(words: readonly string[], text: string | undefined): boolean[] {
  const written = text?.split(/[\s\u200c-]+/u).map((word) => word.replace(/^\P{L}+/u, "")).filter((word) => word.length > 0);
  if (written?.length !== words.length) return words.map((word) => word.startsWith("ال"));
  return words.map((word, k) => word.startsWith("ال") && ARTICLE.test(written[k]!));
}

function lastWordLength(key: string): number {
  return key.length - key.lastIndexOf(" ") - 1;
}

/**
 * The forms a rendering's key is stored under (`text`, the rendering as written, tells the article from a word that
 * begins with أل): itself; in Arabic without its article ("الكيان الصهيوني" is also "كيان الصهيوني" so that "للكيان
 * الصهيوني" matches through the prefix لل) and, where every word has one, without them all (the indefinite "كيان
 * صهيوني"); in Arabic and Persian with the first word's final ة (key ه) made the sound plural ات ("مستوطنة" ->
 * "مستوطنات", "العملية العسكرية" -> "العمليات العسكرية": an adjective after a plural of things stays singular;
 * Persian's loans, "مذاکره" -> "مذاکرات"); in Arabic with a final nisba ي made feminine in ة ("إسرائيلي" ->
 * "إسرائيلية", "صهيوني" -> "صهيونية": the adjective agrees with its noun; the text's ة is no pronoun, see matcher.ts)
 * and with a final ة written ت before an ending ("مقاومة" -> "مقاومته"); in English without a leading article before
 * two or more words ("the Zionist entity" matches "a Zionist entity" too) and with a final consonant + y pluralized
 * as ies ("entity" -> "entities").
 */
export function variantsOf(key: string, morphology: Morphology, text?: string): PatternVariant[] {
  const out: PatternVariant[] = [{ key, needsSuffix: false }];
  if (morphology === "ar" || morphology === "fa") {
    const words = key.split(" ");
    const articles = morphology === "ar" ? articlesOf(words, text) : [];
    if (articles[0] && words[0]!.length >= 4) {
      out.push({ key: key.slice(2), needsSuffix: false });
      // A noun and its adjectives agree in the article: the indefinite of الكيان الصهيوني is كيان صهيوني.
      if (words.length > 1 && words.every((word, k) => articles[k] && word.length >= 4)) {
        out.push({ key: words.map((word) => word.slice(2)).join(" "), needsSuffix: false });
      }
    }
    for (const variant of [...out]) {
      const [word, rest] = splitFirstWord(variant.key);
      if (word.length >= 3 && word.endsWith("ه")) out.push({ key: `${word.slice(0, -1)}ات${rest}`, needsSuffix: false });
    }
  }
  if (morphology === "ar") {
    for (const variant of [...out]) {
      if (lastWordLength(variant.key) >= 4 && variant.key.endsWith("ی")) out.push({ key: `${variant.key}ه`, needsSuffix: false });
    }
    for (const variant of [...out]) {
      if (variant.key.endsWith("ه")) out.push({ key: `${variant.key.slice(0, -1)}ت`, needsSuffix: true });
    }
  } else if (morphology === "en") {
    // Only before two or more words: "the Leader" without its article would be every "leader".
    for (const article of ENGLISH_ARTICLES) {
      if (key.startsWith(article) && key.indexOf(" ", article.length) > 0) out.push({ key: key.slice(article.length), needsSuffix: false });
    }
    for (const variant of [...out]) {
      const k = variant.key;
      if (k.length > 2 && k.endsWith("y") && !VOWELS.has(k[k.length - 2]!)) out.push({ key: `${k.slice(0, -1)}ies`, needsSuffix: false });
    }
  }
  return out;
}
