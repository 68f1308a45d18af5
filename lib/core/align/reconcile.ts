// From pairwise alignments to n-way rows. Each non-pivot text is aligned with the pivot; a row is a group of pivot
// units that some pairwise alignment links together, with every unit linked to them in each text. Rows are
// therefore consistent by construction (no crossing) and as fine as all alignments allow: where the Persian keeps
// two English paragraphs together and the Arabic does not, the row holds both, as it must.
//
// Units with no pivot counterpart (a translator's addition, clutter) sit between rows; with exactly two non-pivot
// texts their own alignment decides which of them go together. That third alignment also checks the others: a row
// whose two non-pivot cells are not linked to each other (and to nothing outside the row) by it is one on which the
// pairwise alignments disagree, and its score is lowered.
//
// A row's score is its weakest link's, not the product of its links': the links of one row are doubtful together
// (a passage hard for the EN-FA alignment is hard for the EN-AR one too), so a product counted the same doubt twice
// and ranked rows worse. Held out at the high rate (bench:align, each split's calibration fitted on the product or
// the lowest), the rows scored 0.9 or more were, of all rows (ntrex, tico, Bible), 42 / 48 / 50 % with the product
// and 52 / 66 / 51 % with the lowest on seeds 1-2, 48 / 57 / 41 % and 50 / 58 / 42 % on seeds 3-4, right 97.9-99.4 %
// of the time either way; at the low rate the same rows.

import type { AlignRow, PairLink } from "./types";

export interface ReconcileInput {
  pivot: string;
  pivotSize: number;
  /** Per non-pivot lang, its alignment with the pivot (pivot = source). */
  pairs: ReadonlyMap<string, readonly PairLink[]>;
  /** With exactly two non-pivot langs: their alignment (first = source, in `crossLangs` order). */
  cross?: { langs: readonly [string, string]; links: readonly PairLink[] };
  /** Factor applied to the score of a row on which the cross alignment disagrees. */
  disagreement: number;
  /** Filled in by reconcile: the cross link of each unit. */
  crossIndex?: { first: Map<number, number>; second: Map<number, number> };
}

interface Slot {
  /** Units of each lang that float (have no pivot counterpart) before the group of this slot. */
  floating: Map<string, number[]>;
  floatingScore: Map<string, Map<number, number>>;
}

export function reconcile(input: ReconcileInput): AlignRow[] {
  const { pivot, pivotSize, pairs } = input;
  const langs = [pivot, ...pairs.keys()];

  // Groups of pivot units: consecutive units that any pairwise link keeps together.
  const groupOf = new Int32Array(pivotSize);
  for (let u = 0; u < pivotSize; u++) groupOf[u] = u;
  const joined = new Uint8Array(Math.max(pivotSize, 1)); // joined[u]: u and u+1 are in one group
  for (const links of pairs.values()) {
    for (const link of links) for (let k = 1; k < link.source.length; k++) joined[link.source[k - 1]!] = 1;
  }
  let groups = 0;
  for (let u = 0; u < pivotSize; u++) {
    if (u > 0 && !joined[u - 1]) groups++;
    groupOf[u] = groups;
  }
  const groupCount = pivotSize === 0 ? 0 : groups + 1;

  const cells: Array<Record<string, number[]>> = Array.from({ length: groupCount }, () =>
    Object.fromEntries(langs.map((lang) => [lang, [] as number[]])),
  );
  const scores = new Float64Array(groupCount).fill(1);
  for (let u = 0; u < pivotSize; u++) cells[groupOf[u]!]![pivot]!.push(u);
  // slots[g] holds the floating units just before group g; slots[groupCount] those after the last group.
  const slots: Slot[] = Array.from({ length: groupCount + 1 }, () => ({ floating: new Map(), floatingScore: new Map() }));

  for (const [lang, links] of pairs) {
    let consumed = 0;
    for (const link of links) {
      if (link.source.length > 0) {
        const group = groupOf[link.source[0]!]!;
        cells[group]![lang]!.push(...link.target);
        scores[group] = Math.min(scores[group]!, link.score);
        consumed = link.source[link.source.length - 1]! + 1;
        continue;
      }
      // A unit with no pivot counterpart between two pivot units of one group belongs to that group.
      if (consumed > 0 && consumed < pivotSize && groupOf[consumed - 1] === groupOf[consumed]) {
        const group = groupOf[consumed]!;
        cells[group]![lang]!.push(...link.target);
        scores[group] = Math.min(scores[group]!, link.score);
        continue;
      }
      const slot = slots[consumed === 0 ? 0 : groupOf[consumed - 1]! + 1]!;
      const list = slot.floating.get(lang) ?? [];
      list.push(...link.target);
      slot.floating.set(lang, list);
      const byUnit = slot.floatingScore.get(lang) ?? new Map<number, number>();
      for (const unit of link.target) byUnit.set(unit, link.score);
      slot.floatingScore.set(lang, byUnit);
    }
  }

  if (input.cross) input.crossIndex = indexCross(input.cross.links);
  const crossCheck = input.cross ? crossChecker(input.cross, input.crossIndex!) : undefined;
  const rows: AlignRow[] = [];
  const emptyCells = () => Object.fromEntries(langs.map((lang) => [lang, [] as number[]]));
  for (let g = 0; g <= groupCount; g++) {
    rows.push(...floatingRows(slots[g]!, langs, input, emptyCells));
    if (g === groupCount) break;
    const row = cells[g]!;
    for (const lang of langs) row[lang]!.sort((a, b) => a - b);
    const agrees = crossCheck ? crossCheck(row) : true;
    rows.push({ cells: row, score: scores[g]! * (agrees ? 1 : input.disagreement) });
  }
  return rows;
}

