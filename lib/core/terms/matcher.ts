// Finds every occurrence of every rendering of a term base in a text, in one left-to-right pass.
//
// Design: each language's rendering keys (normalize.ts) and their variants (morphology.ts) go into one character
// trie (trie.ts). The text is folded once, which also finds its words and hashes them. For each word (and in Arabic
// also after each proclitic it begins with: و ف ب ك ل, ال, لل...), the word, or the word without an ending, is
// looked up among the patterns' first words (first-words.ts); when it is one, the trie is walked from the node
// after it as far as the text follows. Every node passed that ends a pattern is tried against the right edge: the
// next key unit must end the word, or an ending of the language (plural, ezafe, possessive, attached pronoun) must.
// Of the matches starting in one word the longest wins (then the one with the longest pattern, so "اسرائیلی" as a
// rendering beats "اسرائیل" + the ezafe ی). Where the matches of different words overlap, the longest wins
// ("Zionist regime" where "regime" alone is also a rendering; "Leader of the Islamic Revolution" over "the Leader"
// in "the Leader of the Islamic Revolution").
//
// Cost: a constant amount of work per character (the fold) and per word (a few hash lookups, most answered by an
// 8 KB bit filter), plus a walk as long as the match for the words that start a pattern: linear in the text, and
// independent of the number of renderings except through the matches found (npm run bench:terms shows both). An
// Aho-Corasick automaton would also find matches inside words, which we would then throw away.
//
// Separators: a space, a hyphen and a line break inside a rendering match each other ("Zionist-regime",
// "Zionist\nregime"). At a rendering's edges a hyphen or apostrophe between two letters joins them into one word, so
// "anti-Zionist" does not contain "Zionist" and "regime-backed" does not end in "regime".
//
// Not reentrant: the fold's scratch buffers are shared, so matchTerms must not be called from inside itself (it is
// synchronous; nothing it returns refers to them).

import { primaryLanguage } from "../lang/languages";
import { ARABIC_WHOLE_WORDS } from "../text/endings";
import { firstWordNode, MAX_HASHED_WORD } from "./first-words";
import { ARABIC_PREFIXES, morphologyOf, variantsOf } from "./morphology";
import { endOfUnit, foldToScratch, HYPHEN, SEPARATOR, termKeyOf, type ScratchKey } from "./normalize";
import { buildTrie, childOf, isWordCode, NODE_STRIDE, rootChildOf, TERMINAL, type Suffix, type Trie } from "./trie";
import type { TermBase, TermId, TermStatus } from "./types";

const APOSTROPHE = 0x27;
const ZWNJ = 0x200c;
const TA_MARBUTA = 0x0629;
const ALEF = 0x0627;
// An article's alef as a text writes it: bare, wasla (Quranic ٱ) or a presentation form; أ إ آ start other words.
const ARTICLE_ALEFS = new Set([ALEF, 0x0671, 0xfe8d, 0xfe8e]);
// The Arabic clitic sequences that end in the article (ال, وال, بال, فبال; لل, ولل), as key units, longest first.
const ARTICLE_PREFIXES = ARABIC_PREFIXES.filter((prefix) => prefix.endsWith("ال") || prefix.endsWith("لل")).map((prefix) =>
  Uint16Array.from(prefix, (ch) => ch.charCodeAt(0)),
);
// Key letters after which ی is Persian's ezafe (آمریکای لاتین, مکه‌ی مکرمه), not a name's adjective: ا, و, ی, and
// the silent ه.
const VOWEL_LETTERS = new Set([ALEF, 0x0648, 0x06cc, 0x0647]);

/** One occurrence of a rendering. Offsets are UTF-16 code units in the text as given (never the key). */
export interface TermMatch {
  conceptId: TermId;
  renderingId: TermId;
  lang: string;
  /** The whole words of the occurrence, clitics and endings included: what to highlight. */
  start: number;
  end: number;
  /** The part that is the rendering itself, without glued clitics and endings. */
  termStart: number;
  termEnd: number;
  status: TermStatus;
}

