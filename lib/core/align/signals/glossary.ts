// The project's term base as a bilingual lexicon: an entry whose rendering in one language occurs in a source
// unit and whose rendering in the other occurs in a target unit is an anchor, keyed by the entry. Renderings are
// matched as folded word sequences; on an Arabic-script side the first word may carry a glued clitic ("والقدس"),
// and on a Latin side the last word may be inflected ("resistance fronts", "created": text/english-forms.ts).

import { gluesClitics, withoutClitics } from "../../text/clitics";
import {
  ARABIC_PLURAL_POSSESSED,
  ARABIC_PLURALS,
  ARABIC_PRONOUNS,
  ARABIC_VERB_ENDINGS,
  ARABIC_WHOLE_WORDS,
  NISBA_FEMININE,
  PERSIAN_COMPARATIVES,
  PERSIAN_EZAFE,
  PERSIAN_PARTICIPLE,
  PERSIAN_PLURALS,
  PERSIAN_POSSESSIVES,
  shortestFirst,
} from "../../text/endings";
import { forEachEnglishBase } from "../../text/english-forms";
import { foldForMatching, wordsOf } from "../../text/fold";
import { primaryLanguage } from "../../lang/languages";
import { morphologyOf, type Morphology } from "../../terms/morphology";
import type { Lexicon } from "../types";
import { rememberWords, TokenListBuilder, wordTable, type AnchorSignal, type WordFunction, type SignalText, type TokenList } from "./signal";

export interface Phrase {
  words: string[];
  key: string;
  /** The token [key], shared by all occurrences so that the engine interns it once. */
  token: string[];
}

/** For one language: first word of a rendering -> the renderings starting with it, longest first. */
type PhraseIndex = Map<string, Phrase[]>;

