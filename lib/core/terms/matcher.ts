// Finds every occurrence of every rendering of a term base in a text, in one left-to-right pass.
//
// Design: each language's rendering keys (normalize.ts) and their variants (morphology.ts) go into one character
// trie. The text is normalized once; at each word start, and in Arabic also after each proclitic the word begins
// with (و ف ب ك ل, ال, لل...), the trie is walked along the key as far as it goes. Every node passed that ends a
// pattern is tried against the right edge: the next key unit must end the word, or an ending of the language
// (plural, ezafe, possessive, attached pronoun) must. Of the matches starting in one word the longest wins (then the
// one with the longest pattern, so "اسرائیلی" as a rendering beats "اسرائیل" + the ezafe ی). Where the matches of
// different words overlap, the longest wins ("Zionist regime" where "regime" alone is also a rendering; "Leader of
// the Islamic Revolution" over "the Leader" in "the Leader of the Islamic Revolution").
//
// Cost: one walk per word start, each at most as deep as the longest rendering and usually a few units, so linear
// in the text; a walk's steps do not depend on how many renderings there are (a sorted child table per node,
// binary-searched when large), so term count only enters through the depth: sub-linear. An Aho-Corasick automaton
// would also find matches inside words, which we then throw away; matches only start at word starts here.
//
// Separators: a space, a hyphen and a line break inside a rendering match each other ("Zionist-regime",
// "Zionist\nregime"). At a rendering's edges a hyphen or apostrophe between two letters joins them into one word, so
// "anti-Zionist" does not contain "Zionist" and "regime-backed" does not end in "regime".

import { primaryLanguage } from "../lang/languages";
import { endOfUnit, foldToScratch, HYPHEN, SEPARATOR, termKeyOf, WORD_HASH_BASE, type ScratchKey } from "./normalize";
import { isLetterOrDigit } from "../text/fold";
import { ARABIC_PREFIXES, morphologyOf, suffixesOf, variantsOf, type Morphology } from "./morphology";
import type { TermBase, TermId, TermStatus } from "./types";

const APOSTROPHE = 0x27;
const ZWNJ = 0x200c;

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

// A node's record in Trie.nodes: NODE_STRIDE numbers side by side, so that a step of a walk reads one cache line.
// Walks are bound by memory, not arithmetic: a node with one child (most of them, in multi-word renderings) holds
// that child in its record, and since nodes are numbered along the sorted patterns the child's record is next to it.
const NODE_STRIDE = 4;
const CHILD_COUNT = 0;
/** With one child: its code unit. With more: the index in childCodes/childNodes of the first. */
const CHILD = 1;
/** Index of the node's terminal (the patterns ending there), -1 for none. */
const TERMINAL = 2;
/**
 * With one child: its node. With more: the offset in `dense` of a table from code unit to child, or -1 (search
 * childCodes); dense[offset] is the first child's code, dense[offset + 1] the span of codes, then the table.
 */
const CHILD_NODE_OR_DENSE = 3;

/**
 * A trie flattened into typed arrays. A node's children are childCodes/childNodes[first, first + count), in code
 * order; nodes with many children within a short range of codes (after "ال" every Arabic letter may follow) also get
 * a table from code to child in `dense`. Node numbers follow the sorted patterns, so a path is mostly consecutive.
 */
interface Trie {
  nodes: Int32Array;
  childCodes: Uint16Array;
  childNodes: Int32Array;
  dense: Int32Array;
  /** Terminal t's patterns are terminalEntries[terminalStart[t], terminalStart[t + 1]): renderingIndex * 2 + needsSuffix. */
  terminalStart: Int32Array;
  terminalEntries: Int32Array;
  /** The pattern length (key units) of terminal t, for the tie-break. */
  terminalDepth: Int32Array;
  /** The root's children by code unit - rootLow (-1: none): every word start looks here, so no search. */
  rootChildren: Int32Array;
  rootLow: number;
  /** Each node's child for a word break (-1: none), which the Persian walk asks at every step. */
  spaceChild: Int32Array;
  /** The patterns' first words and the node each leads to. */
  firstWords: FirstWordTable;
  morphology: Morphology;
  suffixCodes: readonly Suffix[];
  /** The endings grouped by their last code unit: a word is tried without only the endings it can end with. */
  suffixGroups: ReadonlyArray<readonly Suffix[]>;
  /** Index into suffixGroups by a word's last code unit, -1 for none (a table: this is asked at every word). */
  suffixGroupOf: Int16Array;
}