export interface CompiledRendering {
  conceptId: TermId;
  renderingId: TermId;
  lang: string;
  text: string;
  key: string;
  status: TermStatus;
}

export interface CompiledTermBase {
  readonly renderings: readonly CompiledRendering[];
  /** Tries by primary language subtag. */
  readonly tries: ReadonlyMap<string, Trie>;
  /** Patterns stored, variants included, for the benchmark's report. */
  readonly patternCount: number;
}

// A trie entry is the rendering's index shifted by ENTRY_SHIFT, with these flags in the low bits.
const ENTRY_SHIFT = 2;
/** The variant matches only with an ending after it (see morphology.ts variantsOf). */
const NEEDS_SUFFIX = 1;
/** The concept is a name (see isName). */
const NAME = 2;

/**
 * Whether a concept is a name: one of its English renderings is one capitalized word ("Israel", "Quds", "Hamas",
 * "Al-Aqsa"). Persian and Arabic make a name's adjective with ی (اسرائیلی, ایرانی, الإسرائيلي "Israeli"; قدسی
 * "sacred", حماسی "epic"), a word of its own that English writes apart and the term's English does not match; on a
 * common noun the same ending is the indefinite or a pronoun (رژیمی "a regime").
 */
function isName(concept: TermBase["concepts"][number]): boolean {
  return concept.renderings.some((rendering) => primaryLanguage(rendering.lang) === "en" && /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(rendering.text.trim()));
}

/**
 * The keys a rendering is matched by: its own (a ZWNJ is a space in it, as in the text's), and where it has a ZWNJ
 * also the key of the rendering without it, which texts typed without one write (بینالمللی for بین‌المللی,
 * بیتالمقدس for بیت‌المقدس).
 */
function keysOf(text: string, key: string): Array<readonly [key: string, text: string]> {
  if (!text.includes("\u200c")) return [[key, text]];
  const joinedText = text.replaceAll("\u200c", "");
  const joined = termKeyOf(joinedText);
  return joined.length > 0 && joined !== key ? [[key, text], [joined, joinedText]] : [[key, text]];
}

/** Compiles a term base once; reuse the result for every paragraph until the term base changes. */
export function compileTermBase(base: TermBase): CompiledTermBase {
  const renderings: CompiledRendering[] = [];
  const patternsByLang = new Map<string, Array<{ key: string; entry: number }>>();
  let patternCount = 0;
  for (const concept of base.concepts) {
    const name = isName(concept);
    for (const rendering of concept.renderings) {
      const key = termKeyOf(rendering.text);
      if (key.length === 0) continue;
      const primary = primaryLanguage(rendering.lang);
      const index = renderings.length;
      renderings.push({
        conceptId: concept.id,
        renderingId: rendering.id,
        lang: rendering.lang,
        text: rendering.text,
        key,
        status: rendering.status,
      });
      let patterns = patternsByLang.get(primary);
      if (!patterns) patternsByLang.set(primary, (patterns = []));
      for (const [form, written] of keysOf(rendering.text, key)) {
        for (const variant of variantsOf(form, morphologyOf(primary), written)) {
          // The text's hyphens are read as word breaks, so the trie holds none.
          const flags = (variant.needsSuffix ? NEEDS_SUFFIX : 0) | (name ? NAME : 0);
          patterns.push({ key: variant.key.replaceAll("-", " "), entry: (index << ENTRY_SHIFT) | flags });
          patternCount++;
        }
      }
    }
  }
  const tries = new Map<string, Trie>();
  for (const [primary, patterns] of patternsByLang) tries.set(primary, buildTrie(patterns, morphologyOf(primary)));
  return { renderings, tries, patternCount };
}

const MAX_STACK = 1 << 12;
/** Pairs (node, key position) still to walk, for the Persian branches; shared, since matching is synchronous. */
const STACK = new Int32Array(MAX_STACK);

