// n-way alignment of a document's texts (usually an English pivot with Persian and Arabic): confirmed rows are kept
// as they are and cut the document into stretches; in each stretch every text is aligned with the pivot, the two
// non-pivot texts with each other when there are exactly two, and the pairwise alignments are reconciled into rows.

import { segmentByAnchors, validateAnchors, type GapRanges, type PlacementOracle } from "./anchors";
import {
  alignPrepared,
  alignTraced,
  marksFewSentences,
  preparePair,
  prepareText,
  slicePrepared,
  type AlignmentTrace,
  type PairProblem,
  type PreparedText,
} from "./align-pair";
import { composeBridge, reverseLinks, type BridgeTable } from "./bridge";
import { BEADS, resolveParams } from "./model";
import { joinKey, joinShiftFor, splitBeadCosts } from "./split-prior";
import { interpolate, SHIPPED_CALIBRATION } from "./calibration";
import { reconcile } from "./reconcile";
import {
  AlignInputError,
  type AlignRow,
  type AlignStatus,
  type AlignText,
  type DocumentAlignment,
  type DocumentOptions,
  type PairLink,
} from "./types";

/** Factor on the raw score of a row on which the non-pivot texts' own alignment disagrees. */
const DISAGREEMENT = 0.35;

export function alignDocument(texts: AlignText[], options: DocumentOptions): DocumentAlignment {
  const langs = texts.map((text) => text.lang);
  if (new Set(langs).size !== langs.length) throw new AlignInputError("two texts have the same lang");
  if (texts.length === 0) return { rows: [], status: "ok" };
  const { pivot } = options;
  if (!langs.includes(pivot)) throw new AlignInputError(`the pivot "${pivot}" is not the lang of any text`);

  const sizes = Object.fromEntries(texts.map((text) => [text.lang, text.units.length]));
  const ordered = validateAnchors(options.anchors ?? [], sizes);
  const prepared = new Map(texts.map((text) => [text.lang, prepareText(text)] as const));
  const others = langs.filter((lang) => lang !== pivot);
  const totalOf = (lang: string) => prepared.get(lang)!.prefix[sizes[lang]!]!;
  // A row's sentences take the ratio of the whole document's rows: the row's own totals count a sentence that one
  // language left out into the ratio, which then reads the sentence as the others' to join rather than an omission.
  const wider = options.letterRatios ?? {};
  const ratioOf = (source: string, target: string) => {
    const [fromWider, toWider] = [wider[source], wider[target]];
    if (fromWider && toWider) return toWider / fromWider;
    return totalOf(source) > 0 && totalOf(target) > 0 ? totalOf(target) / totalOf(source) : undefined;
  };

  const segmentation = segmentByAnchors(ordered, sizes, placementOracle(prepared, pivot, options));
  const rows: AlignRow[] = [];
  let status: AlignStatus = "ok";
  segmentation.gaps.forEach((gap, k) => {
    const result = alignGapAvoiding(gap, prepared, pivot, others, options, ratioOf, langs);
    if (result.status === "gave-up") status = "gave-up";
    rows.push(...result.rows);
    const anchor = segmentation.anchors[k];
    if (anchor) rows.push(withEveryLang(anchor, langs));
  });
  const unmarked = langs.filter((lang) => marksFewSentences(prepared.get(lang)!));
  return unmarked.length > 0 ? { rows, status, unmarked } : { rows, status };
}

/**
 * A rejected row is never proposed again. Its projections on each pair are first only penalized, since with three
 * texts a rejection does not say which pair was wrong (EN–FA may have been right and EN–AR not); a rejected
 * grouping that still comes back has its projections ruled out, and that stretch is aligned again.
 */
function alignGapAvoiding(
  gap: GapRanges,
  prepared: ReadonlyMap<string, PreparedText>,
  pivot: string,
  others: readonly string[],
  options: DocumentOptions,
  ratioOf: (source: string, target: string) => number | undefined,
  langs: readonly string[],
): { rows: AlignRow[]; status: AlignStatus } {
  const rejected = options.forbidden ?? [];
  const hard = new Set<AlignRow>();
  let result = alignGap(gap, prepared, pivot, others, options, ratioOf, hard);
  // Each round rules out at least one more rejected row, so this ends; the bound is for safety.
  for (let round = 0; round <= rejected.length; round++) {
    const proposed = new Set(result.rows.map((row) => groupingKey(row, langs)));
    const back = rejected.filter((row) => !hard.has(row) && proposed.has(groupingKey(row, langs)));
    if (back.length === 0) break;
    for (const row of back) hard.add(row);
    result = alignGap(gap, prepared, pivot, others, options, ratioOf, hard);
  }
  return result;
}

