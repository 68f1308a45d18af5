// Test documents with known gold, built from segment-aligned parallel data as SOURCES.md describes. English, the
// original of both datasets, gets a base paragraphing (1 to 5 segments a paragraph); each translation follows it
// but merges some paragraphs and splits others, independently of the other translation; every language drops some
// segments (an omission in a translation, or an addition when English lacks it) and one side of a document may
// carry web clutter at the top, at the bottom or, rarely, in between. Gold rows are the connected components of paragraphs that share a segment, so they hold 1-1, n-m,
// 1-0 and 0-1 links with exact gold, for any subset of the languages.

import { CLUTTER } from "./clutter";
import { LANGS, type BenchLang, type SourceDocument } from "./corpus";
import { hashString, pick, seededRandom, type Random } from "./random";

export interface Rates {
  /** Probability that a paragraph boundary of the original disappears in a translation. */
  merge: number;
  /** Probability that a boundary between two segments of a paragraph of the original appears in a translation. */
  split: number;
  /** Probability that a segment is missing on one side. */
  drop: number;
  /** Probabilities of clutter at the top, at the bottom and after any paragraph. */
  clutterTop: number;
  clutterBottom: number;
  clutterMiddle: number;
}

export const DEFAULT_RATES: Rates = {
  merge: 0.06,
  split: 0.08,
  drop: 0.02,
  clutterTop: 0.4,
  clutterBottom: 0.5,
  clutterMiddle: 0.015,
};

/**
 * The two settings the benchmark reports, half and twice the default rates of merges, splits and drops (clutter as
 * by default): a result that holds at only one rate is tuned to it.
 */
export const RATE_PRESETS = {
  low: { ...DEFAULT_RATES, merge: DEFAULT_RATES.merge / 2, split: DEFAULT_RATES.split / 2, drop: DEFAULT_RATES.drop / 2 },
  high: { ...DEFAULT_RATES, merge: DEFAULT_RATES.merge * 2, split: DEFAULT_RATES.split * 2, drop: DEFAULT_RATES.drop * 2 },
} as const satisfies Record<string, Rates>;
export type RatePreset = keyof typeof RATE_PRESETS;

export interface BuiltParagraph {
  text: string;
  /** Source segment indices, in order; empty for clutter. */
  segments: number[];
  /** UTF-16 [start, end) of each segment inside text. */
  offsets: Array<readonly [number, number]>;
  /** Where the paragraph sorts in the document (first segment; clutter between its neighbours). */
  order: number;
}

export interface BuiltDocument {
  id: string;
  dataset: string;
  sides: Record<BenchLang, BuiltParagraph[]>;
}

export type GoldRow = Partial<Record<BenchLang, number[]>>;

function baseSize(random: Random): number {
  const r = random();
  return r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.85 ? 3 : r < 0.95 ? 4 : 5;
}