/**
 * One paragraph being matched: its key in the scratch buffers (normalize.ts) and the trie of its language. The
 * walks below run at every word start, so they read the buffers directly and allocate nothing but results.
 */
class Scan {
  readonly key: Uint16Array;
  readonly starts: Int32Array;
  readonly length: number;
  readonly suffixes: readonly Suffix[];
  readonly isPersian: boolean;
  readonly hashes: Int32Array;
  bestEnd = -1;
  bestDepth = 0;
  bestTermStart = 0;
  bestTermEnd = 0;
  /** The rendering of the best match; `bestMore` holds the others that tie with it (rare: shared renderings). */
  bestEntry = -1;
  bestMore: number[] | null = null;
  /** Key unit where the word being matched starts, clitics included. */
  wordStart = 0;

  constructor(
    readonly trie: Trie,
    readonly text: string,
    readonly folded: ScratchKey,
  ) {
    this.hashes = folded.hashes;
    this.key = folded.key;
    this.starts = folded.starts;
    this.length = folded.length;
    this.suffixes = trie.suffixCodes;
    this.isPersian = trie.morphology === "fa";
  }

  /** Whether key unit `at` is a hyphen or apostrophe with word units on both sides, i.e. inside one word. */
  isJoiner(at: number): boolean {
    const code = this.key[at]!;
    if (code !== HYPHEN && code !== APOSTROPHE) return false;
    return at > 0 && at + 1 < this.length && isWordCode(this.key[at - 1]!) && isWordCode(this.key[at + 1]!);
  }

  /** True when a word ends just before key unit `at`. */
  endsWord(at: number): boolean {
    return at >= this.length || (!isWordCode(this.key[at]!) && !this.isJoiner(at));
  }

  isZwnjAt(at: number): boolean {
    return at < this.length && this.key[at] === SEPARATOR && this.text.charCodeAt(this.starts[at]!) === ZWNJ;
  }

  /**
   * Whether the ending is at key unit `at`. The key writes the feminine ة as the pronoun ه; where the text has ة it is
   * no ending: الجامعة "the university" is not الجامع "the mosque" + "his", nor كتابة "writing" كتاب "book" + "his".
   */
  hasAt(suffix: Suffix, at: number): boolean {
    const codes = suffix.codes;
    if (at + codes.length > this.length) return false;
    for (let k = 0; k < codes.length; k++) if (this.key[at + k] !== codes[k]) return false;
    return !suffix.isPronounHa || this.text.charCodeAt(this.starts[at]!) !== TA_MARBUTA;
  }

  /** Key units the ending after a pattern ending at `at` takes (0 when the word ends there), or -1 when none fits. */
  endingLength(at: number, flags: number): number {
    const needsSuffix = (flags & NEEDS_SUFFIX) !== 0;
    // Persian endings may follow a ZWNJ ("رژیم‌ها"), which the key holds as a space; a real space is a word break.
    const from = this.isPersian && this.isZwnjAt(at) ? at + 1 : at;
    // Endings first: "رژیم صهیونیستی‌ها" highlights with its ending, though the ZWNJ before it also ends a word.
    // Every ending starts with a letter or an apostrophe; most patterns end before a space.
    const next = from < this.length ? this.key[from]! : SEPARATOR;
    if (!isWordCode(next) && next !== APOSTROPHE) return !needsSuffix && this.endsWord(at) ? 0 : -1;
    for (const suffix of this.suffixes) {
      if (!this.hasAt(suffix, from) || !this.endsWord(from + suffix.codes.length)) continue;
      if (suffix.isBareApostrophe && this.key[at - 1] !== 0x73) continue;
      if (suffix.isPronoun && this.hasArticle(at)) continue;
      // Glued only: after a ZWNJ (اسرائیل‌ی) the ending is written apart from the name, as no adjective is.
      if (flags & NAME && suffix.isNisba && from === at && (suffix.codes.length > 1 || !VOWEL_LETTERS.has(this.key[at - 1]!))) continue;
      return from + suffix.codes.length - at;
    }
    return !needsSuffix && this.endsWord(at) ? 0 : -1;
  }