export interface CompiledTermBase {
  readonly renderings: readonly CompiledRendering[];
  /** Tries by primary language subtag. */
  readonly tries: ReadonlyMap<string, Trie>;
  /** Patterns stored, variants included, for the benchmark's report. */
  readonly patternCount: number;
}

// The first words of the patterns. A walk from the root costs a trie step per letter at every word that starts
// like some pattern, which with thousands of renderings is nearly every word, and each step is a read from a trie too
// big for the processor's cache. Instead the word (and the word without each ending, and in Arabic without each
// proclitic) is looked up by hash among the patterns' first words, and the walk starts at the node after it, or not
// at all. A hash is the polynomial of the key units mod 2^32; a candidate is compared unit by unit.
const HASH_BASE = WORD_HASH_BASE;
const MAX_HASHED_WORD = 256;
const POWERS = new Int32Array(MAX_HASHED_WORD + 1);
POWERS[0] = 1;
for (let k = 1; k <= MAX_HASHED_WORD; k++) POWERS[k] = Math.imul(POWERS[k - 1]!, HASH_BASE);

/**
 * Open addressing by hash; each slot is SLOT_STRIDE numbers side by side (one cache line per probe): the hash (0:
 * empty, so a hash of 0 is stored as 1), the node after the word, the word's offset in `codes` and its length.
 */
interface FirstWordTable {
  slots: Int32Array;
  mask: number;
  /**
   * One bit per value of the top 16 bits of a (spread) hash, set for the words in the table: 8 KB that stay in the fastest cache,
   * so that most words of a text, which start no pattern, are turned away without touching the table (with 5,000
   * first words, 93 % of other words are).
   */
  bits: Uint32Array;
  /** The words' code units, one after another. */
  codes: Uint16Array;
}

const SLOT_STRIDE = 4;
// The polynomial hash of a short word is a small number; multiplying by 2^32 / golden ratio spreads it over the top
// bits, which pick the filter's bit.
const GOLDEN = 0x9e3779b1 | 0;

/** A pattern's first word: its leading letters and digits (an apostrophe or a space ends it, as in text). */
function firstWordOf(key: string): string {
  let end = 0;
  while (end < key.length && isWordCode(key.charCodeAt(end))) end++;
  return key.slice(0, end);
}

function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, HASH_BASE) + word.charCodeAt(k)) | 0;
  return hash === 0 ? 1 : hash;
}

function firstWordTableOf(words: ReadonlyArray<{ word: string; node: number }>): FirstWordTable {
  let size = 16;
  while (size < 2 * words.length) size *= 2;
  const slots = new Int32Array(size * SLOT_STRIDE);
  const codes = new Uint16Array(words.reduce((n, w) => n + w.word.length, 0));
  const bits = new Uint32Array(2048);
  let offset = 0;
  for (const { word, node } of words) {
    const hash = hashOf(word);
    const mixed = Math.imul(hash, GOLDEN);
    bits[mixed >>> 21]! |= 1 << ((mixed >>> 16) & 31);
    let slot = hash & (size - 1);
    while (slots[slot * SLOT_STRIDE] !== 0) slot = (slot + 1) & (size - 1);
    slots.set([hash, node, offset, word.length], slot * SLOT_STRIDE);
    for (let k = 0; k < word.length; k++) codes[offset++] = word.charCodeAt(k);
  }
  return { slots, mask: size - 1, bits, codes };
}

/**
 * Builds the trie from the patterns sorted by key: each pattern shares the nodes of its longest common prefix with
 * the one before it and adds the rest, so a node's children are made in ascending code order and no per-node map
 * is needed (with one Map per node, 50,000 renderings took seconds, mostly in the garbage collector).
 */
