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
import { HYPHEN, normalizeForTerms, SEPARATOR, termKeyOf, type TermKey } from "./normalize";
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

/** A trie flattened into typed arrays: node n's children are childCodes/childNodes[childStart[n], childStart[n+1]). */
interface Trie {
  childStart: Int32Array;
  childCodes: Uint16Array;
  childNodes: Int32Array;
  /** For each node, the patterns ending there: renderingIndex * 2 + (needsSuffix ? 1 : 0); empty for most. */
  terminals: ReadonlyArray<readonly number[] | undefined>;
  /** For each node, the pattern length (key units) ending there, for the tie-break. */
  depth: Int32Array;
  morphology: Morphology;
  suffixes: readonly string[];
}

export interface CompiledTermBase {
  readonly renderings: readonly CompiledRendering[];
  /** Tries by primary language subtag. */
  readonly tries: ReadonlyMap<string, Trie>;
  /** Patterns stored, variants included, for the benchmark's report. */
  readonly patternCount: number;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  terminals?: number[];
  depth: number;
}

function buildTrie(patterns: ReadonlyArray<{ key: string; entry: number }>, morphology: Morphology): Trie {
  const root: BuildNode = { children: new Map(), depth: 0 };
  for (const { key, entry } of patterns) {
    let node = root;
    for (let k = 0; k < key.length; k++) {
      let code = key.charCodeAt(k);
      if (code === HYPHEN) code = SEPARATOR;
      let child = node.children.get(code);
      if (!child) node.children.set(code, (child = { children: new Map(), depth: node.depth + 1 }));
      node = child;
    }
    (node.terminals ??= []).push(entry);
  }
  // Breadth-first numbering, so that each node's children are contiguous.
  const order: BuildNode[] = [root];
  for (let n = 0; n < order.length; n++) {
    const sorted = [...order[n]!.children.entries()].sort((a, b) => a[0] - b[0]);
    order[n]!.children = new Map(sorted);
    for (const [, child] of sorted) order.push(child);
  }
  const index = new Map<BuildNode, number>(order.map((node, n) => [node, n]));
  const childStart = new Int32Array(order.length + 1);
  const childCodes = new Uint16Array(order.length);
  const childNodes = new Int32Array(order.length);
  const depth = new Int32Array(order.length);
  const terminals: Array<number[] | undefined> = new Array(order.length);
  let at = 0;
  order.forEach((node, n) => {
    childStart[n] = at;
    depth[n] = node.depth;
    terminals[n] = node.terminals;
    for (const [code, child] of node.children) {
      childCodes[at] = code;
      childNodes[at++] = index.get(child)!;
    }
  });
  childStart[order.length] = at;
  return { childStart, childCodes, childNodes, terminals, depth, morphology, suffixes: suffixesOf(morphology) };
}

function childOf(trie: Trie, node: number, code: number): number {
  let low = trie.childStart[node]!;
  let high = trie.childStart[node + 1]!;
  const codes = trie.childCodes;
  if (high - low <= 8) {
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
        patterns.push({ key: variant.key, entry: index * 2 + (variant.needsSuffix ? 1 : 0) });
        patternCount++;
      }
    }
  }
  const tries = new Map<string, Trie>();
  for (const [primary, patterns] of patternsByLang) tries.set(primary, buildTrie(patterns, morphologyOf(primary)));
  return { renderings, tries, patternCount };
}

/** Whether key unit `at` is a hyphen or apostrophe with word units on both sides, i.e. inside one word. */
function isJoiner(key: string, at: number): boolean {
  const code = key.charCodeAt(at);
  if (code !== HYPHEN && code !== APOSTROPHE) return false;
  return at > 0 && at + 1 < key.length && isLetterOrDigit(key.charCodeAt(at - 1)) && isLetterOrDigit(key.charCodeAt(at + 1));
}

/** True when a word ends just before key unit `at`. */
function endsWord(key: string, at: number): boolean {
  return at >= key.length || (!isLetterOrDigit(key.charCodeAt(at)) && !isJoiner(key, at));
}

function startsWord(key: string, at: number): boolean {
  return isLetterOrDigit(key.charCodeAt(at)) && (at === 0 || (!isLetterOrDigit(key.charCodeAt(at - 1)) && !isJoiner(key, at - 1)));
}

/** Key units the ending after a pattern ending at `at` takes (0 when the word ends there), or -1 when none fits. */
function endingLength(trie: Trie, termKey: TermKey, text: string, at: number, needsSuffix: boolean): number {
  const { key } = termKey;
  // Endings first: "رژیم صهیونیستی‌ها" highlights with its ending, though the ZWNJ before it also ends a word.
  for (const suffix of trie.suffixes) {
    let from = at;
    // Persian endings may follow a ZWNJ ("رژیم‌ها"), which the key holds as a space; a real space is a word break.
    if (trie.morphology === "fa" && key.charCodeAt(from) === SEPARATOR && text.charCodeAt(termKey.starts[from]!) === ZWNJ) from++;
    if (!key.startsWith(suffix, from) || !endsWord(key, from + suffix.length)) continue;
    if (suffix === "'" && key.charCodeAt(at - 1) !== 0x73) continue;
    return from + suffix.length - at;
  }
  return !needsSuffix && endsWord(key, at) ? 0 : -1;
}

interface Best {
  end: number;
  depth: number;
  termStart: number;
  termEnd: number;
  entries: number[];
}