  /**
   * Whether the word that ends at key unit `at` starts with the Arabic article, its clitics before it or not
   * (ARABIC_PREFIXES). An attached pronoun never follows it: الإسرائيلي is the adjective "Israeli", never إسرائيل
   * "Israel" + "my", nor the article and a pronoun on one noun anything else.
   */
  hasArticle(at: number): boolean {
    const { key } = this;
    let start = at - 1;
    while (start > this.wordStart && key[start - 1] !== SEPARATOR && key[start - 1] !== HYPHEN) start--;
    return ARTICLE_PREFIXES.some((prefix) => {
      if (start + prefix.length >= at) return false;
      for (let k = 0; k < prefix.length; k++) if (key[start + k] !== prefix[k]) return false;
      // ال ends the prefix: its alef as the text writes it; لل has none.
      const alef = start + prefix.length - 2;
      return key[alef] !== ALEF || ARTICLE_ALEFS.has(this.text.charCodeAt(this.starts[alef]!));
    });
  }

  /**
   * Walks the trie from `node`, reached at key unit `at` by a pattern starting at `termStart`, and records the
   * longest pattern that ends at a word end (or before an ending). In Persian, where a rendering has a word break
   * the text may put a plural or ezafe ending before it ("سرزمین اشغالی" in "سرزمین‌های اشغالی"), so the walk also
   * branches over those endings.
   */
  walk(termStart: number, from: number, fromAt: number): void {
    const { trie, key, length } = this;
    const stack = STACK;
    let top = 0;
    let node = from;
    let at = fromAt;
    for (;;) {
      while (node >= 0) {
        const terminal = trie.nodes[node * NODE_STRIDE + TERMINAL]!;
        if (terminal >= 0) this.considerTerminal(terminal, termStart, at);
        if (at >= length) break;
        let code = key[at]!;
        if (code === HYPHEN) code = SEPARATOR;
        if (this.isPersian && top < MAX_STACK - 16) {
          const space = trie.spaceChild[node]!;
          if (space >= 0) top = this.pushInnerEndings(space, at, top);
        }
        node = childOf(trie, node, code);
        at++;
      }
      if (top === 0) return;
      at = stack[--top]!;
      node = stack[--top]!;
    }
  }

  /** After a complete word of a pattern, an ending the text puts before the next word: push where to go on. */
  private pushInnerEndings(space: number, at: number, top: number): number {
    const { key } = this;
    const stack = STACK;
    let from = at;
    if (key[from] === SEPARATOR) {
      // After a ZWNJ only: "سرزمین‌های" is "سرزمین های" in the key, but "سرزمین ها" with a space is two words.
      if (!this.isZwnjAt(from)) return top;
      from++;
    }
    for (const suffix of this.suffixes) {
      const after = from + suffix.codes.length;
      if (this.hasAt(suffix, from) && after < this.length && key[after] === SEPARATOR) {
        stack[top++] = space;
        stack[top++] = after + 1;
      }
    }
    return top;
  }

  private considerTerminal(terminal: number, termStart: number, at: number): void {
    const { trie } = this;
    const depth = trie.terminalDepth[terminal]!;
    const last = trie.terminalStart[terminal + 1]!;
    for (let k = trie.terminalStart[terminal]!; k < last; k++) {
      const entry = trie.terminalEntries[k]!;
      const ending = this.endingLength(at, entry & ((1 << ENTRY_SHIFT) - 1));
      if (ending < 0) continue;
      const end = at + ending;
      if (end > this.bestEnd || (end === this.bestEnd && depth > this.bestDepth)) {
        this.bestEnd = end;
        this.bestDepth = depth;
        this.bestTermStart = termStart;
        this.bestTermEnd = at;
        this.bestEntry = entry >> ENTRY_SHIFT;
        this.bestMore = null;
      } else if (end === this.bestEnd && depth === this.bestDepth && this.bestEntry !== entry >> ENTRY_SHIFT && !this.bestMore?.includes(entry >> ENTRY_SHIFT)) {
        (this.bestMore ??= []).push(entry >> ENTRY_SHIFT);
      }
    }
  }