function groupingKey(row: AlignRow, langs: readonly string[]): string {
  return langs.map((lang) => [...(row.cells[lang] ?? [])].sort((a, b) => a - b).join(",")).join("|");
}

// Anchors come back as given; a lang the anchor did not mention gets an empty cell so that every row has them all.
function withEveryLang(anchor: AlignRow, langs: readonly string[]): AlignRow {
  if (langs.every((lang) => lang in anchor.cells)) return anchor;
  const cells = { ...anchor.cells };
  for (const lang of langs) cells[lang] ??= [];
  return { cells, score: anchor.score };
}

function alignGap(
  gap: GapRanges,
  prepared: ReadonlyMap<string, PreparedText>,
  pivot: string,
  others: readonly string[],
  options: DocumentOptions,
  ratioOf: (source: string, target: string) => number | undefined,
  hardForbidden: ReadonlySet<AlignRow> = new Set(),
): { rows: AlignRow[]; status: AlignStatus } {
  const slice = (lang: string) => slicePrepared(prepared.get(lang)!, gap[lang]![0], gap[lang]![1]);
  const pivotText = slice(pivot);
  let status: AlignStatus = "ok";
  const texts = new Map([[pivot, pivotText], ...others.map((lang) => [lang, slice(lang)] as const)]);
  const problems = new Map<string, PairProblem>();
  // The first alignment of each pair, whose path the second (with a third text's evidence) starts from.
  const traces = new Map<string, AlignmentTrace>();
  const align = (source: string, target: string, bridge?: BridgeTable) => {
    const key = `${source}\u0000${target}`;
    let problem = problems.get(key);
    if (!problem) {
      problem = preparePair(texts.get(source)!, texts.get(target)!, pairOptions(options, source, target));
      problems.set(key, problem);
    }
    const { alignment, trace } = alignTraced(
      problem,
      {
        maxCells: options.maxCells,
        calibration: options.calibration,
        forbidden: forbiddenLinks(options.forbidden ?? [], hardForbidden, gap, source, target),
        ratioPrior: ratioOf(source, target),
        bridge,
        trace: !bridge && others.length === 2,
      },
      bridge ? traces.get(key) : undefined,
    );
    if (trace) traces.set(key, trace);
    if (alignment.status === "gave-up") status = "gave-up";
    return alignment.links;
  };

  let pairs = new Map<string, PairLink[]>(others.map((lang) => [lang, align(pivot, lang)]));
  let cross: { langs: readonly [string, string]; links: PairLink[] } | undefined;
  if (others.length === 2) {
    // Three texts: each pair is aligned once more with the evidence of the other two composed (see bridge.ts).
    const [a, b] = [others[0]!, others[1]!];
    const strength = resolveParams(options.model).bridgeStrength;
    const pa = pairs.get(a)!;
    const pb = pairs.get(b)!;
    const ab = align(a, b);
    const size = (lang: string) => texts.get(lang)!.size;
    pairs = new Map([
      [a, align(pivot, a, composeBridge(pb, reverseLinks(ab), size(pivot), strength))],
      [b, align(pivot, b, composeBridge(pa, ab, size(pivot), strength))],
    ]);
    cross = { langs: [a, b], links: align(a, b, composeBridge(reverseLinks(pa), pb, size(a), strength)) };
  }
  const rows = reconcile({ pivot, pivotSize: pivotText.size, pairs, cross, disagreement: DISAGREEMENT });
  const knots = (options.calibration ?? SHIPPED_CALIBRATION).row;
  const calibrate = others.length === 0 ? () => 1 : options.rawScores ? (raw: number) => raw : (raw: number) => interpolate(knots, raw);
  return {
    rows: rows.map((row) => ({
      cells: Object.fromEntries(Object.entries(row.cells).map(([lang, units]) => [lang, units.map((u) => u + gap[lang]![0])])),
      score: calibrate(row.score),
    })),
    status,
  };
}

