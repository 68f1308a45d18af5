// Units the caller knows have no counterpart (web clutter: a breadcrumb, "Read more:", a share bar) are taken out
// before aligning and given links of their own after. Left in, such a line is one more unit for the aligner to place:
// at the top of a page it pairs with the other side's headline, in the middle it joins a neighbour's link, and a
// paragraph that the other language split around it can only be linked whole with it. Taken out, the paragraphs on
// either side of it are neighbours, and a link may step over it (English 12 with Arabic 13 and 15, Arabic 14 a line
// of clutter), which no alignment of every unit can give.

import type { AlignText, PairLink } from "./types";

/** Per side, true for each unit to leave out. */
export interface LeaveOut {
  source?: readonly boolean[];
  target?: readonly boolean[];
}

/** A text without the units marked in `out`, and the index in the whole text of each unit it keeps. */
export function keptUnits(text: AlignText, out: readonly boolean[] | undefined): { text: AlignText; kept: number[] } {
  const kept = text.units.flatMap((_, index) => (out?.[index] ? [] : [index]));
  return { text: { ...text, units: kept.map((index) => text.units[index]!) }, kept };
}

/** True when `leaveOut` marks some unit of either side. */
export function leavesOut(leaveOut: LeaveOut | undefined): leaveOut is LeaveOut {
  return Boolean(leaveOut?.source?.some(Boolean) || leaveOut?.target?.some(Boolean));
}

/**
 * The links of the kept units in the whole texts' indices, with a link of its own (score 1, leftOut) for each unit
 * left out, placed in document order on its side: before the first link that starts past it.
 */
export function restoreLeftOut(
  links: readonly PairLink[],
  kept: { source: readonly number[]; target: readonly number[] },
  sizes: { source: number; target: number },
  leaveOut: LeaveOut,
): PairLink[] {
  const outSource = leftOutIndices(leaveOut.source, sizes.source);
  const outTarget = leftOutIndices(leaveOut.target, sizes.target);
  const out: PairLink[] = [];
  let s = 0;
  let t = 0;
  for (const link of links) {
    const source = link.source.map((index) => kept.source[index]!);
    const target = link.target.map((index) => kept.target[index]!);
    if (source.length > 0) for (; s < outSource.length && outSource[s]! < source[0]!; s++) out.push(leftOutLink([outSource[s]!], []));
    if (target.length > 0) for (; t < outTarget.length && outTarget[t]! < target[0]!; t++) out.push(leftOutLink([], [outTarget[t]!]));
    out.push({ ...link, source, target });
  }
  for (; s < outSource.length; s++) out.push(leftOutLink([outSource[s]!], []));
  for (; t < outTarget.length; t++) out.push(leftOutLink([], [outTarget[t]!]));
  return out;
}

function leftOutIndices(out: readonly boolean[] | undefined, size: number): number[] {
  const indices: number[] = [];
  for (let index = 0; index < size; index++) if (out?.[index]) indices.push(index);
  return indices;
}

function leftOutLink(source: number[], target: number[]): PairLink {
  return { source, target, score: 1, leftOut: true };
}