  /**
   * Walks every pattern that may start at `start` in the word ending at `wordEnd`: those whose first word is the
   * word, or the word without one of the endings.
   */
  walkFrom(start: number, wordEnd: number): void {
    if (wordEnd - start > MAX_HASHED_WORD) {
      this.walk(start, rootChildOf(this.trie, this.key[start]!), start + 1);
      return;
    }
    const whole = firstWordNode(this.trie.firstWords, this.key, this.hashes, start, wordEnd);
    if (whole >= 0) this.walk(start, whole, wordEnd);
    const group = this.trie.suffixGroupOf[this.key[wordEnd - 1]!]!;
    if (group < 0) return;
    for (const suffix of this.trie.suffixGroups[group]!) {
      const end = wordEnd - suffix.codes.length;
      if (end <= start || !this.hasAt(suffix, end)) continue;
      const node = firstWordNode(this.trie.firstWords, this.key, this.hashes, start, end);
      if (node >= 0) this.walk(start, node, end);
    }
  }

  /** The Arabic proclitic sequences the word at `p` starts with and still leaves two letters, as lengths. */
  prefixLengthsAt(p: number, out: number[]): number {
    let count = 0;
    const group = ARABIC_PREFIX_GROUP_OF[this.key[p]!]!;
    if (group < 0) return 0;
    for (const prefix of ARABIC_PREFIX_GROUPS[group]!) {
      const rest = p + prefix.length;
      if (rest + 1 >= this.length) continue;
      let k = 0;
      while (k < prefix.length && this.key[p + k] === prefix[k]) k++;
      if (k === prefix.length && isWordCode(this.key[rest]!) && isWordCode(this.key[rest + 1]!)) out[count++] = prefix.length;
    }
    return count;
  }
}

// The Arabic prefixes by first letter (و ف ب ک ل ا), longest first: a word is tried only against those it starts
// with. An index table by code unit, since this is asked at every Arabic word.
const ARABIC_PREFIX_GROUPS: Uint16Array[][] = [];
const ARABIC_PREFIX_GROUP_OF = new Int16Array(0x10000).fill(-1);
for (const prefix of ARABIC_PREFIXES) {
  const codes = Uint16Array.from(prefix, (ch) => ch.charCodeAt(0));
  if (ARABIC_PREFIX_GROUP_OF[codes[0]!] === -1) ARABIC_PREFIX_GROUP_OF[codes[0]!] = ARABIC_PREFIX_GROUPS.push([]) - 1;
  ARABIC_PREFIX_GROUPS[ARABIC_PREFIX_GROUP_OF[codes[0]!]!]!.push(codes);
}

// Arabic words read only whole (see text/endings.ts), as key units by length: asked at every Arabic word, so
// compared unit by unit without building a string.
const WHOLE_WORDS_BY_LENGTH: Uint16Array[][] = [];
for (const word of ARABIC_WHOLE_WORDS) {
  const units = Uint16Array.from(termKeyOf(word), (ch) => ch.charCodeAt(0));
  (WHOLE_WORDS_BY_LENGTH[units.length] ??= []).push(units);
}

function isWholeWord(key: Uint16Array, start: number, end: number): boolean {
  const words = WHOLE_WORDS_BY_LENGTH[end - start];
  if (!words) return false;
  for (const units of words) {
    let k = 0;
    while (k < units.length && units[k] === key[start + k]) k++;
    if (k === units.length) return true;
  }
  return false;
}

interface Candidate {
  start: number;
  end: number;
  depth: number;
  termStart: number;
  termEnd: number;
  entry: number;
  more: number[] | null;
}

