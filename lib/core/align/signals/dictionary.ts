// A general bilingual dictionary (FreeDict's English-Arabic, read from the machine when installed; see
// lib/system-dictionaries.ts) as one more lexicon of word translations, matched like the term base and the built-in
// common words (glossary.ts: a clitic glued to an Arabic word, an English plural) under its own weight. Its entries
// reach far past the built-in list's thousand concepts (80,000 English headwords), which is what literal, archaic or
// religious text needs when its vocabulary is not the news's (docs/aligner.md, "A dictionary from the machine").
// A pair reads only the entries its headword-language text can match: a lexicon of all of them would cost a
// 7,500-paragraph pair seconds and 150 MB of matching tables for words it never holds.

import { foldForMatching, letterCount, wordsOf } from "../../text/fold";
import { morphologyOf } from "../../terms/morphology";
import type { Lexicon } from "../types";
import { readDictd } from "./dictd";
import { forEachLookupForm, glossarySignal } from "./glossary";
import { describeSide, type AnchorSignal, type SignalText } from "./signal";

export interface Dictionary {
  /** Where it came from, for reports ("freedict-eng-ara"). */
  readonly name: string;
  /** The language of its headwords and that of their translations (primary subtags). */
  readonly langs: readonly [string, string];
  /** Folded headword -> its definitions' text (several entries of one headword joined), in the dictionary's order. */
  readonly definitions: ReadonlyMap<string, string>;
}

/** Translations kept per headword: the first ones, which dictionaries list as the usual senses. */
const MAX_TRANSLATIONS = 6;
/** Words a translation may have: a dictionary's longer ones are glosses ("a letter of the alphabet"), not renderings. */
const MAX_TRANSLATION_WORDS = 2;

// English function words: a dictionary's entries for them are grammar, not translation, and often wrong for running
// text (FreeDict gives هل "whether" for "is" and "are"). With them, strict F1 on the news' EN-AR documents at the
// benchmark's rates and far from them fell by 0.027 over fourteen settings; without them it rose by 0.007.
const FUNCTION_WORDS = new Set(
  (
    "a an the and or but if then so of in on at to from by with for as is are was were be been being am do does did " +
    "has have had having not no nor this that these those it its he him his she her hers they them their theirs we us " +
    "our ours you your yours i me my mine who whom whose which what when where why how all any some each every both " +
    "either neither one shall will would should can could may might must unto upon thou thee thy thine ye hath doth " +
    "also than there here very just only into onto over under again further once out up down off about above below " +
    "between through during before after while until because"
  ).split(" "),
);

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const LATIN_LETTER = /[a-z]/i;
const isArabicScript = (lang: string) => describeSide(lang).script === "arabic";

/** One word of letters, not an abbreviation or a function word: "mercy", "Egypt"; not "A&M", "ABC", "A-bomb" or "upon". */
function isWordHeadword(headword: string, lang: string): boolean {
  if (isArabicScript(lang)) return /^[\u0621-\u064a\u0671-\u06d3]+$/.test(headword);
  return /^[A-Za-z][a-z]+$/.test(headword) && !(lang === "en" && FUNCTION_WORDS.has(headword.toLowerCase()));
}

/** The translations a definition line lists: "1. الرحمة، الشفقة (كلمة)" gives رحمة and شفقة (see withoutArticle). */
function translationsOf(line: string, lang: string): string[] {
  const arabic = isArabicScript(lang);
  return line
    .trim()
    .replace(/^\d+\.\s*/, "")
    .split(/[،,;؛]/)
    .map((piece) => piece.replace(/\([^()]*\)/g, " ").replace(/\s+/g, " ").trim())
    .filter((piece) => piece.length > 0 && (arabic ? ARABIC_SCRIPT.test(piece) && !LATIN_LETTER.test(piece) : LATIN_LETTER.test(piece)))
    .filter((piece) => piece.split(" ").length <= MAX_TRANSLATION_WORDS && !(lang === "en" && FUNCTION_WORDS.has(piece.toLowerCase())))
    .map((piece) => (arabic ? withoutArticle(piece) : piece));
}

/**
 * A translation without the article its first word carries: FreeDict writes nearly half its Arabic translations with
 * it (المشي "walk", الإجابة "answer"), and the matcher strips a clitic off a word of the text, not off an entry, so
 * الإجابة never met إجابة "an answer", nor the first word of a construct (عبادة الأوثان "the worship of idols"). The
 * built-in word list writes its Arabic without the article for the same reason. A stem of fewer than three letters
 * keeps it: اللّه is no لّه, الحبّ no حبّ.
 */
