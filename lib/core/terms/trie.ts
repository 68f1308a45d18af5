// The trie of one language's patterns (rendering keys and their variants, morphology.ts), flattened into typed
// arrays for the matcher's walks.

import { ARABIC_PRONOUNS } from "../text/endings";
import { isLetterOrDigit } from "../text/fold";
import { firstWordTableOf, type FirstWordTable } from "./first-words";
import { suffixesOf, type Morphology } from "./morphology";
import { SEPARATOR } from "./normalize";

// Whether a code unit is a letter or digit (fold.ts's isLetterOrDigit), by table: 0 not yet known, 1 yes, 2 no.
const WORD_UNIT = new Uint8Array(0x10000);

export function isWordCode(code: number): boolean {
  let known = WORD_UNIT[code]!;
  if (known === 0) WORD_UNIT[code] = known = isLetterOrDigit(code) ? 1 : 2;
  return known === 1;
}

/** A suffix as code units, for comparing against the key buffer without making strings. */
export interface Suffix {
  codes: Uint16Array;
  /** "'" alone: only after an s ("Hamas'"). */
  isBareApostrophe: boolean;
  /** An Arabic attached pronoun, which a word with the article never carries. */
  isPronoun: boolean;
  /** The Arabic pronoun ه "his", whose key letter is also that of the feminine ة: only where the text writes ه. */
  isPronounHa: boolean;
  /** ی, or Persian یی after a vowel: what makes a name's adjective (see matcher.ts isName). */
  isNisba: boolean;
}

const PRONOUNS: ReadonlySet<string> = new Set(ARABIC_PRONOUNS);

function suffixCodes(suffixes: readonly string[], morphology: Morphology): Suffix[] {
  return suffixes.map((s) => ({
    codes: Uint16Array.from(s, (ch) => ch.charCodeAt(0)),
    isBareApostrophe: s === "'",
    isPronoun: morphology === "ar" && PRONOUNS.has(s),
    isPronounHa: morphology === "ar" && s === "ه",
    isNisba: (morphology === "ar" || morphology === "fa") && (s === "ی" || s === "یی"),
  }));
}

// A node's record in Trie.nodes: NODE_STRIDE numbers side by side, so that a step of a walk reads one cache line.
// Walks are bound by memory, not arithmetic: a node with one child (most of them, in multi-word renderings) holds
// that child in its record, and since nodes are numbered along the sorted patterns the child's record is next to it.
export const NODE_STRIDE = 4;
const CHILD_COUNT = 0;
/** With one child: its code unit. With more: the index in childCodes/childNodes of the first. */
const CHILD = 1;
/** Index of the node's terminal (the patterns ending there), -1 for none. */
export const TERMINAL = 2;
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
export interface Trie {
  nodes: Int32Array;
  childCodes: Uint16Array;
  childNodes: Int32Array;
  dense: Int32Array;
  /** Terminal t's patterns are terminalEntries[terminalStart[t], terminalStart[t + 1]): the rendering's index and flags (matcher.ts). */
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

/** A pattern's first word: its leading letters and digits (an apostrophe or a space ends it, as in text). */
function firstWordOf(key: string): string {
  let end = 0;
  while (end < key.length && isWordCode(key.charCodeAt(end))) end++;
  return key.slice(0, end);
}

/**
 * Builds the trie from the patterns sorted by key: each pattern shares the nodes of its longest common prefix with
 * the one before it and adds the rest, so a node's children are made in ascending code order and no per-node map
 * is needed (with one Map per node, 50,000 renderings took seconds, mostly in the garbage collector).
 */
export function buildTrie(patterns: ReadonlyArray<{ key: string; entry: number }>, morphology: Morphology): Trie {
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

  const suffixes = suffixCodes(suffixesOf(morphology), morphology);
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

export function childOf(trie: Trie, node: number, code: number): number {
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

export function rootChildOf(trie: Trie, code: number): number {
  const index = code - trie.rootLow;
  return index >= 0 && index < trie.rootChildren.length ? trie.rootChildren[index]! : -1;
}