/**
 * Of overlapping candidates the longest wins (then the deeper pattern, then the earlier): "the Leader of the
 * Islamic Revolution" over "the Leader" though both start in the same place, and "Leader of the Islamic Revolution"
 * over "the leader" starting one word earlier. Candidates come in text order; most texts have no overlap at all.
 */
/** Key units already covered by a kept candidate; shared, and cleared after each use. */
let taken = new Uint8Array(1024);

function resolveOverlaps(candidates: Candidate[], keyLength: number): Candidate[] {
  let overlaps = false;
  for (let c = 1; c < candidates.length && !overlaps; c++) overlaps = candidates[c]!.start < candidates[c - 1]!.end;
  if (!overlaps) return candidates;
  if (taken.length < keyLength) taken = new Uint8Array(2 * keyLength);
  const kept: Candidate[] = [];
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.depth - a.depth || a.start - b.start);
  for (const candidate of byLength) {
    let free = true;
    for (let k = candidate.start; k < candidate.end && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  for (const candidate of kept) taken.fill(0, candidate.start, candidate.end);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every occurrence of the compiled renderings of `lang` in `text`, in text order. Where renderings of several
 * concepts share the same winning span, each gets a match.
 */
export function matchTerms(compiled: CompiledTermBase, text: string, lang: string): TermMatch[] {
  const trie = compiled.tries.get(primaryLanguage(lang));
  if (!trie || text.length === 0) return [];
  const scan = new Scan(trie, text, foldToScratch(text));
  const { key, length } = scan;
  const isArabic = trie.morphology === "ar";
  const prefixLengths: number[] = [];
  const candidates: Candidate[] = [];
  const { wordStarts, wordEnds, wordCount } = scan.folded;
  // Word by word (the fold found them: runs of letters and digits); a word starts a match unless a hyphen or
  // apostrophe joins it to the word before ("anti-Zionist").
  for (let w = 0; w < wordCount; w++) {
    const p = wordStarts[w]!;
    const wordEnd = wordEnds[w]!;
    if (p > 0 && scan.isJoiner(p - 1)) continue;
    scan.bestEnd = -1;
    scan.bestDepth = 0;
    scan.wordStart = p;
    scan.walkFrom(p, wordEnd);
    const whole = isArabic && isWholeWord(key, p, wordEnd);
    if (isArabic && !whole && ARABIC_PREFIX_GROUP_OF[key[p]!]! >= 0) {
      const count = scan.prefixLengthsAt(p, prefixLengths);
      for (let c = 0; c < count; c++) {
        // After a clitic too (والتي): a word read only whole is no term's stem.
        if (!isWholeWord(key, p + prefixLengths[c]!, wordEnd)) scan.walkFrom(p + prefixLengths[c]!, wordEnd);
      }
    }
    // A word read only whole (التي, فقط) is a term's only where the term spans all of it.
    if (whole && (scan.bestTermStart !== p || scan.bestTermEnd < wordEnd)) continue;
    if (scan.bestEnd >= 0) {
      candidates.push({
        start: p,
        end: scan.bestEnd,
        depth: scan.bestDepth,
        termStart: scan.bestTermStart,
        termEnd: scan.bestTermEnd,
        entry: scan.bestEntry,
        more: scan.bestMore,
      });
    }
  }
  if (candidates.length === 0) return [];
  const { starts } = scan;
  const end = (i: number) => endOfUnit(starts, length, text.length, i);
  const matches: TermMatch[] = [];
  for (const candidate of resolveOverlaps(candidates, length)) {
    for (let k = -1; k < (candidate.more?.length ?? 0); k++) {
      const rendering = compiled.renderings[k < 0 ? candidate.entry : candidate.more![k]!]!;
      matches.push({
        conceptId: rendering.conceptId,
        renderingId: rendering.renderingId,
        lang,
        start: starts[candidate.start]!,
        end: end(candidate.end - 1),
        termStart: starts[candidate.termStart]!,
        termEnd: end(candidate.termEnd - 1),
        status: rendering.status,
      });
    }
  }
  return matches;
}