function withoutArticle(translation: string): string {
  const match = /^ال(\S+)/.exec(translation);
  return match && letterCount(match[1]!) >= 3 ? translation.slice(2) : translation;
}

/**
 * A dictd dictionary (its index and its uncompressed .dict, see dictd.ts) from `from` to `to` (primary subtags): the
 * headwords that are words, folded as the aligner reads text, each with its definitions. Their translations are
 * read when a pair needs them (translationsOf).
 */
export function dictionaryFromDictd(name: string, index: string, dict: Uint8Array, from: string, to: string): Dictionary {
  const definitions = new Map<string, string>();
  for (const { headword, definition } of readDictd(index, dict, (headword) => isWordHeadword(headword, from))) {
    const [key, ...rest] = wordsOf(foldForMatching(headword.toLowerCase()));
    if (!key || rest.length > 0) continue;
    const earlier = definitions.get(key);
    definitions.set(key, earlier === undefined ? definition : `${earlier}\n${definition}`);
  }
  return { name, langs: [from, to], definitions };
}

const TRANSLATIONS = new WeakMap<Dictionary, Map<string, readonly string[]>>();
const RANKS = new WeakMap<Dictionary, Map<string, number>>();

/** Each headword's place in the dictionary, computed once: a pair's entries keep the dictionary's order. */
function ranksOf(dictionary: Dictionary): Map<string, number> {
  let ranks = RANKS.get(dictionary);
  if (!ranks) {
    ranks = new Map();
    for (const headword of dictionary.definitions.keys()) ranks.set(headword, ranks.size);
    RANKS.set(dictionary, ranks);
  }
  return ranks;
}

/** A headword's first translations of at most two words in the target language's script (none: an empty list). */
export function translationsFor(dictionary: Dictionary, headword: string): readonly string[] {
  let cache = TRANSLATIONS.get(dictionary);
  if (!cache) TRANSLATIONS.set(dictionary, (cache = new Map()));
  let found = cache.get(headword);
  if (!found) {
    const translations = new Set<string>();
    for (const line of (dictionary.definitions.get(headword) ?? "").split("\n")) {
      for (const translation of translationsOf(line, dictionary.langs[1])) translations.add(translation);
    }
    cache.set(headword, (found = [...translations].slice(0, MAX_TRANSLATIONS)));
  }
  return found;
}

/**
 * The dictionary's entries that the words of `text` (in the headword language) can match, as a lexicon: each
 * headword that one of its words looks up (glossary.ts forEachLookupForm) and that has translations, in the
 * dictionary's order.
 */
export function dictionaryLexiconFor(dictionary: Dictionary, text: SignalText): Lexicon {
  const [from, to] = dictionary.langs;
  const found = new Set<string>();
  const morphology = morphologyOf(text.side.primary);
  for (const word of text.vocabulary.words) {
    forEachLookupForm(word, text.side.script, morphology, (form) => {
      if (dictionary.definitions.has(form)) found.add(form);
    });
  }
  const rank = ranksOf(dictionary);
  const ranked = [...found].filter((headword) => translationsFor(dictionary, headword).length > 0).sort((a, b) => rank.get(a)! - rank.get(b)!);
  return {
    entries: ranked.map((headword) => ({
      renderings: [{ lang: from, text: headword }, ...translationsFor(dictionary, headword).map((text) => ({ lang: to, text }))],
    })),
  };
}

const SIGNALS = new WeakMap<Dictionary, WeakMap<SignalText["vocabulary"], AnchorSignal>>();

/**
 * The dictionary's signal for a pair of `a` and `b`, or null when it does not translate between their languages:
 * matched over the entries the headword-language text can match, one signal per dictionary and such text (the
 * other text's tokens are read anew for each, which a pair does once).
 */
export function dictionarySignal(dictionary: Dictionary, a: SignalText, b: SignalText): AnchorSignal | null {
  const [from, to] = dictionary.langs;
  const [x, y] = [a.side.primary, b.side.primary];
  const headwordText = x === from && y === to ? a : x === to && y === from ? b : null;
  if (!headwordText) return null;
  let bySignalText = SIGNALS.get(dictionary);
  if (!bySignalText) SIGNALS.set(dictionary, (bySignalText = new WeakMap()));
  let signal = bySignalText.get(headwordText.vocabulary);
  if (!signal) {
    const matcher = glossarySignal(dictionaryLexiconFor(dictionary, headwordText), "dictionary");
    signal = { ...matcher, appliesTo: (p, q) => (p.primary === from && q.primary === to) || (p.primary === to && q.primary === from) };
    bySignalText.set(headwordText.vocabulary, signal);
  }
  return signal;
}