// A rejected row penalizes (or rules out) its projection on each pair, in the gap's coordinates; rows outside the
// gap are moot.
function forbiddenLinks(
  forbidden: readonly AlignRow[],
  hard: ReadonlySet<AlignRow>,
  gap: GapRanges,
  source: string,
  target: string,
): Array<{ source: number[]; target: number[]; hard: boolean }> {
  const inGap = (lang: string, units: readonly number[]) =>
    units.every((unit) => unit >= gap[lang]![0] && unit < gap[lang]![1]);
  const links: Array<{ source: number[]; target: number[]; hard: boolean }> = [];
  for (const row of forbidden) {
    const s = row.cells[source] ?? [];
    const t = row.cells[target] ?? [];
    if ((s.length === 0 && t.length === 0) || !inGap(source, s) || !inGap(target, t)) continue;
    links.push({ source: s.map((u) => u - gap[source]![0]), target: t.map((u) => u - gap[target]![0]), hard: hard.has(row) });
  }
  return links;
}

/**
 * The document's options for one of its pairs: the shape priors its unitRatios give that pair, and the sentence
 * group costs its unitJoins give it. Units that are sentences (the sentence pass) join only across a unit end, which
 * the exact pass prices at the plain cost, and its 1-1 links hold one sentence a side, so the join rate it would
 * read from them says nothing: the rate comes from the document's rows instead and moves every group's cost, in the
 * units and across their ends, as the exact pass of paragraphs moves the joins inside a unit (align-pair.ts
 * joinShiftOf, which is then turned off). On the benchmark's Bible, the rows of English and Arabic differ in sentence
 * count two times in three, and the short Arabic sentences cut from an English one were left without counterpart.
 */
function pairOptions(options: DocumentOptions, source: string, target: string): DocumentOptions {
  const ratios = options.unitRatios;
  const joins = options.unitJoins?.[joinKey(source, target)];
  if (!ratios && !joins) return options;
  const params = resolveParams(options.model);
  let model = options.model;
  if (ratios) {
    const ratio = (ratios[target] ?? 1) / (ratios[source] ?? 1);
    model = { ...model, beadCost: splitBeadCosts(ratio, BEADS, params.beadCost) };
  }
  if (joins) {
    const { two, three, twoTwo } = params.sentence;
    const shift = joinShiftFor(params.sentence, joins.differ, joins.rows);
    const sentence = {
      ...params.sentence,
      two: Math.max(0, two + shift),
      three: Math.max(0, three + shift),
      twoTwo: Math.max(0, twoTwo + shift),
      joinAdapt: 0,
    };
    model = { ...model, sentence };
  }
  return { ...options, model };
}

// Where an anchor with no units in a lang sits there: after the units that a full alignment of that lang with one
// of the anchor's other langs (the pivot first) puts before the anchor's first unit.
function placementOracle(
  prepared: ReadonlyMap<string, PreparedText>,
  pivot: string,
  options: DocumentOptions,
): PlacementOracle {
  const cache = new Map<string, PairLink[]>();
  const linksOf = (source: string, target: string) => {
    const key = `${source}\u0000${target}`;
    let links = cache.get(key);
    if (!links) {
      const problem = preparePair(prepared.get(source)!, prepared.get(target)!, pairOptions(options, source, target));
      links = alignPrepared(problem, { maxCells: options.maxCells }).links;
      cache.set(key, links);
    }
    return links;
  };
  return (anchor, lang) => {
    const known = Object.keys(anchor.cells)
      .filter((other) => other !== lang && prepared.has(other) && (anchor.cells[other]?.length ?? 0) > 0)
      .sort((a, b) => Number(b === pivot) - Number(a === pivot));
    const from = known[0];
    if (from === undefined) return undefined;
    const first = anchor.cells[from]![0]!;
    // Align in the pivot's direction so that the cached pivot alignments are reused.
    if (from === pivot || lang !== pivot) {
      return unitsBefore(linksOf(from, lang), first, "source");
    }
    return unitsBefore(linksOf(lang, from), first, "target");
  };
}

/** Units of the other side in the links before the first link that holds `unit` (or a later one) on `side`. */
function unitsBefore(links: readonly PairLink[], unit: number, side: "source" | "target"): number {
  const other = side === "source" ? "target" : "source";
  let count = 0;
  for (const link of links) {
    if (link[side].some((u) => u >= unit)) break;
    count += link[other].length;
  }
  return count;
}

