// The pairwise entry point, with the doubtful links of several paragraphs cut where their sentences show seams. The
// paragraph aligner judges a group of paragraphs by its sentences only up to a point (sentence-trust.ts) and reads
// the names, numbers and words that pin a sentence down only where they are rare in the whole document, so two
// paragraph pairs that each lost a sentence can come out as one 2-2 link, and a paragraph with no counterpart as part
// of its neighbour's link. Aligning the link's own sentences, where a word is rare within the link, shows the seam
// (split-by-sentences.ts); an import does the same to its rows after its sentence pass. Here no sentence pass follows,
// so one is run for the doubtful links only: on the benchmark's pairs (both rates, seeds 1-2) every link of several
// paragraphs gave 48 right cuts and 4 wrong ones, those with a posterior under 0.9 42 and 3, for two fifths of the
// sentence alignments (on the 7,500-paragraph pair of bench:cli, 256 of its 897 such links). A link that holds a line
// of page furniture between two of its units is read too, and steps over the line where its sentences pair with
// nothing (split-by-sentences.ts stepOver).

import { alignPrepared, marksFewSentences, preparePair, prepareText, type PairOptions } from "./align-pair";
import { alignSentences } from "./align-sentences";
import { beadKey } from "./bead-costs";
import { interpolate, SHIPPED_CALIBRATION } from "./calibration";
import { keptUnits, leavesOut, restoreLeftOut, type LeaveOut } from "./leave-out";
import { furnitureLines, innerFurniture, splitBySentences, stepOver, type Furniture, type SplitOptions } from "./split-by-sentences";
import { AlignInputError, type AlignRow, type AlignText, type PairAlignment, type PairLink } from "./types";

/** Links whose posterior is at least this are left whole. */
export const SEAM_DOUBT = 0.9;

/**
 * The paragraphs of the links whose sentences are aligned, at most this share of the pair's (or 100): a loose
 * translation can leave most links doubtful, and the cuts must not cost more than the alignment did (a sentence
 * alignment costs about as much per sentence as the pair's alignment per paragraph). The most doubtful go first.
 */
export const SEAM_BUDGET = { share: 0.25, least: 100 };

export interface AlignPairOptions extends PairOptions {
  /**
   * Units known to have no counterpart (web clutter, see leave-out.ts): each gets a link of its own, and the others
   * are aligned as if it were not there. `forbidden` links holding such a unit are dropped; `bridge` cannot be given.
   */
  leaveOut?: LeaveOut;
}

export function alignPair(source: AlignText, target: AlignText, options: AlignPairOptions = {}): PairAlignment {
  const { leaveOut, ...rest } = options;
  if (!leavesOut(leaveOut)) return alignAll(source, target, rest);
  if (rest.bridge) throw new AlignInputError("a bridge table cannot be given with units left out");
  const kept = { source: keptUnits(source, leaveOut.source), target: keptUnits(target, leaveOut.target) };
  const inner = { source: inverse(kept.source.kept), target: inverse(kept.target.kept) };
  const forbidden = rest.forbidden?.flatMap((link) => {
    const s = link.source.map((index) => inner.source.get(index));
    const t = link.target.map((index) => inner.target.get(index));
    return s.includes(undefined) || t.includes(undefined) ? [] : [{ ...link, source: s as number[], target: t as number[] }];
  });
  const aligned = alignAll(kept.source.text, kept.target.text, { ...rest, forbidden });
  return { ...aligned, links: restoreLeftOut(aligned.links, kept.source, kept.target) };
}

function inverse(kept: readonly number[]): Map<number, number> {
  return new Map(kept.map((whole, index) => [whole, index]));
}

function alignAll(source: AlignText, target: AlignText, options: PairOptions): PairAlignment {
  const prepared = [prepareText(source), prepareText(target)] as const;
  const raw = alignPrepared(preparePair(prepared[0], prepared[1], options), { ...options, rawScores: true });
  // The document's ratio of letters, from its totals. The import's sentence pass reads it from the rows that hold
  // both languages (letterRatios), which leaves out what either language dropped; read so from the links, it moved
  // held-out strict F1 by 0.001 either way (better on ntrex, worse on the Bible), so the totals stay.
  const ratio = prepared[1].prefix[prepared[1].size]! / Math.max(1, prepared[0].prefix[prepared[0].size]!);
  const budget = Math.max(SEAM_BUDGET.least, SEAM_BUDGET.share * (source.units.length + target.units.length));
  // Where a text marks few sentences, a cut leaves no paragraph alone but a line of page furniture (SplitOptions).
  const furniture = furnitureLines([source, target]);
  const alone = marksFewSentences(prepared[0]) || marksFewSentences(prepared[1]) ? furniture : true;
  const links = raw.status === "ok" ? cutAtSentenceSeams(raw.links, source, target, ratio, options, budget, alone, furniture) : raw.links;
  if (options.rawScores) return { ...raw, links };
  const knots = (options.calibration ?? SHIPPED_CALIBRATION).pair;
  return { ...raw, links: links.map((link) => ({ ...link, score: interpolate(knots, link.score) })) };
}

