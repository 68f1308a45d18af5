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

/** A text without the units marked in `out`: what it keeps, and the index in the whole text of each unit kept and left out. */
export interface KeptUnits {
  text: AlignText;
  kept: number[];
  leftOut: number[];
}

export function keptUnits(text: AlignText, out: readonly boolean[] | undefined): KeptUnits {
  const kept: number[] = [];
  const leftOut: number[] = [];
  text.units.forEach((_, index) => (out?.[index] ? leftOut : kept).push(index));
  return { text: { ...text, units: kept.map((index) => text.units[index]!) }, kept, leftOut };
}

/** True when `leaveOut` marks some unit of either side. */
export function leavesOut(leaveOut: LeaveOut | undefined): leaveOut is LeaveOut {
  return Boolean(leaveOut?.source?.some(Boolean) || leaveOut?.target?.some(Boolean));
}

/**
 * The links of the kept units in the whole texts' indices, with a link of its own (score 1, leftOut) for each unit
 * left out, placed in document order on its side: before the first link that starts past it.
 */
export function restoreLeftOut(links: readonly PairLink[], source: KeptUnits, target: KeptUnits): PairLink[] {
  const out: PairLink[] = [];
  let s = 0;
  let t = 0;
  for (const link of links) {
    const whole = { ...link, source: link.source.map((index) => source.kept[index]!), target: link.target.map((index) => target.kept[index]!) };
    for (; s < source.leftOut.length && whole.source.length > 0 && source.leftOut[s]! < whole.source[0]!; s++) {
      out.push(leftOutLink([source.leftOut[s]!], []));
    }
    for (; t < target.leftOut.length && whole.target.length > 0 && target.leftOut[t]! < whole.target[0]!; t++) {
      out.push(leftOutLink([], [target.leftOut[t]!]));
    }
    out.push(whole);
  }
  for (; s < source.leftOut.length; s++) out.push(leftOutLink([source.leftOut[s]!], []));
  for (; t < target.leftOut.length; t++) out.push(leftOutLink([], [target.leftOut[t]!]));
  return out;
}

function leftOutLink(source: number[], target: number[]): PairLink {
  return { source, target, score: 1, leftOut: true };
}