function buildTrie(patterns: ReadonlyArray<{ key: string; entry: number }>, morphology: Morphology): Trie {
  const sorted = [...patterns].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const capacity = sorted.reduce((n, p) => n + p.key.length, 1);
  const parentOf = new Int32Array(capacity);
  const codeOf = new Uint16Array(capacity);
  const terminalOf = new Int32Array(capacity).fill(-1);
  const terminalLists: number[][] = [];
  const terminalDepths: number[] = [];
  const path = [0];
  let nodeCount = 1;
  let previous = "";
  for (const { key, entry } of sorted) {
    let common = 0;
    while (common < key.length && common < previous.length && key.charCodeAt(common) === previous.charCodeAt(common)) common++;
    path.length = common + 1;
    for (let k = common; k < key.length; k++) {
      const node = nodeCount++;
      parentOf[node] = path[k]!;
      codeOf[node] = key.charCodeAt(k);
      path.push(node);
    }
    const last = path[key.length]!;
    if (terminalOf[last] === -1) {
      terminalOf[last] = terminalLists.push([]) - 1;
      terminalDepths.push(key.length);
    }
    terminalLists[terminalOf[last]!]!.push(entry);
    previous = key;
  }

  // Children contiguous per parent: count, prefix sums, then place in node order (ascending code within a parent).
  const counts = new Int32Array(nodeCount);
  for (let n = 1; n < nodeCount; n++) counts[parentOf[n]!]!++;
  const firstChild = new Int32Array(nodeCount);
  let at = 0;
  for (let n = 0; n < nodeCount; n++) {
    firstChild[n] = at;
    at += counts[n]!;
  }
  const fill = new Int32Array(nodeCount);
  const childCodes = new Uint16Array(Math.max(1, nodeCount - 1));
  const childNodes = new Int32Array(Math.max(1, nodeCount - 1));
  for (let n = 1; n < nodeCount; n++) {
    const parent = parentOf[n]!;
    const slot = firstChild[parent]! + fill[parent]!++;
    childCodes[slot] = codeOf[n]!;
    childNodes[slot] = n;
  }

  const nodes = new Int32Array(nodeCount * NODE_STRIDE);
  const denseTables: number[] = [];
  for (let n = 0; n < nodeCount; n++) {
    const record = n * NODE_STRIDE;
    const first = firstChild[n]!;
    const count = counts[n]!;
    nodes[record + CHILD_COUNT] = count;
    nodes[record + TERMINAL] = terminalOf[n]!;
    if (count === 1) {
      nodes[record + CHILD] = childCodes[first]!;
      nodes[record + CHILD_NODE_OR_DENSE] = childNodes[first]!;
      continue;
    }
    nodes[record + CHILD] = first;
    nodes[record + CHILD_NODE_OR_DENSE] = -1;
    if (count < 6) continue;
    const low = childCodes[first]!;
    const span = childCodes[first + count - 1]! - low + 1;
    if (span > 4 * count + 32) continue;
    const offset = denseTables.length;
    nodes[record + CHILD_NODE_OR_DENSE] = offset;
    denseTables.push(low, span);
    for (let k = 0; k < span; k++) denseTables.push(-1);
    for (let c = first; c < first + count; c++) denseTables[offset + 2 + childCodes[c]! - low] = childNodes[c]!;
  }

  const terminalStart = new Int32Array(terminalLists.length + 1);
  terminalLists.forEach((list, t) => (terminalStart[t + 1] = terminalStart[t]! + list.length));
  const terminalEntries = Int32Array.from(terminalLists.flat());

  // The root's table spans only the codes its children have (a few hundred in one script), not all 65,536.
  const rootCount = counts[0]!;
  const rootLow = rootCount > 0 ? childCodes[0]! : 0;
  const rootChildren = new Int32Array(rootCount > 0 ? childCodes[rootCount - 1]! - rootLow + 1 : 0).fill(-1);
  for (let c = 0; c < rootCount; c++) rootChildren[childCodes[c]! - rootLow] = childNodes[c]!;
  const spaceChild = new Int32Array(nodeCount).fill(-1);
  for (let n = 1; n < nodeCount; n++) if (codeOf[n] === SEPARATOR) spaceChild[parentOf[n]!] = n;

  const suffixes = suffixCodes(suffixesOf(morphology));
  const firstWords = [...new Set(sorted.map((p) => firstWordOf(p.key)))].filter((word) => word.length > 0);
  const suffixGroups: Suffix[][] = [];
  const suffixGroupOf = new Int16Array(0x10000).fill(-1);
  for (const suffix of suffixes) {
    const last = suffix.codes[suffix.codes.length - 1]!;
    if (suffixGroupOf[last] === -1) suffixGroupOf[last] = suffixGroups.push([]) - 1;
    suffixGroups[suffixGroupOf[last]!]!.push(suffix);
  }
  const trie: Trie = {
    nodes,
    childCodes,
    childNodes,
    dense: Int32Array.from(denseTables),
    terminalStart,
    terminalEntries,
    terminalDepth: Int32Array.from(terminalDepths),
    rootChildren,
    rootLow,
    spaceChild,
    firstWords: firstWordTableOf([]),
    morphology,
    suffixCodes: suffixes,
    suffixGroups,
    suffixGroupOf,
  };
  trie.firstWords = firstWordTableOf(
    firstWords.map((word) => {
      let node = rootChildOf(trie, word.charCodeAt(0));
      for (let k = 1; k < word.length; k++) node = childOf(trie, node, word.charCodeAt(k));
      return { word, node };
    }),
  );
  return trie;
}

