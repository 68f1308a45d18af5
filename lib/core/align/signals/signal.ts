// What every lexical signal provides: for each unit of a text, the tokens that may have a counterpart in the other
// text. A token is a list of alternative keys (a name has several skeletons); two tokens match when they share a
// key. Keys are namespaced by signal so that signals never match each other's tokens. The engine keeps only keys
// present on both sides and weighs each token by how rare it is on the other side.
//
// A signal reads one text at a time: its tokens are computed once per text and reused for every pair the text is in
// (an n-way alignment of three texts aligns each with two others), except on the dense side of a sparse signal,
// where only the keys the other text has are wanted. Tokens come out as integer types into a table of keys, so that
// the engine handles a word met ten thousand times once.

import { foldForMatching, wordsOf } from "../../text/fold";
import { scanUnit, type UnitScan } from "../../text/unit-scan";
import { Vocabulary } from "../../text/vocabulary";
import { primaryLanguage } from "../../lang/languages";
import { IntBuffer } from "../int-buffer";

export type ScriptClass = "latin" | "arabic" | "other";

export interface SideInfo {
  lang: string;
  /** Primary subtag: "fa" for "fa-AF". */
  primary: string;
  script: ScriptClass;
}

/** A text as the signals read it: its raw units, and the ids of each unit's (folded) words. */
export interface SignalText {
  side: SideInfo;
  texts: readonly string[];
  vocabulary: Vocabulary;
  /** The words of unit u are vocabulary.words[wordIds[wordStart[u] .. wordStart[u + 1] - 1]]. */
  wordStart: Int32Array;
  wordIds: Int32Array;
}

/** The tokens of every unit of one text for one signal. */
export interface TokenList {
  /** Tokens of unit u: types[start[u] .. start[u + 1] - 1]. */
  start: Int32Array;
  types: Int32Array;
  /** The keys of each token type. */
  keys: ReadonlyArray<readonly string[]>;
}

export interface AnchorSignal {
  /** Namespace of the keys and name of the weight in ModelParams.signalWeight. */
  readonly id: string;
  /**
   * The tokens describe the unit as a whole (a heading, a list item), so they count only when the unit is paired
   * alone: a heading merged with the paragraph after it is no longer a heading.
   */
  readonly wholeUnit?: boolean;
  appliesTo(a: SideInfo, b: SideInfo): boolean;
  /**
   * True when every token of this side should have a counterpart in a translation, so that a token found nowhere on
   * the other side still counts as missed wherever its unit is paired (a "15" that the translation never mentions).
   */
  isReliable?(side: SideInfo): boolean;
  /**
   * True when the signal yields few tokens on this side. The other side's tokens are then only wanted when they
   * share a key with this side's (every English word is a Latin-script token, but only those that also occur as
   * Latin words in the Persian can match), and extract is given those keys.
   */
  isSparse?(side: SideInfo): boolean;
  /**
   * The tokens of every unit of a text; with `wanted`, only tokens with at least one key in it, and only those keys.
   * Without, the result depends on the text alone and is kept for every pair the text is in.
   */
  extract(text: SignalText, wanted?: ReadonlySet<string>): TokenList;
}

export function describeSide(lang: string): SideInfo {
  const primary = primaryLanguage(lang);
  return { lang, primary, script: scriptOf(primary, lang) };
}

const ARABIC_SCRIPT_LANGS = new Set(["fa", "ar", "ur", "ps", "ckb", "ug", "sd", "ku"]);
const OTHER_SCRIPT_LANGS = new Set(["he", "ru", "uk", "el", "zh", "ja", "ko", "hi", "th"]);

function scriptOf(primary: string, lang: string): ScriptClass {
  if (/-arab\b/i.test(lang)) return "arabic";
  if (/-latn\b/i.test(lang)) return "latin";
  if (ARABIC_SCRIPT_LANGS.has(primary)) return "arabic";
  return OTHER_SCRIPT_LANGS.has(primary) ? "other" : "latin";
}

/** A single unit with its folded text and words, for the signals' per-unit helpers. */
export interface PreparedUnit {
  text: string;
  folded: string;
  words: string[];
}

export function prepareUnit(text: string): PreparedUnit {
  const folded = foldForMatching(text);
  return { text, folded, words: wordsOf(folded) };
}

/**
 * Folds the units of a text and interns their words; `each` receives what the scan found in each unit (letters and
 * rough breaks), for callers that need more than the words.
 */
