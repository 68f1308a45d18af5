// The base forms an English word of running text may stand for, for the aligner's lexicons (align/signals/glossary.ts):
// word lists and dictionaries give a noun in the singular and a verb in its base form, while a text writes "cities",
// "created", "walking" and, in older translations of scripture, "cometh" and "thou lovest". For matching only: a form
// that is no word ("sacr" from "sacred") finds nothing, and a word that is an entry itself is matched as itself first.

const CONSONANT = /^[bcdfghjkmnpqrtvwx]$/;

/**
 * Visits each base form `word` (folded, lowercase) may stand for, without the word itself:
 * plurals (hospitals, churches, cities), the past and the participles (walked, created, carried, stopped, making,
 * running) and the archaic second and third persons (lovest, cometh, walketh). Words of four letters or fewer keep
 * their ending: "need" is no "ne", "king" no "k".
 */
export function forEachEnglishBase(word: string, visit: (base: string) => void): void {
  const n = word.length;
  if (n > 3 && word.endsWith("s")) visit(word.slice(0, -1));
  if (n > 4 && word.endsWith("es")) visit(word.slice(0, -2));
  if (n > 4 && word.endsWith("ies")) visit(`${word.slice(0, -3)}y`);
  if (n > 4 && word.endsWith("ied")) {
    visit(`${word.slice(0, -3)}y`);
  } else if (n > 4 && word.endsWith("ed")) {
    withStem(word.slice(0, -2), visit);
  }
  if (n > 5 && word.endsWith("ing")) withStem(word.slice(0, -3), visit);
  // -eth and -est follow the stem (walketh) or its silent e (cometh, lovest); the superlative (greatest) too.
  if (n > 5 && (word.endsWith("eth") || word.endsWith("est"))) withStem(word.slice(0, -3), visit);
}

/** A stem that lost its ending: itself, with a silent e back (creat-ed, mak-ing), or with a doubled consonant undone. */
function withStem(stem: string, visit: (base: string) => void): void {
  visit(stem);
  visit(`${stem}e`);
  const last = stem[stem.length - 1]!;
  // stopped, running; not "killed", "passed", "buzzing": l, s and z are doubled in the base form too.
  if (stem.length >= 3 && last === stem[stem.length - 2] && CONSONANT.test(last)) visit(stem.slice(0, -1));
}
