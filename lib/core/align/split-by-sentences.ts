// A row whose sentences pair up inside separate groups of its paragraphs is several rows. The paragraph aligner
// judges a group of paragraphs by its sentences only up to a point (beyond it, by total lengths: see
// sentence-trust.ts), so where each language left something out, two paragraph pairs whose omissions cancel out in
// total length can come out as one 2-2 row, and a paragraph with no counterpart as part of its neighbour's row. The
// sentence pass, which aligns the row's sentences with every signal, then shows the row's seams: no sentence link
// crosses them. Cutting rows there (the benchmark's pairs at both rates, seeds 1-4: 9 cuts in 10 right) takes nothing
// from rows whose sentences do cross, which is what a true merge or a moved boundary looks like.

import { closesSentence } from "../text/sentences";
import type { AlignRow, AlignText, SentenceLink, SentenceRef } from "./types";

export interface RowPart {
  row: AlignRow;
  /** The part's sentence links, their units counted within the part's cells. */
  links: SentenceLink[];
}

export interface SplitOptions {
  /**
   * Which paragraphs a cut may leave alone, in a part that holds one language only: all of them (true, the default),
   * or those for which the function is true (given the lang and the unit's index in its text); the row stays whole
   * where a cut would leave another alone. Where a text marks few of its sentences (a classical original printed
   * without punctuation, see align-pair.ts marksFewSentences), each of its paragraphs is one sentence, so a paragraph
   * the other language split in two is one sentence against two: the sentence pass has no sentence to pair the piece
   * with, and leaving it alone costs less than a join (align-sentences.ts SEAM_SENTENCE_NULL). The paragraph aligner
   * has weighed that omission already, with the whole paragraphs' lengths and words (ModelParams.unmarked). Cuts
   * between parts that each hold both languages still go, and so do those that leave a line of page furniture alone
   * (see furnitureLines).
   */
  alone?: boolean | Furniture;
}

/**
 * True for the paragraphs that read as page furniture: a line with no sentence end ("Click here to watch the video",
 * "Leave a Reply") in a text that ends at least half of its paragraphs with one. The clutter detector leaves most
 * such lines out before the alignment; the few it keeps the paragraph aligner runs into a neighbour's link, and the
 * sentence pass is what takes them off: a seam cut may leave one alone (SplitOptions.alone, where a text marks few
 * sentences), and a row steps over one it holds between two paragraphs (stepOverFurniture). A text that seldom ends a
 * paragraph with a sentence end (verses printed without their full stops) has no such lines to tell apart.
 */
export function furnitureLines(texts: readonly AlignText[]): Furniture {
  const lines = new Map(
    texts.map((text) => {
      const open = text.units.map((unit) => !closesSentence(unit));
      const ended = open.filter((line) => !line).length;
      return [text.lang, ended >= open.length / 2 ? open : undefined] as const;
    }),
  );
  return (lang, unit) => lines.get(lang)?.[unit] === true;
}

export type Furniture = (lang: string, unit: number) => boolean;

/** A line of page furniture inside a row: its lang, its index in its text, and its place in the row's cell. */
export interface InnerLine {
  lang: string;
  unit: number;
  at: number;
}

/** The lines of `furniture` a row holds between two of its paragraphs in one language. */
export function innerFurniture(row: AlignRow, furniture: Furniture): InnerLine[] {
  const out: InnerLine[] = [];
  for (const [lang, units] of Object.entries(row.cells)) {
    for (let at = 1; at < units.length - 1; at++) if (furniture(lang, units[at]!)) out.push({ lang, unit: units[at]!, at });
  }
  return out;
}

/**
 * The row without the lines of page furniture it holds between two of its paragraphs (innerFurniture) whose sentences
 * its sentence links pair with no other language's, its links renumbered to match, and those lines; undefined when
 * there are none. "Continue reading below" between the halves of a paragraph the other language split: no alignment
 * of every paragraph in order can leave it out and keep the halves together, and no list of clutter phrases knows
 * every such line. The row then steps over it, as over a paragraph the caller left out (leave-out.ts).
 */
export function stepOver(row: AlignRow, links: readonly SentenceLink[], furniture: Furniture): { part: RowPart; lines: InnerLine[] } | undefined {
  const inner = innerFurniture(row, furniture);
  if (inner.length === 0) return undefined;
  const paired = new Set<string>();
  for (const link of links) {
    const held = Object.entries(link.spans).filter(([, refs]) => refs.length > 0);
    if (held.length > 1) for (const [lang, refs] of held) for (const ref of refs) paired.add(`${lang}:${ref.unit}`);
  }
  const lines = inner.filter((line) => !paired.has(`${line.lang}:${line.at}`));
  if (lines.length === 0) return undefined;
  const out = (lang: string, at: number) => lines.some((line) => line.lang === lang && line.at === at);
  // A sentence keeps its place in the row's cell less the lines stepped over before it.
  const shift = (lang: string, at: number) => lines.filter((line) => line.lang === lang && line.at < at).length;
  const cells = Object.fromEntries(Object.entries(row.cells).map(([lang, units]) => [lang, units.filter((_, at) => !out(lang, at))]));
  const kept = links.flatMap((link) => {
    const spans = Object.fromEntries(
      Object.entries(link.spans).map(([lang, refs]) => [lang, refs.filter((ref) => !out(lang, ref.unit)).map((ref) => ({ ...ref, unit: ref.unit - shift(lang, ref.unit) }))]),
    );
    return Object.values(spans).some((refs) => refs.length > 0) ? [{ ...link, spans }] : [];
  });
  return { part: { row: { cells, score: row.score }, links: kept }, lines };
}

