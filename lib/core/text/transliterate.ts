// Matching a name written in Latin letters with the same name in Arabic script ("Khamenei" ~ "خامنه‌ای",
// "Haniyeh" ~ "هنیه") through a consonant skeleton: both spellings are reduced to classes of consonants, because
// Arabic script leaves short vowels unwritten and Latin romanizations disagree on them ("Mohammad", "Muhammad").
//
// The classes are coarse on purpose: Arabic has no p, v or g and writes them ب ف ج/غ; Persian says ذ ز ض ظ alike
// as z while Arabic romanizations use dh, d and z; so each class merges the letters that cross-script spellings
// swap. Letters whose class depends on the language (ض is "d" in Arabic, "z" in Persian) produce two keys. The
// price is collisions between unrelated words, which the aligner weighs down by how often a key occurs.

import { withoutClitics } from "./clitics";
import { foldArabicLetters, stripMarks } from "./fold";

/** Shortest skeleton worth a key: one consonant matches half the dictionary. */
const MIN_SKELETON = 2;
const MAX_KEYS = 12;

// Latin letters to classes. Vowels, w and y are dropped: they stand for long vowels that Arabic script writes with
// ا و ی, which are dropped on that side too (they are as often vowels as consonants).
const LATIN_CLASS: Readonly<Record<string, string>> = {
  b: "B", p: "B", f: "F", t: "T", d: "D", s: "S", z: "S", c: "K", k: "K", q: "K", g: "G", j: "G",
  h: "H", l: "L", m: "M", n: "N", r: "R",
};
// Letters with a second reading: Persian writes v with و, a letter dropped as a vowel ("COVID" ~ "کووید");
// x is gz as often as ks ("Brexit" ~ "برگزیت").
const LATIN_AMBIGUOUS: Readonly<Record<string, readonly [string, string]>> = { v: ["F", ""], x: ["KS", "GS"] };
const LATIN_DIGRAPHS: ReadonlyArray<readonly [string, string, string?]> = [
  // [letters, class, alternative class]
  ["sch", "S"], ["sh", "S"], ["ch", "S", "K"], ["kh", "K"], ["gh", "G"], ["th", "T", "S"], ["dh", "D", "S"],
  ["ph", "F"], ["zh", "G", "S"], ["ck", "K"], ["ng", "NG", "N"], // Arabic writes Washington واشنطن, Persian واشنگتن
];
const LATIN_VOWELS = new Set(["a", "e", "i", "o", "u", "y", "w"]);
// Romanized Arabic article ("al-Aqsa", "ash-Sham", "el-Sisi"): the Arabic side is keyed with and without "ال".
const LATIN_ARTICLE = /^(?:al|el|ul|an|ar|as|ash|at|ad|az|adh|ath)-(?=.{3})/;