/** Rows for the floating units of one slot: paired through the cross alignment when it links them, else alone. */
function floatingRows(
  slot: Slot,
  langs: readonly string[],
  input: ReconcileInput,
  emptyCells: () => Record<string, number[]>,
): AlignRow[] {
  const rows: AlignRow[] = [];
  const scoreOf = (lang: string, unit: number) => slot.floatingScore.get(lang)?.get(unit) ?? 0;
  const single = (lang: string, unit: number): AlignRow => {
    const cells = emptyCells();
    cells[lang] = [unit];
    return { cells, score: scoreOf(lang, unit) };
  };
  if (input.cross) {
    const [first, second] = input.cross.langs;
    const inFirst = new Set(slot.floating.get(first) ?? []);
    const inSecond = new Set(slot.floating.get(second) ?? []);
    if (inFirst.size > 0 || inSecond.size > 0) {
      const touched = new Set<number>();
      for (const unit of inFirst) touched.add(input.crossIndex!.first.get(unit)!);
      for (const unit of inSecond) touched.add(input.crossIndex!.second.get(unit)!);
      for (const index of [...touched].sort((x, y) => x - y)) {
        const link = input.cross.links[index]!;
        const a = link.source.filter((unit) => inFirst.has(unit));
        const b = link.target.filter((unit) => inSecond.has(unit));
        if (a.length === link.source.length && b.length === link.target.length && a.length > 0 && b.length > 0) {
          const cells = emptyCells();
          cells[first] = a;
          cells[second] = b;
          const pairScores = [...a.map((u) => scoreOf(first, u)), ...b.map((u) => scoreOf(second, u)), link.score];
          rows.push({ cells, score: Math.min(...pairScores) });
        } else {
          for (const unit of a) rows.push(single(first, unit));
          for (const unit of b) rows.push(single(second, unit));
        }
      }
    }
  }
  for (const lang of langs) {
    if (input.cross?.langs.includes(lang)) continue;
    for (const unit of slot.floating.get(lang) ?? []) rows.push(single(lang, unit));
  }
  return rows;
}

// The cross alignment agrees with a row when no link of it joins a unit inside the row to one outside.
function indexCross(links: readonly PairLink[]): { first: Map<number, number>; second: Map<number, number> } {
  const first = new Map<number, number>();
  const second = new Map<number, number>();
  links.forEach((link, index) => {
    for (const unit of link.source) first.set(unit, index);
    for (const unit of link.target) second.set(unit, index);
  });
  return { first, second };
}

function crossChecker(
  cross: NonNullable<ReconcileInput["cross"]>,
  index: { first: Map<number, number>; second: Map<number, number> },
): (cells: Record<string, number[]>) => boolean {
  const [first, second] = cross.langs;
  const linkOfFirst = index.first;
  const linkOfSecond = index.second;
  return (cells) => {
    const a = cells[first] ?? [];
    const b = cells[second] ?? [];
    const inA = new Set(a);
    const inB = new Set(b);
    for (const unit of [...a.map((u) => linkOfFirst.get(u)), ...b.map((u) => linkOfSecond.get(u))]) {
      if (unit === undefined) continue;
      const link = cross.links[unit]!;
      if (!link.source.every((u) => inA.has(u)) || !link.target.every((u) => inB.has(u))) return false;
    }
    return true;
  };
}