/**
 * True for a link or row of several paragraphs in at least two languages, with a score under SEAM_DOUBT (a link's
 * posterior, a row's calibrated score: at 0.97 or 1 instead, an import cut the same rows on the benchmark): one that
 * may join paragraphs that do not belong together, so that its sentence pass looks for seams (see
 * align-sentences.ts SEAM_SENTENCE_NULL). A 1-1 link has no seam to cut.
 */
export function mayHideSeams(cells: Readonly<Record<string, readonly number[]>>, score: number): boolean {
  let languages = 0;
  let several = false;
  for (const units of Object.values(cells)) {
    if (units.length === 0) continue;
    languages++;
    several ||= units.length > 1;
  }
  return languages >= 2 && several && score < SEAM_DOUBT;
}

/**
 * Each link of several paragraphs with both sides present and a posterior under SEAM_DOUBT, cut into the groups of
 * paragraphs its sentences pair up in (parts keep its score); whole when that is one group, when a part is a
 * grouping the caller forbade, or when a part would leave a paragraph alone that `alone` says may not stand so. A
 * link that holds a line of `furniture` between two of its units on one side is read whatever its posterior, and
 * steps over each such line whose sentences its sentence pass leaves without counterpart (see innerFurniture); it is
 * not cut further. The links read hold at most `budget` paragraphs in all, those with such lines first, then the
 * most doubtful.
 */
export function cutAtSentenceSeams(
  links: readonly PairLink[],
  source: AlignText,
  target: AlignText,
  ratio: number,
  options: PairOptions = {},
  budget = Infinity,
  alone: SplitOptions["alone"] = true,
  furniture?: Furniture,
): PairLink[] {
  if (source.lang === target.lang) return [...links];
  const forbidden = new Set((options.forbidden ?? []).map((link) => keyOf(link)));
  const rowOf = (link: PairLink): AlignRow => ({ cells: { [source.lang]: link.source, [target.lang]: link.target }, score: link.score });
  const holdsFurniture = new Set(furniture ? links.filter((link) => innerFurniture(rowOf(link), furniture).length > 0) : []);
  const doubtful = links
    .filter((link) => holdsFurniture.has(link) || mayHideSeams(rowOf(link).cells, link.score))
    .sort((a, b) => Number(holdsFurniture.has(b)) - Number(holdsFurniture.has(a)) || a.score - b.score);
  const read = new Set<PairLink>();
  for (const link of doubtful) {
    budget -= link.source.length + link.target.length;
    if (budget < 0) break;
    read.add(link);
  }
  const out: PairLink[] = [];
  for (const link of links) {
    const { source: s, target: t, score } = link;
    if (!read.has(link)) {
      out.push(link);
      continue;
    }
    const sentences = alignSentences(
      [
        { lang: source.lang, texts: s.map((u) => source.units[u]!) },
        { lang: target.lang, texts: t.map((u) => target.units[u]!) },
      ],
      { model: options.model, lexicon: options.lexicon, dictionaries: options.dictionaries, pivot: source.lang, letterRatios: { [source.lang]: 1, [target.lang]: ratio }, seams: true },
    );
    const stepped = furniture && holdsFurniture.has(link) ? stepOver(rowOf(link), sentences, furniture) : undefined;
    if (stepped) {
      const { cells } = stepped.part.row;
      const rest = { source: cells[source.lang]!, target: cells[target.lang]!, score };
      if (!forbidden.has(keyOf(rest))) {
        const sideOf = (lang: string) => (lang === source.lang ? "source" : "target");
        out.push(rest, ...stepped.lines.map((line): PairLink => ({ source: [], target: [], [sideOf(line.lang)]: [line.unit], score, leftOut: true })));
        continue;
      }
    }
    const parts = splitBySentences(rowOf(link), sentences, { alone }).map(({ row }) => ({
      source: [...(row.cells[source.lang] ?? [])],
      target: [...(row.cells[target.lang] ?? [])],
      score,
    }));
    if (parts.length > 1 && !parts.some((part) => forbidden.has(keyOf(part)))) out.push(...parts);
    else out.push(link);
  }
  return out;
}

function keyOf(link: { source: readonly number[]; target: readonly number[] }): string {
  return beadKey(link.source[0] ?? 0, link.source.length, link.target[0] ?? 0, link.target.length);
}