/**
 * Walks the trie from `node` at key unit `at` and records in `best` the patterns that end at a word end (or before
 * an ending). In Persian, where a rendering has a word break the text may put a plural or ezafe ending before it
 * ("سرزمین اشغالی" in "سرزمین‌های اشغالی"), so the walk also branches over those endings.
 */
function walk(trie: Trie, termKey: TermKey, text: string, termStart: number, best: Best): void {
  const { key } = termKey;
  const stack: number[] = [0, termStart];
  while (stack.length > 0) {
    let at = stack.pop()!;
    let node = stack.pop()!;
    for (;;) {
      const entries = trie.terminals[node];
      if (entries !== undefined && at > termStart) considerTerminal(trie, termKey, text, node, entries, termStart, at, best);
      if (at >= key.length) break;
      let code = key.charCodeAt(at);
      if (code === HYPHEN) code = SEPARATOR;
      if (trie.morphology === "fa") {
        const space = childOf(trie, node, SEPARATOR);
        if (space >= 0) pushInnerEndings(trie, termKey, text, space, at, stack);
      }
      node = childOf(trie, node, code);
      if (node < 0) break;
      at++;
    }
  }
}

function pushInnerEndings(trie: Trie, termKey: TermKey, text: string, space: number, at: number, stack: number[]): void {
  const { key } = termKey;
  let from = at;
  if (key.charCodeAt(from) === SEPARATOR) {
    // After a ZWNJ only: "سرزمین‌های" is "سرزمین های" in the key, but "سرزمین ها" with a space is two words.
    if (text.charCodeAt(termKey.starts[from]!) !== ZWNJ) return;
    from++;
  }
  for (const suffix of trie.suffixes) {
    if (key.startsWith(suffix, from) && key.charCodeAt(from + suffix.length) === SEPARATOR) stack.push(space, from + suffix.length + 1);
  }
}

function considerTerminal(
  trie: Trie,
  termKey: TermKey,
  text: string,
  node: number,
  entries: readonly number[],
  termStart: number,
  at: number,
  best: Best,
): void {
  const depth = trie.depth[node]!;
  for (const entry of entries) {
    const ending = endingLength(trie, termKey, text, at, (entry & 1) === 1);
    if (ending < 0) continue;
    const end = at + ending;
    if (end > best.end || (end === best.end && depth > best.depth)) {
      best.end = end;
      best.depth = depth;
      best.termStart = termStart;
      best.termEnd = at;
      best.entries = [entry >> 1];
    } else if (end === best.end && depth === best.depth && !best.entries.includes(entry >> 1)) {
      best.entries.push(entry >> 1);
    }
  }
}

interface Candidate {
  start: number;
  end: number;
  depth: number;
  termStart: number;
  termEnd: number;
  entries: number[];
}

/**
 * Of overlapping candidates the longest wins (then the deeper pattern, then the earlier): "the Leader of the
 * Islamic Revolution" over "the Leader" though both start in the same place, and "Leader of the Islamic Revolution"
 * over "the leader" starting one word earlier. Candidates come in text order; most texts have no overlap at all.
 */
function resolveOverlaps(candidates: Candidate[], keyLength: number): Candidate[] {
  let overlaps = false;
  for (let c = 1; c < candidates.length && !overlaps; c++) overlaps = candidates[c]!.start < candidates[c - 1]!.end;
  if (!overlaps) return candidates;
  const taken = new Uint8Array(keyLength);
  const kept: Candidate[] = [];
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.depth - a.depth || a.start - b.start);
  for (const candidate of byLength) {
    let free = true;
    for (let k = candidate.start; k < candidate.end && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every occurrence of the compiled renderings of `lang` in `text`, in text order. Where renderings of several
 * concepts share the same winning span, each gets a match.
 */
export function matchTerms(compiled: CompiledTermBase, text: string, lang: string): TermMatch[] {
  const trie = compiled.tries.get(primaryLanguage(lang));
  if (!trie || text.length === 0) return [];
  const termKey = normalizeForTerms(text);
  const { key } = termKey;
  const candidates: Candidate[] = [];
  const best: Best = { end: -1, depth: 0, termStart: 0, termEnd: 0, entries: [] };
  const isArabic = trie.morphology === "ar";
  for (let p = 0; p < key.length; p++) {
    if (!startsWord(key, p)) continue;
    best.end = -1;
    best.depth = 0;
    walk(trie, termKey, text, p, best);
    if (isArabic) {
      for (const prefix of ARABIC_PREFIXES) {
        // At least two letters must be left: "وب" is not the prefix و of a rendering "ب".
        const rest = p + prefix.length;
        if (key.startsWith(prefix, p) && isLetterOrDigit(key.charCodeAt(rest)) && isLetterOrDigit(key.charCodeAt(rest + 1))) {
          walk(trie, termKey, text, rest, best);
        }
      }
    }
    if (best.end >= 0) candidates.push({ ...best, start: p });
  }
  const matches: TermMatch[] = [];
  for (const candidate of resolveOverlaps(candidates, key.length)) {
    for (const index of candidate.entries) {
      const rendering = compiled.renderings[index]!;
      matches.push({
        conceptId: rendering.conceptId,
        renderingId: rendering.renderingId,
        lang,
        start: termKey.starts[candidate.start]!,
        end: termKey.ends[candidate.end - 1]!,
        termStart: termKey.starts[candidate.termStart]!,
        termEnd: termKey.ends[candidate.termEnd - 1]!,
        status: rendering.status,
      });
    }
  }
  return matches;
}