function buildIndex(lexicon: Lexicon, primary: string): PhraseIndex {
  const index: PhraseIndex = new Map();
  lexicon.entries.forEach((entry, entryIndex) => {
    for (const rendering of entry.renderings) {
      if (primaryLanguage(rendering.lang) !== primary) continue;
      const words = wordsOf(foldForMatching(rendering.text));
      if (words.length === 0) continue;
      const list = index.get(words[0]!) ?? [];
      list.push({ words, key: `e${entryIndex}`, token: [`e${entryIndex}`] });
      index.set(words[0]!, list);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

// The endings read off a word (see text/endings.ts), shortest first: where two stems of a word are both renderings,
// the one that strips less is meant ("صدای", the ezafe of صدا "voice", is not صد "hundred" with ای). Persian borrows
// Arabic's sound plurals and the nisba's feminine with its loanwords (اطلاعات, مسئولین, اولیه).
const ARABIC_ENDINGS = shortestFirst(ARABIC_PLURALS, ARABIC_PRONOUNS, ARABIC_PLURAL_POSSESSED, NISBA_FEMININE, ARABIC_VERB_ENDINGS);
const PERSIAN_ENDINGS = shortestFirst(
  PERSIAN_PLURALS,
  PERSIAN_EZAFE,
  PERSIAN_POSSESSIVES,
  PERSIAN_PARTICIPLE,
  PERSIAN_COMPARATIVES,
  ARABIC_PLURALS,
  NISBA_FEMININE,
);
/** Another language in Arabic script: either's. */
const ARABIC_SCRIPT_ENDINGS = shortestFirst(ARABIC_ENDINGS, PERSIAN_ENDINGS);

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(ARABIC_PRONOUNS);

function endingsOf(morphology: Morphology): readonly string[] {
  return morphology === "ar" ? ARABIC_ENDINGS : morphology === "fa" ? PERSIAN_ENDINGS : ARABIC_SCRIPT_ENDINGS;
}

/**
 * Visits the stems a word of Arabic script may have once an ending is stripped, shortest ending first. Arabic writes
 * a final ة (folded ه) as ت before an ending (حكومته "his government", أجنحتها "its wings", حكومتين "two
 * governments"), so a stem left on ت is read with ه as well; not in Persian, whose ت ends words of its own (کشتی
 * "ship" less ی is کشت "cultivation", not کشته "killed").
 */
function forEachStem(word: string, morphology: Morphology, visit: (stem: string) => void): void {
  for (const suffix of endingsOf(morphology)) {
    // Persian ش "his" leaves at least three letters: بوش "Bush" is not بو "smell" + ش, nor موش "mouse" مو "hair" + ش.
    if (word.length - suffix.length < (suffix === "ش" ? 3 : 2) || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    visit(stem);
    if (morphology === "ar" && stem.length >= 3 && stem.endsWith("ت")) visit(`${stem.slice(0, -1)}ه`);
    // The verb's plural وا drops its alif before an object pronoun: قتلوهم "they killed them" is قتلوا + هم,
    // تخافوهم "fear them" تخافوا + هم.
    if (morphology === "ar" && stem.length >= 3 && stem.endsWith("و") && OBJECT_PRONOUNS.has(suffix)) visit(`${stem}ا`);
    // The sound plural of a noun in ة (folded ه) drops it: حكومات "governments" is حكومة less ة plus ات, as are
    // Persian's loans (مذاکرات, of مذاکره).
    if (suffix.startsWith("ات")) visit(`${stem}ه`);
  }
  if (morphology === "fa" && word.length >= 5) {
    // A noun that ends in a silent ه makes its plural in گان (پرنده "bird", پرندگان), one that ends in a vowel in
    // یان (دانشجو "student", دانشجویان).
    if (word.endsWith("گان")) visit(`${word.slice(0, -3)}ه`);
    if (word.endsWith("یان")) visit(word.slice(0, -3));
  }
}

// Words never read as a stem with a clitic or an ending (see text/endings.ts), folded.
const ARABIC_WHOLE = new Set(ARABIC_WHOLE_WORDS.map((word) => foldForMatching(word)));

// Arabic's future prefix (سيقول "he will say", وستعقد "and it will be held") before an imperfect verb, which the word
// list gives in its present forms (يقول).
const FUTURE_PREFIXES = ["س", "وس", "فس"];
const IMPERFECT_LETTERS = "یتنا";

/**
 * Visits an Arabic word without each leading clitic it may carry, and without a future prefix. Only Arabic glues
 * them (see gluesClitics): read off a Persian word, a clitic only finds another word inside it, فرد "individual"
 * as رد "rejected".
 */
function forEachWithoutPrefix(word: string, morphology: Morphology, visit: (rest: string) => void): void {
  if (!gluesClitics(morphology)) return;
  for (const rest of withoutClitics(word, 2)) visit(rest);
  for (const prefix of FUTURE_PREFIXES) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length >= 3 && IMPERFECT_LETTERS.includes(rest[0]!)) visit(rest);
  }
}

function withoutEndings(word: string, morphology: Morphology): string[] {
  const out: string[] = [];
  forEachStem(word, morphology, (stem) => out.push(stem));
  return out;
}

/**
 * The forms a word of running text may stand for: in English its base forms (a plural, a verb's past or participle,
 * see text/english-forms.ts), last word of a rendering only; in Arabic script without leading clitics (first word
 * only), without an ending (last word only), or both.
 */
function formsOf(word: string, script: string, isFirst: boolean, isLast: boolean, morphology: Morphology): string[] {
  if (script === "latin") {
    if (!isLast) return [word];
    const out = [word];
    forEachEnglishBase(word, (base) => out.push(base));
    return out;
  }
  if (script !== "arabic") return [word];
  const bases = [word];
  if (isFirst) forEachWithoutPrefix(word, morphology, (rest) => bases.push(rest));
  return isLast ? bases.flatMap((base) => [base, ...withoutEndings(base, morphology)]) : bases;
}

function wordMatches(actual: string, wanted: string, isFirst: boolean, isLast: boolean, script: string, morphology: Morphology): boolean {
  return actual === wanted || formsOf(actual, script, isFirst, isLast, morphology).includes(wanted);
}

const NO_PHRASES: Phrase[] = [];

/**
 * Each form under which a word of running text looks up the renderings that may start at it (formsOf(word, script,
 * true, true), in order, without building the list): the word itself, its base forms in English, and in Arabic
 * script without leading clitics, an ending, or both.
 */
export function forEachLookupForm(word: string, script: string, morphology: Morphology, visit: (form: string) => void): void {
  if (script === "latin") {
    visit(word);
    forEachEnglishBase(word, visit);
  } else if (script === "arabic") {
    const whole = (base: string) => morphology === "ar" && ARABIC_WHOLE.has(base);
    const withEndings = (base: string) => {
      visit(base);
      if (!whole(base)) forEachStem(base, morphology, visit);
    };
    withEndings(word);
    if (!whole(word)) forEachWithoutPrefix(word, morphology, withEndings);
  } else {
    visit(word);
  }
}

/**
 * The phrases that may start at a word, longest first: those of formsOf(word, script, true, true), looked up one
 * form at a time without building the list of forms (this runs for every distinct word of every text).
 */
function candidatesOf(word: string, index: PhraseIndex, script: string, morphology: Morphology, memo?: Map<string, Phrase[]>): Phrase[] {
  let candidates = memo?.get(word);
  if (candidates) return candidates;
  candidates = NO_PHRASES;
  forEachLookupForm(word, script, morphology, (form) => {
    const phrases = index.get(form);
    if (phrases) candidates = candidates === NO_PHRASES ? [...phrases] : [...candidates!, ...phrases];
  });
  if (candidates.length > 1) {
    candidates.sort((a, b) => b.words.length - a.words.length);
    candidates = withSharedForms(candidates);
  }
  memo?.set(word, candidates);
  return candidates;
}

/**
 * The one-word phrases of the first form a word takes (in the order its forms were tried) as one phrase keyed to
 * all their entries: a word that is two concepts' (Arabic رئيس is "president" and "chief", Persian ماه "month" and
 * "moon") matches either on the other side, where the first entry alone would never match the second's words.
 * Other forms' phrases stay behind it: صدای is صدا "voice" with the ezafe, not صد "hundred" as well.
 */
function withSharedForms(candidates: Phrase[]): Phrase[] {
  const first = candidates.findIndex((phrase) => phrase.words.length === 1);
  if (first < 0) return candidates;
  const form = candidates[first]!.words[0]!;
  const shared = candidates.filter((phrase, k) => k > first && phrase.words.length === 1 && phrase.words[0] === form);
  if (shared.length === 0) return candidates;
  const keys = [...new Set([candidates[first]!, ...shared].flatMap((phrase) => phrase.token))];
  const merged: Phrase = { words: [form], key: keys.join("|"), token: keys };
  return candidates.filter((phrase) => !shared.includes(phrase)).map((phrase, k) => (k === first ? merged : phrase));
}

/** Keys of the lexicon entries whose rendering occurs in the unit, one token per occurrence. */
export function glossaryKeys(
  words: readonly string[],
  index: PhraseIndex,
  script: string,
  memo?: Map<string, Phrase[]>,
  morphology: Morphology = "none",
): string[][] {
  const found: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = candidatesOf(words[i]!, index, script, morphology, memo);
    if (candidates.length === 0) continue;
    const match = candidates.find((phrase) =>
        phrase.words.every((wanted, k) =>
          i + k < words.length && wordMatches(words[i + k]!, wanted, k === 0, k === phrase.words.length - 1, script, morphology),
        ),
      );
    if (match) {
      found.push(match.token);
      i += match.words.length - 1;
    }
  }
  return found;
}

let nextGlossary = 0;

/** A signal over one term base (or another lexicon, under another id); build it once per lexicon. */
export function glossarySignal(lexicon: Lexicon, id = "glossary"): AnchorSignal {
  const indexes = new Map<string, PhraseIndex>();
  const indexFor = (primary: string) => {
    let index = indexes.get(primary);
    if (!index) indexes.set(primary, (index = buildIndex(lexicon, primary)));
    return index;
  };
  const instance = nextGlossary++;
  const lookups = new Map<string, WordFunction<Phrase[]>>();
  const lookupFor = (primary: string, script: string) => {
    let lookup = lookups.get(`${primary}:${script}`);
    if (!lookup) {
      const index = indexFor(primary);
      lookups.set(`${primary}:${script}`, (lookup = rememberWords((word) => candidatesOf(word, index, script, morphologyOf(primary)))));
    }
    return lookup;
  };
  return {
    id,
    appliesTo: (a, b) => a.primary !== b.primary && lexicon.entries.length > 0,
    extract(text: SignalText): TokenList {
      const { primary, script } = text.side;
      const morphology = morphologyOf(primary);
      const { words } = text.vocabulary;
      // The phrases that may start at each word id, looked up once per distinct word.
      const candidates = wordTable(text.vocabulary, `glossary:${instance}:${primary}`, lookupFor(primary, script));
      // The forms of each word id, by its place in a rendering (first, last, both, neither), computed once.
      const forms = [new Map<number, Set<string>>(), new Map<number, Set<string>>(), new Map<number, Set<string>>(), new Map<number, Set<string>>()];
      const formsOfId = (id: number, isFirst: boolean, isLast: boolean) => {
        const memo = forms[(isFirst ? 1 : 0) + (isLast ? 2 : 0)]!;
        let set = memo.get(id);
        if (!set) memo.set(id, (set = new Set(formsOf(words[id]!, script, isFirst, isLast, morphology))));
        return set;
      };
      const matches = (id: number, wanted: string, isFirst: boolean, isLast: boolean) =>
        words[id] === wanted || formsOfId(id, isFirst, isLast).has(wanted);
      const builder = new TokenListBuilder();
      for (let u = 0; u < text.texts.length; u++) {
        const start = text.wordStart[u]!;
        const end = text.wordStart[u + 1]!;
        for (let i = start; i < end; i++) {
          const phrases = candidates[text.wordIds[i]!]!;
          if (phrases.length === 0) continue;
          // The first phrase (longest first) whose every word matches. A one-word phrase is a candidate of a word only
          // when one of the word's forms is it: nothing to check. The longer ones are only those whose second word is
          // a form of the next word (secondWords): a dictionary's two-word renderings that start with a common word
          // (من, في) would otherwise be tried one by one at every occurrence of it.
          const { bySecond, firstSingle } = secondWords(phrases);
          let best = firstSingle;
          if (i + 1 < end && bySecond.size > 0) {
            for (const form of formsOfId(text.wordIds[i + 1]!, false, true)) {
              const second = bySecond.get(form);
              if (second === undefined) continue;
              for (const k of second) {
                if (k >= best) break;
                const phrase = phrases[k]!;
                if (phrase.words.every((wanted, w) => i + w < end && matches(text.wordIds[i + w]!, wanted, w === 0, w === phrase.words.length - 1))) best = k;
              }
            }
          }
          const match = best < phrases.length ? phrases[best] : undefined;
          if (match) {
            builder.add(builder.typeOf(match.key, match.token));
            i += match.words.length - 1;
          }
        }
        builder.endUnit();
      }
      return builder.build();
    },
  };
}

const SECOND_WORDS = new WeakMap<readonly Phrase[], { bySecond: Map<string, number[]>; firstSingle: number }>();

/**
 * A candidate list's phrases of two words or more by their second word (their indices, in order), and the index of
 * its first one-word phrase (its length if none). The next word's forms as a rendering's last word hold every form
 * it can match as a second word, last or not.
 */
function secondWords(phrases: readonly Phrase[]): { bySecond: Map<string, number[]>; firstSingle: number } {
  let found = SECOND_WORDS.get(phrases);
  if (!found) {
    const bySecond = new Map<string, number[]>();
    let firstSingle = phrases.length;
    phrases.forEach((phrase, k) => {
      if (phrase.words.length === 1) {
        firstSingle = Math.min(firstSingle, k);
        return;
      }
      const list = bySecond.get(phrase.words[1]!) ?? [];
      list.push(k);
      bySecond.set(phrase.words[1]!, list);
    });
    SECOND_WORDS.set(phrases, (found = { bySecond, firstSingle }));
  }
  return found;
}

const SIGNALS = new WeakMap<Lexicon, AnchorSignal>();

/** The term base's signal, one per lexicon object, so that texts aligned in several pairs reuse its tokens. */
export function termBaseSignal(lexicon: Lexicon): AnchorSignal {
  let signal = SIGNALS.get(lexicon);
  if (!signal) SIGNALS.set(lexicon, (signal = glossarySignal(lexicon)));
  return signal;
}