export function signalText(
  lang: string,
  texts: readonly string[],
  each?: (unit: number, scan: UnitScan) => void,
): SignalText {
  const vocabulary = new Vocabulary();
  const wordStart = new Int32Array(texts.length + 1);
  // A long text's ids, about a word in eight characters or more, seldom grow the buffer; a short one's start small.
  let characters = 0;
  for (const text of texts) characters += text.length;
  const ids = new IntBuffer(characters >= 1 << 15 ? characters >> 3 : undefined);
  const scan: UnitScan = { letters: 0, breakLetters: [], breakIsClause: [], breakEnds: [], breakWords: [] };
  texts.forEach((text, u) => {
    scanUnit(text, vocabulary, ids, scan);
    wordStart[u + 1] = ids.length;
    each?.(u, scan);
  });
  return {
    side: describeSide(lang),
    texts,
    vocabulary,
    wordStart,
    wordIds: ids.toArray(),
  };
}

/** The tokens of a single text, spelled out as keys: for tests and diagnostics. */
export function unitTokens(signal: AnchorSignal, text: string, lang: string, wanted?: ReadonlySet<string>): string[][] {
  return spellTokens(signal.extract(signalText(lang, [text]), wanted))[0]!;
}

/** The keys of each token of each unit, spelled out: for tests and diagnostics. */
export function spellTokens(list: TokenList): string[][][] {
  return Array.from({ length: list.start.length - 1 }, (_, u) =>
    Array.from(list.types.subarray(list.start[u], list.start[u + 1]), (type) => [...list.keys[type]!]),
  );
}

/** Builds a token list unit by unit, with token types interned by a string or by an integer of the caller's. */
export class TokenListBuilder {
  private readonly start: number[] = [0];
  private readonly types = new IntBuffer();
  private readonly keys: Array<readonly string[]> = [];
  private readonly byName = new Map<string, number>();

  /**
   * The type of a token named `name` (e.g. its keys joined), with these keys if it is new: given as they are when the
   * caller has them already (no closure to allocate per token), or made only then.
   */
  typeOf(name: string, keys: readonly string[] | (() => readonly string[])): number {
    let type = this.byName.get(name);
    if (type === undefined) {
      type = this.keys.length;
      this.keys.push(typeof keys === "function" ? keys() : keys);
      this.byName.set(name, type);
    }
    return type;
  }

  /** A new type for keys that the caller has already made distinct (e.g. one per word id). */
  newType(keys: readonly string[]): number {
    this.keys.push(keys);
    return this.keys.length - 1;
  }

  add(type: number): void {
    this.types.push(type);
  }

  endUnit(): void {
    this.start.push(this.types.length);
  }

  build(): TokenList {
    return { start: Int32Array.from(this.start), types: this.types.toArray(), keys: this.keys };
  }
}

/** Keys for repeated occurrences: the second "5" in a unit is "5#2", so that counts match, not just presence. */
export function numbered(keys: Iterable<string>): string[][] {
  const seen = new Map<string, number>();
  const out: string[][] = [];
  for (const key of keys) {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.push([n === 1 ? key : `${key}#${n}`]);
  }
  return out;
}

/** A signal whose tokens come from each unit alone, with token types named by their joined keys. */
export function perUnitExtract(tokensOf: (text: SignalText, unit: number) => string[][]): (text: SignalText) => TokenList {
  return (text) => {
    const builder = new TokenListBuilder();
    for (let u = 0; u < text.texts.length; u++) {
      for (const token of tokensOf(text, u)) builder.add(builder.typeOf(token.join("\u0000"), token));
      builder.endUnit();
    }
    return builder.build();
  };
}

/**
 * A signal with one token per distinct word of each unit, for the words that have keys. `keysOf` is asked once per
 * distinct word of the text, not once per occurrence.
 */
export function perWordTokens(text: SignalText, keysOf: (wordId: number) => readonly string[]): TokenList {
  const builder = new TokenListBuilder();
  const typeOf = new Int32Array(text.vocabulary.words.length).fill(-2); // -2: not asked yet, -1: no keys
  const lastUnit = new Int32Array(text.vocabulary.words.length).fill(-1);
  for (let u = 0; u < text.texts.length; u++) {
    for (let w = text.wordStart[u]!; w < text.wordStart[u + 1]!; w++) {
      const id = text.wordIds[w]!;
      if (lastUnit[id] === u) continue;
      lastUnit[id] = u;
      let type = typeOf[id]!;
      if (type === -2) {
        const keys = keysOf(id);
        typeOf[id] = type = keys.length > 0 ? builder.newType(keys) : -1;
      }
      if (type >= 0) builder.add(type);
    }
    builder.endUnit();
  }
  return builder.build();
}

