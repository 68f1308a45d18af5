// The endings Arabic and Persian glue to a word without changing what it names, in folded form (ي is ی, ك is ک, ة is
// ه, as fold.ts and terms/normalize.ts both write them). Two matchers read them: the aligner's lexicons strip one off
// a word of running text to find an entry (align/signals/glossary.ts), and the term highlighter lets one follow a
// rendering (terms/morphology.ts). Each takes the groups it can afford and orders them as its matching needs.

/** Arabic sound plurals and the dual (ات, ون, ین, ان). */
export const ARABIC_PLURALS: readonly string[] = ["ات", "ون", "ین", "ان"];

/**
 * Arabic attached pronouns: his, her, their, their two, their (women), our, my (ی, and ای after a dual: عيناي "my
 * two eyes"), your (one, two, many, women).
 */
export const ARABIC_PRONOUNS: readonly string[] = ["ه", "ها", "هم", "هما", "هن", "نا", "ی", "ای", "ک", "کم", "کما", "کن"];

/**
 * The sound feminine plural with a pronoun after it (بياناتهم "their statements", حكوماتنا "our governments"); not
 * ای, which is "my" after a dual only.
 */
export const ARABIC_PLURAL_POSSESSED: readonly string[] = ARABIC_PRONOUNS.filter((pronoun) => pronoun !== "ای").map(
  (pronoun) => `ات${pronoun}`,
);

/**
 * Arabic verbs: the "they" of the perfect and of the subjunctive (قالوا "they said", لم يقولوا). Not the other
 * persons' ت, تم or the accusative's ا, which end too many words of their own (بيت, اهتم; اما "but" is no ام
 * "mother", جدا "very" no جد "grandfather").
 */
export const ARABIC_VERB_ENDINGS: readonly string[] = ["وا"];

/** The feminine of the nisba (إسرائيلية, folded اسراییلیه), which Persian borrows too (اولیه). */
export const NISBA_FEMININE: readonly string[] = ["یه"];

/** Persian plurals: ها and its ezafe forms, ان of people (اشغالگران). */
export const PERSIAN_PLURALS: readonly string[] = ["ها", "های", "هایی", "ان"];

/** Persian ezafe and indefinite: ی, ای after a vowel, یی. */
export const PERSIAN_EZAFE: readonly string[] = ["ی", "ای", "یی"];

/**
 * Persian possessive endings: his (ش, اش after a vowel: خانه‌اش), our, your, their, and the same after a plural
 * (دستهایش, برادرانش). Not م "my" and ت "your" alone: what is left is too often a word of its own (سالم "healthy"
 * is not سال "year" + م, شهرت "fame" not شهر "city" + ت, دهم "tenth" not ده "ten" + م).
 */
export const PERSIAN_POSSESSIVES: readonly string[] = [
  ...["ش", "اش", "مان", "تان", "شان"],
  ...["هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان"],
  ...["انش", "انمان", "انتان", "انشان"],
];

/** The Persian past participle: the past stem + ه (کشته "killed", of کشت; رفته "gone", of رفت). */
export const PERSIAN_PARTICIPLE: readonly string[] = ["ه"];

/** Persian comparative and superlative. */
export const PERSIAN_COMPARATIVES: readonly string[] = ["تر", "ترین"];

/**
 * Arabic words whose letters read as another word with a clitic or an ending but are neither: relative and
 * demonstrative pronouns and a few frequent particles. التي "which" is الت + ي, and with a ة written ت before an
 * ending, إله "god"; أولئك "those" is أولى "first" + ك; فقط "only" is ف + قط "cat", بعض "some" ب + عض "bite".
 * Matchers take them as whole words only. Written as spelled: each matcher folds them its own way.
 */
export const ARABIC_WHOLE_WORDS: readonly string[] = [
  "التي", "اللتي", "اللاتي", "اللواتي", "اللتان", "اللتين", "الذي", "الذين", "اللذان", "اللذين",
  "أولئك", "أولئكم", "هؤلاء", "ذلك", "تلك", "فقط", "بعض",
];

/** The endings of the given groups, each once, shortest first (ties in the order given). */
export function shortestFirst(...groups: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(groups.flat())].sort((a, b) => a.length - b.length);
}

/** The endings of the given groups, each once, longest first (ties in the order given). */
export function longestFirst(...groups: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(groups.flat())].sort((a, b) => b.length - a.length);
}