function childOf(trie: Trie, node: number, code: number): number {
  const nodes = trie.nodes;
  const record = node * NODE_STRIDE;
  const count = nodes[record + CHILD_COUNT]!;
  if (count === 1) return nodes[record + CHILD] === code ? nodes[record + CHILD_NODE_OR_DENSE]! : -1;
  if (count === 0) return -1;
  const dense = nodes[record + CHILD_NODE_OR_DENSE]!;
  if (dense >= 0) {
    const index = code - trie.dense[dense]!;
    return index >= 0 && index < trie.dense[dense + 1]! ? trie.dense[dense + 2 + index]! : -1;
  }
  let low = nodes[record + CHILD]!;
  let high = low + count;
  const codes = trie.childCodes;
  if (count <= 8) {
    for (; low < high; low++) if (codes[low] === code) return trie.childNodes[low]!;
    return -1;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    const c = codes[mid]!;
    if (c === code) return trie.childNodes[mid]!;
    if (c < code) low = mid + 1;
    else high = mid;
  }
  return -1;
}

function rootChildOf(trie: Trie, code: number): number {
  const index = code - trie.rootLow;
  return index >= 0 && index < trie.rootChildren.length ? trie.rootChildren[index]! : -1;
}

/** Compiles a term base once; reuse the result for every paragraph until the term base changes. */
export function compileTermBase(base: TermBase): CompiledTermBase {
  const renderings: CompiledRendering[] = [];
  const patternsByLang = new Map<string, Array<{ key: string; entry: number }>>();
  let patternCount = 0;
  for (const concept of base.concepts) {
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
      for (const variant of variantsOf(key, morphologyOf(primary))) {
        // The text's hyphens are read as word breaks, so the trie holds none.
        patterns.push({ key: variant.key.replaceAll("-", " "), entry: index * 2 + (variant.needsSuffix ? 1 : 0) });
        patternCount++;
      }
    }
  }
  const tries = new Map<string, Trie>();
  for (const [primary, patterns] of patternsByLang) tries.set(primary, buildTrie(patterns, morphologyOf(primary)));
  return { renderings, tries, patternCount };
}

// Whether a code unit is a letter or digit (fold.ts's isLetterOrDigit), by table: 0 not yet known, 1 yes, 2 no.
const WORD_UNIT = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  let known = WORD_UNIT[code]!;
  if (known === 0) WORD_UNIT[code] = known = isLetterOrDigit(code) ? 1 : 2;
  return known === 1;
}

/** A suffix as code units, for comparing against the key buffer without making strings. */
interface Suffix {
  codes: Uint16Array;
  /** "'" alone: only after an s ("Hamas'"). */
  isBareApostrophe: boolean;
}