/** A per-vocabulary table built once per text (the vocabulary is the text's). */
export function vocabularyMemo<T>(vocabulary: Vocabulary, name: string, build: () => T): T {
  let value = vocabulary.memo.get(name) as T | undefined;
  if (value === undefined) vocabulary.memo.set(name, (value = build()));
  return value;
}

/** Words beyond which the word memos start over, so that a server aligning for months stays bounded. */
const WORD_MEMO_LIMIT = 50_000;
/** Texts with more distinct words than this look them up directly: the memo would only cost them its upkeep. */
const SMALL_VOCABULARY = 2_000;

/**
 * The words of the small texts seen so far, each with an id shared by every text: a small text's words are looked up
 * here once, and then every word function's memo is read by that id (a row's sentence pass builds several tables per
 * text, and looking each word up by its string in each memo was a twelfth of that pass). An open-addressing table over
 * the hashes the vocabularies keep, since a Map of strings hashes each new string again (that alone was a tenth of
 * the pass). Cleared, with every memo, when it reaches WORD_MEMO_LIMIT words: `generation` counts the clearings.
 */
const shared = { words: [] as string[], hashes: [] as number[], slots: new Int32Array(0), generation: 0 };
/** The table's slots: a power of two at least twice WORD_MEMO_LIMIT, so that it stays at most half full. */
const SHARED_MASK = 2 ** Math.ceil(Math.log2(2 * WORD_MEMO_LIMIT)) - 1;

/** A function of a word, remembered across the small texts that use it (see wordTable), by shared word id. */
export interface WordFunction<T> {
  compute: (word: string) => T;
  values: Array<T | undefined>;
  generation: number;
}

export function rememberWords<T>(compute: (word: string) => T): WordFunction<T> {
  return { compute, values: [], generation: shared.generation };
}

/** The shared id of a word whose vocabulary hash is `hash`, assigned if new. */
function sharedId(word: string, hash: number): number {
  if (shared.slots.length === 0) shared.slots = new Int32Array(SHARED_MASK + 1); // 512 KB, on first use
  for (let slot = hash & SHARED_MASK; ; slot = (slot + 1) & SHARED_MASK) {
    const entry = shared.slots[slot]!;
    if (entry === 0) {
      shared.words.push(word);
      shared.hashes.push(hash);
      shared.slots[slot] = shared.words.length;
      return shared.words.length - 1;
    }
    if (shared.hashes[entry - 1] === hash && shared.words[entry - 1] === word) return entry - 1;
  }
}

/** The shared ids of a small vocabulary's words, by word id, assigned once per vocabulary and generation. */
function sharedIdsOf(vocabulary: Vocabulary): Int32Array {
  const memo = vocabulary.memo.get("shared-ids") as { ids: Int32Array; generation: number } | undefined;
  if (memo && memo.generation === shared.generation) return memo.ids;
  if (shared.words.length + vocabulary.size > WORD_MEMO_LIMIT) {
    shared.words.length = 0;
    shared.hashes.length = 0;
    shared.slots.fill(0);
    shared.generation++;
  }
  const { words } = vocabulary;
  const ids = new Int32Array(words.length);
  for (let w = 0; w < words.length; w++) ids[w] = sharedId(words[w]!, vocabulary.hashOf(w));
  vocabulary.memo.set("shared-ids", { ids, generation: shared.generation });
  return ids;
}

/**
 * The value of a function of a word for every word of a text, by word id, built once per text. For a small text the
 * values are also remembered across texts: a document's rows are sentence-aligned one by one, each row a text of its
 * own, and they share most of their words, whose transliterations and lexicon lookups are the expensive part.
 */
export function wordTable<T>(vocabulary: Vocabulary, name: string, fn: WordFunction<T>): T[] {
  return vocabularyMemo(vocabulary, name, () => {
    const { words } = vocabulary;
    if (vocabulary.size > SMALL_VOCABULARY) return words.map(fn.compute);
    const ids = sharedIdsOf(vocabulary);
    if (fn.generation !== shared.generation) {
      fn.values = [];
      fn.generation = shared.generation;
    }
    const { values } = fn;
    const table = new Array<T>(words.length);
    for (let w = 0; w < words.length; w++) {
      let value = values[ids[w]!];
      if (value === undefined) values[ids[w]!] = value = fn.compute(words[w]!);
      table[w] = value;
    }
    return table;
  });
}
