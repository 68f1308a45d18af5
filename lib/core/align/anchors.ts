// Confirmed rows are law: re-alignment keeps them exactly and aligns only the stretches between them. This module
// checks that a set of anchors can be honoured at all and cuts the document into those stretches ("gaps").
//
// An anchor with no units in some language (a confirmed omission, { en: [5], fa: [], ar: [5] }) does not say where
// it sits in that language. It is placed where a preliminary alignment of that language with a language in which
// the anchor does have units puts it; without one, right after the previous anchor that has units there.

import { AlignInputError, type AlignRow } from "./types";

/** For each language, the [start, end) unit range of a gap between two anchors (or a document edge). */
export type GapRanges = Record<string, readonly [number, number]>;

export interface Segmentation {
  /** anchors.length + 1 gaps: before the first anchor, between consecutive ones, after the last. */
  gaps: GapRanges[];
  /** The anchors in document order. */
  anchors: AlignRow[];
}

/**
 * Where in `lang` an anchor that has no units there should sit: the number of units of `lang` that come before
 * it. `undefined` when there is no way to tell.
 */
export type PlacementOracle = (anchor: AlignRow, lang: string) => number | undefined;

export function validateAnchors(anchors: readonly AlignRow[], sizes: Readonly<Record<string, number>>): AlignRow[] {
  const used = new Map<string, Set<number>>();
  for (const anchor of anchors) {
    const langs = Object.keys(anchor.cells);
    if (!langs.some((lang) => (anchor.cells[lang]?.length ?? 0) > 0)) {
      throw new AlignInputError("an anchor row has no units");
    }
    for (const lang of langs) {
      const units = anchor.cells[lang]!;
      if (!(lang in sizes)) {
        if (units.length > 0) throw new AlignInputError(`an anchor row names "${lang}", which is not one of the texts`);
        continue;
      }
      const seen = used.get(lang) ?? new Set<number>();
      used.set(lang, seen);
      units.forEach((unit, k) => {
        if (!Number.isInteger(unit) || unit < 0 || unit >= sizes[lang]!) {
          throw new AlignInputError(`anchor unit ${lang}:${unit} is out of range`);
        }
        if (k > 0 && unit !== units[k - 1]! + 1) {
          throw new AlignInputError(`anchor units ${lang}:${units.join(",")} are not consecutive`);
        }
        if (seen.has(unit)) throw new AlignInputError(`unit ${lang}:${unit} is in two anchor rows`);
        seen.add(unit);
      });
    }
  }
  return orderAnchors(anchors);
}

// Anchors sharing a language are ordered by it; the order must be the same in every language they share.
function orderAnchors(anchors: readonly AlignRow[]): AlignRow[] {
  const firstIn = (row: AlignRow, lang: string) => row.cells[lang]?.[0];
  const compare = (a: AlignRow, b: AlignRow): number => {
    let sign = 0;
    for (const lang of Object.keys(a.cells)) {
      const x = firstIn(a, lang);
      const y = firstIn(b, lang);
      if (x === undefined || y === undefined) continue;
      const s = Math.sign(x - y);
      if (sign !== 0 && s !== sign) throw new AlignInputError("two anchor rows cross");
      sign = s;
    }
    return sign;
  };
  // Insertion sort with the partial order, then a full pairwise check: anchor sets are small.
  const ordered: AlignRow[] = [];
  for (const anchor of anchors) {
    let at = ordered.length;
    while (at > 0 && compare(ordered[at - 1]!, anchor) > 0) at--;
    ordered.splice(at, 0, anchor);
  }
  for (let a = 0; a < ordered.length; a++) {
    for (let b = a + 1; b < ordered.length; b++) {
      if (compare(ordered[a]!, ordered[b]!) > 0) throw new AlignInputError("two anchor rows cross");
    }
  }
  return ordered;
}

export function segmentByAnchors(
  ordered: readonly AlignRow[],
  sizes: Readonly<Record<string, number>>,
  place: PlacementOracle,
): Segmentation {
  const langs = Object.keys(sizes);
  // before[k][lang]: units of lang before anchor k; after[k][lang]: units of lang up to the end of anchor k.
  const before: Array<Record<string, number>> = ordered.map(() => ({}));
  const after: Array<Record<string, number>> = ordered.map(() => ({}));
  for (const lang of langs) {
    let floor = 0;
    ordered.forEach((anchor, k) => {
      const units = anchor.cells[lang] ?? [];
      if (units.length > 0) {
        before[k]![lang] = units[0]!;
        after[k]![lang] = units[units.length - 1]! + 1;
      } else {
        const ceiling = nextStart(ordered, k, lang, sizes[lang]!);
        const guess = place(anchor, lang) ?? floor;
        before[k]![lang] = after[k]![lang] = Math.min(Math.max(guess, floor), ceiling);
      }
      floor = after[k]![lang]!;
    });
  }
  const gaps: GapRanges[] = [];
  for (let k = 0; k <= ordered.length; k++) {
    const gap: Record<string, readonly [number, number]> = {};
    for (const lang of langs) gap[lang] = [k === 0 ? 0 : after[k - 1]![lang]!, k === ordered.length ? sizes[lang]! : before[k]![lang]!];
    gaps.push(gap);
  }
  return { gaps, anchors: [...ordered] };
}

function nextStart(ordered: readonly AlignRow[], k: number, lang: string, size: number): number {
  for (let next = k + 1; next < ordered.length; next++) {
    const units = ordered[next]!.cells[lang] ?? [];
    if (units.length > 0) return units[0]!;
  }
  return size;
}