function suffixCodes(suffixes: readonly string[]): Suffix[] {
  return suffixes.map((s) => ({ codes: Uint16Array.from(s, (ch) => ch.charCodeAt(0)), isBareApostrophe: s === "'" }));
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

  hasAt(suffix: Suffix, at: number): boolean {
    const codes = suffix.codes;
    if (at + codes.length > this.length) return false;
    for (let k = 0; k < codes.length; k++) if (this.key[at + k] !== codes[k]) return false;
    return true;
  }

  /** Key units the ending after a pattern ending at `at` takes (0 when the word ends there), or -1 when none fits. */
  endingLength(at: number, needsSuffix: boolean): number {
    // Persian endings may follow a ZWNJ ("رژیم‌ها"), which the key holds as a space; a real space is a word break.
    const from = this.isPersian && this.isZwnjAt(at) ? at + 1 : at;
    // Endings first: "رژیم صهیونیستی‌ها" highlights with its ending, though the ZWNJ before it also ends a word.
    // Every ending starts with a letter or an apostrophe; most patterns end before a space.
    const next = from < this.length ? this.key[from]! : SEPARATOR;
    if (!isWordCode(next) && next !== APOSTROPHE) return !needsSuffix && this.endsWord(at) ? 0 : -1;
    for (const suffix of this.suffixes) {
      if (!this.hasAt(suffix, from) || !this.endsWord(from + suffix.codes.length)) continue;
      if (suffix.isBareApostrophe && this.key[at - 1] !== 0x73) continue;
      return from + suffix.codes.length - at;
    }
    return !needsSuffix && this.endsWord(at) ? 0 : -1;
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
      const ending = this.endingLength(at, (entry & 1) === 1);
      if (ending < 0) continue;
      const end = at + ending;
      if (end > this.bestEnd || (end === this.bestEnd && depth > this.bestDepth)) {
        this.bestEnd = end;
        this.bestDepth = depth;
        this.bestTermStart = termStart;
        this.bestTermEnd = at;
        this.bestEntry = entry >> 1;
        this.bestMore = null;
      } else if (end === this.bestEnd && depth === this.bestDepth && this.bestEntry !== entry >> 1 && !this.bestMore?.includes(entry >> 1)) {
        (this.bestMore ??= []).push(entry >> 1);
      }
    }
  }

  /** The node after the first word [start, end) of some pattern, or -1. */
  private firstWordNode(start: number, end: number): number {
    const table = this.trie.firstWords;
    const hashes = this.hashes;
    const length = end - start;
    const raw = (hashes[end]! - Math.imul(hashes[start]!, POWERS[length]!)) | 0;
    const hash = raw === 0 ? 1 : raw;
    const mixed = Math.imul(hash, GOLDEN);
    if ((table.bits[mixed >>> 21]! & (1 << ((mixed >>> 16) & 31))) === 0) return -1;
    const { slots, mask, codes } = table;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_STRIDE;
      const stored = slots[at]!;
      if (stored === 0) return -1;
      if (stored !== hash || slots[at + 3] !== length) continue;
      const offset = slots[at + 2]!;
      let k = 0;
      while (k < length && this.key[start + k] === codes[offset + k]) k++;
      if (k === length) return slots[at + 1]!;
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
    const whole = this.firstWordNode(start, wordEnd);
    if (whole >= 0) this.walk(start, whole, wordEnd);
    const group = this.trie.suffixGroupOf[this.key[wordEnd - 1]!]!;
    if (group < 0) return;
    for (const suffix of this.trie.suffixGroups[group]!) {
      const end = wordEnd - suffix.codes.length;
      if (end <= start || !this.hasAt(suffix, end)) continue;
      const node = this.firstWordNode(start, end);
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
    scan.walkFrom(p, wordEnd);
    if (isArabic && ARABIC_PREFIX_GROUP_OF[key[p]!]! >= 0) {
      const count = scan.prefixLengthsAt(p, prefixLengths);
      for (let c = 0; c < count; c++) scan.walkFrom(p + prefixLengths[c]!, wordEnd);
    }
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