/** Skeleton keys of one Latin-script word; [] when it has fewer than two consonants. */
export function latinSkeletonKeys(word: string): string[] {
  const plain = stripMarks(word).toLowerCase().replace(/['’‘ʿʾ`]/g, "");
  const bases = [plain.replace(/-/g, "")];
  const article = LATIN_ARTICLE.exec(plain);
  if (article) bases.push(plain.slice(article[0].length).replace(/-/g, ""));
  const keys = new Set<string>();
  for (const base of bases) for (const skeleton of latinSkeletons(base)) addKeys(keys, skeleton);
  return [...keys].slice(0, MAX_KEYS);
}

function latinSkeletons(word: string): string[] {
  let primary = "";
  let alternative = "";
  let lastWasVowel = true;
  const push = (cls: string, alt: string = cls) => {
    // Double letters ("Muhammad") are one letter with a shadda, which is not written, on the Arabic side.
    if (!lastWasVowel && cls !== "" && primary.endsWith(cls)) return;
    primary += cls;
    alternative += alt;
    lastWasVowel = false;
  };
  for (let i = 0; i < word.length; ) {
    const digraph = LATIN_DIGRAPHS.find(([letters]) => word.startsWith(letters, i));
    if (digraph) {
      push(digraph[1], digraph[2]);
      i += digraph[0].length;
      continue;
    }
    const ch = word[i]!;
    if (LATIN_VOWELS.has(ch)) {
      lastWasVowel = true;
    } else if (ch === "c") {
      push(/[eiy]/.test(word[i + 1] ?? "") ? "S" : "K");
    } else if (ch === "h" && i === word.length - 1 && i > 0) {
      // A final h after a vowel ("Haniyeh", "Allah") is usually the silent ه or ة; keep both readings.
      return withAndWithout(primary, alternative, "H");
    } else if (LATIN_AMBIGUOUS[ch]) {
      push(...LATIN_AMBIGUOUS[ch]!);
    } else if (LATIN_CLASS[ch]) {
      push(LATIN_CLASS[ch]!);
    }
    i++;
  }
  return primary === alternative ? [primary] : [primary, alternative];
}

function withAndWithout(primary: string, alternative: string, suffix: string): string[] {
  const out = new Set([primary, alternative, primary + suffix, alternative + suffix]);
  return [...out];
}

// Arabic-script letters (after foldArabicLetters) to classes. Letters absent here are dropped: ا و ی are long
// vowels or glides, ع and ء are glottal stops that romanizations write as ' or not at all.
const ARABIC_CLASS: Readonly<Record<string, string>> = {
  "ب": "B", "پ": "B", "ف": "F", "ڤ": "F", "ت": "T", "ط": "T", "د": "D", "س": "S", "ص": "S", "ز": "S", "ش": "S",
  "چ": "S", "ک": "K", "ق": "K", "خ": "K", "گ": "G", "غ": "G", "ج": "G", "ح": "H", "ه": "H", "ل": "L", "م": "M",
  "ن": "N", "ر": "R",
};
// Letters read differently in Arabic and Persian, or by different romanization schemes: [primary, alternative].
const ARABIC_AMBIGUOUS: Readonly<Record<string, readonly [string, string]>> = {
  "ث": ["T", "S"], "ذ": ["D", "S"], "ض": ["D", "S"], "ظ": ["S", "D"], "ژ": ["G", "S"],
};
// Persian suffixes after a ZWNJ: plural, ezafe and indefinite markers, which do not belong to the name.
const PERSIAN_SUFFIX_PARTS = new Set(["ای", "ی", "ها", "های", "هایی", "ایی"]);

/** Skeleton keys of one Arabic-script word (Persian or Arabic); [] when it has fewer than two consonants. */
export function arabicSkeletonKeys(word: string): string[] {
  const parts = foldArabicLetters(stripMarks(word)).replace(/\u0640/g, "").split("\u200c");
  while (parts.length > 1 && PERSIAN_SUFFIX_PARTS.has(parts[parts.length - 1]!)) parts.pop();
  return foldedArabicSkeletonKeys(parts.join(""));
}

/**
 * arabicSkeletonKeys of a word already through foldForMatching (no marks, tatweel or ZWNJ, letters folded), as the
 * aligner's words are; a word with no Arabic-script letter has none. `clitics`: also the word without a leading
 * Arabic clitic ("وبايدن", "and Biden"); not for a language that writes them apart (see gluesClitics), where it
 * only adds false readings (Persian بایدن "Biden" also as ب + ایدن).
 */
export function foldedArabicSkeletonKeys(word: string, clitics = true): string[] {
  let isArabic = false;
  for (let k = 0; k < word.length && !isArabic; k++) isArabic = word.charCodeAt(k) >= 0x0600 && word.charCodeAt(k) <= 0x06ff;
  if (!isArabic) return [];
  const keys = new Set<string>();
  for (const skeleton of arabicSkeletons(word)) addKeys(keys, skeleton);
  if (clitics) {
    for (const base of withoutClitics(word, 3)) for (const skeleton of arabicSkeletons(base)) addKeys(keys, skeleton);
  }
  return keys.size <= MAX_KEYS ? [...keys] : [...keys].slice(0, MAX_KEYS);
}

function arabicSkeletons(word: string): string[] {
  let primary = "";
  let alternative = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    // A final ه (and ة, folded into it) is mostly the vowel e/a: "هنیه" is "Haniyeh", "النخالة" is "al-Nakhalah".
    if (ch === "ه" && i === word.length - 1 && i > 0) return withAndWithout(primary, alternative, "H");
    const ambiguous = ARABIC_AMBIGUOUS[ch];
    const cls = ambiguous?.[0] ?? ARABIC_CLASS[ch];
    if (!cls) continue;
    if (word[i - 1] === ch) continue; // a doubled letter is one consonant
    primary += cls;
    alternative += ambiguous?.[1] ?? cls;
  }
  return primary === alternative ? [primary] : [primary, alternative];
}

// H is the least stable class (silent in "John", part of digraphs, dropped by many romanizations), so every
// skeleton is also keyed without it.
function addKeys(keys: Set<string>, skeleton: string): void {
  if (skeleton.length >= MIN_SKELETON) keys.add(skeleton);
  // Without H, runs of one class collapsed ("HNH" -> "N", "MHM" -> "M"): a loop, as this runs for every word.
  let stripped = "";
  let last = "";
  for (let k = 0; k < skeleton.length; k++) {
    const ch = skeleton[k]!;
    if (ch === "H" || ch === last) continue;
    stripped += ch;
    last = ch;
  }
  if (stripped.length >= MIN_SKELETON) keys.add(stripped);
}