export function buildDocument(source: SourceDocument, seed: number, rates: Rates = DEFAULT_RATES): BuiltDocument {
  const random = seededRandom(hashString(`${seed}:${source.id}`));
  const count = source.segments.length;
  const baseStarts = new Set<number>();
  // The first segment is the headline, a paragraph of its own in the original as on any web page.
  baseStarts.add(0);
  for (let k = 1; k < count; k += baseSize(random)) baseStarts.add(k);

  // A segment may be missing on one side, but never on all of them.
  const present = Object.fromEntries(LANGS.map((lang) => [lang, new Array<boolean>(count).fill(true)])) as Record<
    BenchLang,
    boolean[]
  >;
  for (let k = 0; k < count; k++) {
    for (const lang of LANGS) if (random() < rates.drop) present[lang][k] = false;
    if (LANGS.every((lang) => !present[lang][k])) present.en[k] = true;
  }

  // Clutter is on one side only (SOURCES.md: "insert web clutter on one side"): the top and bottom blocks each go
  // to one language drawn at random, stray items in the middle to any.
  const topSide = random() < rates.clutterTop ? pick(random, LANGS) : undefined;
  const bottomSide = random() < rates.clutterBottom ? pick(random, LANGS) : undefined;
  const sides = {} as Record<BenchLang, BuiltParagraph[]>;
  for (const lang of LANGS) {
    const starts: number[] = [];
    for (let k = 0; k < count; k++) {
      if (k === 0) starts.push(0);
      else if (lang === "en" ? baseStarts.has(k) : baseStarts.has(k) ? random() >= rates.merge : random() < rates.split) {
        starts.push(k);
      }
    }
    const paragraphs: BuiltParagraph[] = [];
    const clutter = CLUTTER[lang];
    if (topSide === lang) paragraphs.push(clutterParagraph(pick(random, clutter.top), -1));
    starts.forEach((start, index) => {
      const end = starts[index + 1] ?? count;
      const segments = range(start, end).filter((k) => present[lang][k]);
      if (segments.length > 0) paragraphs.push(paragraphOf(segments, source, lang));
      if (segments.length > 0 && index < starts.length - 1 && random() < rates.clutterMiddle) {
        paragraphs.push(clutterParagraph(pick(random, clutter.middle), segments[segments.length - 1]! + 0.5));
      }
    });
    if (bottomSide === lang) {
      const items = 1 + Math.floor(random() * 3);
      for (let c = 0; c < items; c++) paragraphs.push(clutterParagraph(pick(random, clutter.bottom), count + c));
    }
    sides[lang] = paragraphs;
  }
  return { id: source.id, dataset: source.dataset, sides };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, d) => start + d);
}

function paragraphOf(segments: number[], source: SourceDocument, lang: BenchLang): BuiltParagraph {
  let text = "";
  const offsets: Array<readonly [number, number]> = [];
  for (const k of segments) {
    if (text) text += " ";
    const segment = source.segments[k]![lang].trim();
    offsets.push([text.length, text.length + segment.length]);
    text += segment;
  }
  return { text, segments, offsets, order: segments[0]! };
}

function clutterParagraph(text: string, order: number): BuiltParagraph {
  return { text, segments: [], offsets: [], order };
}

/**
 * Gold rows over some of the languages: the connected components of their paragraphs, two paragraphs being
 * connected when they hold the same segment. In document order.
 */
export function goldRows(doc: BuiltDocument, langs: readonly BenchLang[]): GoldRow[] {
  return components(
    langs,
    (lang) => doc.sides[lang].map((paragraph) => paragraph.segments),
    (lang, index) => doc.sides[lang][index]!.order,
  );
}

/** Connected components of items (per language) that share a key, in order of their smallest order value. */
export function components(
  langs: readonly BenchLang[],
  keysOf: (lang: BenchLang) => number[][],
  orderOf: (lang: BenchLang, index: number) => number,
): GoldRow[] {
  const nodes: Array<{ lang: BenchLang; index: number }> = [];
  const parent: number[] = [];
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const owner = new Map<number, number>();
  for (const lang of langs) {
    keysOf(lang).forEach((keys, index) => {
      const node = nodes.push({ lang, index }) - 1;
      parent.push(node);
      for (const key of keys) {
        const other = owner.get(key);
        if (other === undefined) owner.set(key, node);
        else parent[find(node)] = find(other);
      }
    });
  }
  const groups = new Map<number, Array<{ lang: BenchLang; index: number }>>();
  nodes.forEach((node, x) => {
    const root = find(x);
    groups.set(root, [...(groups.get(root) ?? []), node]);
  });
  return [...groups.values()]
    .map((members) => ({
      order: Math.min(...members.map((member) => orderOf(member.lang, member.index))),
      row: Object.fromEntries(
        langs.map((lang) => [
          lang,
          members.filter((member) => member.lang === lang).map((member) => member.index).sort((a, b) => a - b),
        ]),
      ) as GoldRow,
    }))
    .sort((a, b) => a.order - b.order)
    .map(({ row }) => row);
}