/**
 * The row cut into the groups of paragraphs that its sentence links join (a paragraph whose sentences are all
 * without counterpart is a group of its own), in document order; the row whole when that is one group, or when the
 * groups are not runs of consecutive paragraphs in a consistent order in every language. Parts keep the row's score.
 */
export function splitBySentences(row: AlignRow, links: readonly SentenceLink[], options: SplitOptions = {}): RowPart[] {
  const langs = Object.keys(row.cells).filter((lang) => row.cells[lang]!.length > 0);
  // Every (language, unit of the row) is a node: the language's first node plus the unit.
  const firstNode = new Map<string, number>();
  const nodes: Array<{ lang: string; unit: number }> = [];
  for (const lang of langs) {
    firstNode.set(lang, nodes.length);
    row.cells[lang]!.forEach((_, unit) => nodes.push({ lang, unit }));
  }
  const nodeOf = (lang: string, unit: number) => firstNode.get(lang)! + unit;
  const parent = nodes.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  for (const link of links) {
    const held = Object.entries(link.spans).flatMap(([lang, refs]) => refs.map((ref) => nodeOf(lang, ref.unit)));
    for (const k of held.slice(1)) parent[find(k)] = find(held[0]!);
  }
  const groups = new Map<number, Map<string, number[]>>();
  nodes.forEach(({ lang, unit }, k) => {
    if (!groups.has(find(k))) groups.set(find(k), new Map());
    const group = groups.get(find(k))!;
    if (!group.has(lang)) group.set(lang, []);
    group.get(lang)!.push(unit);
  });
  if (groups.size === 1) return [{ row, links: [...links] }];
  const { alone = true } = options;
  const mayStandAlone = ([lang, units]: [string, number[]]) =>
    alone === true || (alone !== false && units.every((unit) => alone(lang, row.cells[lang]![unit]!)));
  if (langs.length > 1 && [...groups.values()].some((group) => group.size < 2 && ![...group].every(mayStandAlone))) return [{ row, links: [...links] }];
  const ordered = inDocumentOrder([...groups.values()], langs);
  if (!ordered) return [{ row, links: [...links] }];

  // Per node, its part and its unit within the part.
  const part = new Int32Array(nodes.length);
  const unitInPart = new Int32Array(nodes.length);
  ordered.forEach((group, p) => {
    for (const [lang, units] of group) {
      units.forEach((unit, k) => {
        part[nodeOf(lang, unit)] = p;
        unitInPart[nodeOf(lang, unit)] = k;
      });
    }
  });
  const parts: RowPart[] = ordered.map((group) => ({
    row: { cells: Object.fromEntries([...group].map(([lang, units]) => [lang, units.map((unit) => row.cells[lang]![unit]!)])), score: row.score },
    links: [],
  }));
  for (const link of links) {
    const first = Object.entries(link.spans).find(([, refs]) => refs.length > 0);
    if (!first) continue;
    const spans: Record<string, SentenceRef[]> = {};
    for (const [lang, refs] of Object.entries(link.spans)) {
      spans[lang] = refs.map((ref) => ({ ...ref, unit: unitInPart[nodeOf(lang, ref.unit)]! }));
    }
    parts[part[nodeOf(first[0], first[1][0]!.unit)]!]!.links.push({ spans, score: link.score });
  }
  return parts;
}

/**
 * The groups ordered so that, in every language, each holds a run of consecutive units and comes after the groups
 * holding earlier units; undefined when no order does (a group's units not consecutive, or two languages disagreeing).
 */
function inDocumentOrder(groups: Array<Map<string, number[]>>, langs: readonly string[]): Array<Map<string, number[]>> | undefined {
  for (const group of groups) {
    for (const units of group.values()) {
      units.sort((a, b) => a - b);
      if (units.some((unit, k) => k > 0 && unit !== units[k - 1]! + 1)) return undefined;
    }
  }
  // Each language orders the groups that hold it; together those orders must allow one order of all the groups.
  const after = groups.map(() => new Set<number>());
  for (const lang of langs) {
    const holding = groups.map((group, k) => ({ k, first: group.get(lang)?.[0] })).filter((g) => g.first !== undefined);
    holding.sort((a, b) => a.first! - b.first!);
    for (let k = 1; k < holding.length; k++) after[holding[k]!.k]!.add(holding[k - 1]!.k);
  }
  const order: number[] = [];
  const done = new Set<number>();
  while (order.length < groups.length) {
    // Groups that share no language (a paragraph left alone in each of two languages) may come in either order.
    const ready = groups.map((_, k) => k).filter((k) => !done.has(k) && [...after[k]!].every((p) => done.has(p)));
    if (ready.length === 0) return undefined;
    const next = ready[0]!;
    order.push(next);
    done.add(next);
  }
  return order.map((k) => groups[k]!);
}
