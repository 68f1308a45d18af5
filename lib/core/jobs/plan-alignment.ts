// What a (re-)alignment will write, computed in one pure call so that it can run off the request's thread (see
// lib/worker): the n-way rows, and for every row that is not a kept anchor, its sentence links, a new row cut in
// several where its sentences show that it joins paragraphs that do not belong together (splitAtSentenceSeams). The
// database transaction that follows only writes; it never waits for the aligner.

import {
  AlignInputError,
  alignDocument,
  alignSentences,
  furnitureLines,
  innerFurniture,
  letterRatios,
  mayHideSeams,
  oneSentenceLink,
  sentenceJoins,
  sentenceRatios,
  splitBySentences,
  stepOver,
  spansOf,
  unitSentences,
} from "../align";
import type {
  AlignRow,
  AlignStatus,
  AlignText,
  CorpusWords,
  Dictionary,
  Furniture,
  JoinCounts,
  LetterRatios,
  Lexicon,
  RowCell,
  SentenceCell,
  SentenceLink,
  UnitRatios,
  UnitSentences,
} from "../align";

export interface AlignmentPlanInput {
  texts: AlignText[];
  pivot: string;
  /** Rows that come back unchanged (confirmed rows); they get no sentence pass unless listed in `resentence`. */
  anchors?: AlignRow[];
  /** Indices of anchors whose paragraphs changed (a paragraph restored inside), so their sentences are redone. */
  resentence?: number[];
  /** Rejected groupings, never proposed again. */
  forbidden?: AlignRow[];
  lexicon?: Lexicon;
  /** General bilingual dictionaries for the paragraphs (AlignOptions.dictionaries). */
  dictionaries?: readonly Dictionary[];
  /** Word pairs learned from a corpus, for the paragraphs (AlignOptions.corpusWords); the shipped ones when not given. */
  corpusWords?: CorpusWords | null;
  /**
   * Let new rows step over the lines of page furniture inside them (stepOverFurniture) and list those lines in the
   * plan (`furniture`), for the caller to mark as clutter: an import, whose user sees the marks and can undo them. A
   * re-alignment does not, so that no line its user restored is taken out again.
   */
  markFurniture?: boolean;
}

/** A paragraph of page furniture a new row stepped over: its text's lang and its index in that text's units. */
export interface FurnitureLine {
  lang: string;
  unit: number;
}

export interface PlannedRow extends AlignRow {
  /** The index in `anchors` of the anchor this row is, or -1 for a new row. */
  anchor: number;
  /**
   * Sentence links inside a new row: empty from planRows; fillOneSentenceRows gives a row of one sentence a language
   * its one link, and alignRowSentences fills the others (see needsSentencePass); null for anchors whose stored
   * sentences are kept.
   */
  sentences: SentenceLink[] | null;
  /**
   * Set while the row's sentences are those of a pass that looked for seams (mayHideSeams), which prices a sentence
   * left out lower: they decide where the row is cut, and the row, or each of its parts, is then aligned again at
   * the ordinary price (takeSeamPriced). At the seam price, true merges' sentences came out worse: held-out sentence
   * F1 inside the benchmark's gold rows of several paragraphs, Bible at the low rate, fell from 0.767 / 0.747 to
   * 0.704 / 0.657.
   */
  seamPriced?: boolean;
}

export type AlignmentPlan =
  | {
      ok: true;
      rows: PlannedRow[];
      status: AlignStatus;
      /** Sentences per pivot sentence of each language over the rows (see rowSentenceMeasures); set with the sentences. */
      sentenceRatios?: UnitRatios;
      /** Per pair of languages, the rows whose sentence counts differ (see rowSentenceMeasures); set with the sentences. */
      sentenceJoins?: JoinCounts;
      /** Letters per pivot letter of each language over the rows (see rowSentenceMeasures); set with the sentences. */
      letterRatios?: LetterRatios;
      /** The langs whose texts mark few sentences (DocumentAlignment.unmarked): no seam cut leaves a paragraph alone. */
      unmarked?: string[];
      /** With `markFurniture`, the lines of page furniture that no row holds any more (stepOverFurniture). */
      furniture?: FurnitureLine[];
    }
  | { ok: false; reason: "anchors-inconsistent"; message: string };

export type PlanProgress = (stage: "align" | "sentences", done: number, total: number) => void;

type PlannedAlignment = Extract<AlignmentPlan, { ok: true }>;

export function planAlignment(input: AlignmentPlanInput, progress: PlanProgress = () => undefined): AlignmentPlan {
  const planned = planRows(input, progress);
  if (!planned.ok) return planned;
  const total = planned.rows.length;
  // Progress is reported about a hundred times, not once per row: each report crosses a thread.
  const every = Math.max(1, Math.floor(total / 100));
  let pass = 0;
  const split = textSentences(input.texts);
  for (const { rows, measures } of sentenceStage(planned, input, split)) {
    rows.forEach((index, k) => {
      if (pass === 0 && k % every === 0) progress("sentences", total - rows.length + k, total);
      const row = planned.rows[index]!;
      row.sentences = alignRowSentences(sentenceCells(row, input.texts, split), input.pivot, measures, row.seamPriced === true);
    });
    pass++;
  }
  progress("sentences", total, total);
  return planned;
}

/** A step of sentenceStage: the rows whose sentences its driver is to align, each at its row's price (PlannedRow.seamPriced). */
export interface SentenceStep {
  /** Indices in the plan's rows. */
  rows: number[];
  measures: SentenceMeasures;
}

/**
 * The steps of a plan after planRows, once its texts' sentences are split (textSentences), as a generator, so that
 * planAlignment here and lib/worker/plan.ts on the threads run the same steps and differ only in how they align the
 * rows each step yields, here one after another, there in batches on every thread. It gives each row of one sentence
 * a language its link and yields the rest, some at the seam price (markSeamPriced); then steps over page furniture,
 * cuts rows at their seams, and yields the rows aligned at the seam price, or their parts, to align again at the
 * ordinary price. The plan changes in place.
 */
export function* sentenceStage(
  plan: PlannedAlignment,
  input: AlignmentPlanInput,
  sentences: readonly UnitSentences[],
): Generator<SentenceStep, void, void> {
  fillOneSentenceRows(plan.rows, input.texts, sentences);
  const measures = rowSentenceMeasures(plan.rows, input.texts, sentences, input.pivot);
  Object.assign(plan, measures);
  const furniture = furnitureOf(input);
  markSeamPriced(plan.rows, furniture);
  yield { rows: plan.rows.flatMap((row, index) => (needsSentencePass(row) ? [index] : [])), measures };
  if (furniture) plan.furniture = stepOverFurniture(plan.rows, input, furniture);
  plan.rows = splitAtSentenceSeams(plan.rows, input, plan.unmarked);
  yield { rows: takeSeamPriced(plan.rows), measures };
}

/**
 * Marks the rows still waiting for their sentence pass that may hide seams (see PlannedRow.seamPriced), and those
 * that hold a line of `furniture` between two of their paragraphs, whatever their score (see stepOverFurniture).
 */
function markSeamPriced(rows: readonly PlannedRow[], furniture?: Furniture): void {
  for (const row of rows) {
    if (needsSentencePass(row) && (mayHideSeams(row.cells, row.score) || (furniture && innerFurniture(row, furniture).length > 0))) row.seamPriced = true;
  }
}

/** The lines of page furniture the plan looks for inside rows: with `markFurniture`, furnitureLines of its texts. */
function furnitureOf(input: Pick<AlignmentPlanInput, "texts" | "markFurniture">): Furniture | undefined {
  return input.markFurniture ? furnitureLines(input.texts) : undefined;
}

/**
 * New rows aligned at the seam price (see markSeamPriced) step over the lines of page furniture they hold between
 * two of their paragraphs and pair with nothing (align/split-by-sentences.ts stepOver), as a pair alignment's links
 * do (align/pair-seams.ts); the lines are returned for the caller to mark as clutter. Rows change in place, their
 * sentences with them; a row whose new grouping a reviewer rejected stays as it is.
 */
function stepOverFurniture(rows: readonly PlannedRow[], input: Pick<AlignmentPlanInput, "texts" | "forbidden">, furniture: Furniture): FurnitureLine[] {
  const langs = input.texts.map((text) => text.lang);
  const rejected = new Set((input.forbidden ?? []).map((row) => rowKey(row, langs)));
  const found: FurnitureLine[] = [];
  for (const row of rows) {
    if (row.anchor >= 0 || !row.seamPriced || !row.sentences) continue;
    const stepped = stepOver(row, row.sentences, furniture);
    if (!stepped || rejected.has(rowKey(stepped.part.row, langs))) continue;
    row.cells = stepped.part.row.cells;
    row.sentences = stepped.part.links;
    found.push(...stepped.lines.map(({ lang, unit }) => ({ lang, unit })));
  }
  return found;
}

/** The indices of the rows (or parts of rows) aligned at the seam price, their marks cleared: to align again. */
function takeSeamPriced(rows: readonly PlannedRow[]): number[] {
  const marked: number[] = [];
  rows.forEach((row, index) => {
    if (row.seamPriced) marked.push(index);
    delete row.seamPriced;
  });
  return marked;
}

/**
 * The new rows cut where their sentence links show seams (see align/split-by-sentences.ts), once every row has its
 * sentences; kept rows (anchors) stay as they are, and so does a row one of whose parts a reviewer rejected. Where a
 * text marks few sentences (`unmarked`), no cut leaves a paragraph alone but a line of page furniture (furnitureLines).
 */
export function splitAtSentenceSeams(
  rows: readonly PlannedRow[],
  input: Pick<AlignmentPlanInput, "texts" | "forbidden">,
  unmarked: readonly string[] = [],
): PlannedRow[] {
  const langs = input.texts.map((text) => text.lang);
  const rejected = new Set((input.forbidden ?? []).map((row) => rowKey(row, langs)));
  const alone = unmarked.length === 0 ? true : furnitureLines(input.texts);
  return rows.flatMap((row) => {
    if (row.anchor >= 0 || !row.sentences || row.sentences.length < 2) return [row];
    const parts = splitBySentences(row, row.sentences, { alone });
    if (parts.length === 1 || parts.some((part) => rejected.has(rowKey(part.row, langs)))) return [row];
    return parts.map((part) => ({ ...part.row, anchor: -1, sentences: part.links, ...(row.seamPriced ? { seamPriced: true } : {}) }));
  });
}

/**
 * The first half of planAlignment: the rows, each new row (or changed anchor) with an empty `sentences` that
 * fillOneSentenceRows and alignRowSentences of its sentenceCells fill in, and null for the anchors whose stored
 * sentences are kept. The rows are independent of each other, so the sentence pass can be shared among threads, and
 * the texts' sentences can be split while the rows are aligned (lib/worker/plan.ts).
 */
export function planRows(input: AlignmentPlanInput, progress: PlanProgress = () => undefined): AlignmentPlan {
  const anchors = input.anchors ?? [];
  let aligned;
  progress("align", 0, 1);
  try {
    aligned = alignDocument(input.texts, {
      pivot: input.pivot,
      anchors,
      forbidden: input.forbidden,
      lexicon: input.lexicon,
      dictionaries: input.dictionaries,
      corpusWords: input.corpusWords,
    });
  } catch (error) {
    if (error instanceof AlignInputError) return { ok: false, reason: "anchors-inconsistent", message: error.message };
    throw error;
  }
  progress("align", 1, 1);

  const langs = input.texts.map((text) => text.lang);
  const resentence = new Set(input.resentence ?? []);
  const anchorIndex = new Map(anchors.map((anchor, index) => [rowKey(anchor, langs), index]));
  const rows = aligned.rows.map((row): PlannedRow => {
    const anchor = anchorIndex.get(rowKey(row, langs)) ?? -1;
    return { ...row, anchor, sentences: anchor >= 0 && !resentence.has(anchor) ? null : [] };
  });
  return { ok: true, rows, status: aligned.status, ...(aligned.unmarked ? { unmarked: aligned.unmarked } : {}) };
}

/** Per text, how many sentences each unit holds and the span of its only one (for fillOneSentenceRows). */
export function textSentences(texts: readonly AlignText[]): UnitSentences[] {
  return texts.map((text) => unitSentences(text.units, text.lang));
}

/** Gives each row still without sentences that is one sentence a language its one link (see oneSentenceLink). */
export function fillOneSentenceRows(rows: readonly PlannedRow[], texts: readonly AlignText[], sentences: readonly UnitSentences[]): void {
  const byLang = new Map(texts.map((text, t) => [text.lang, sentences[t]!]));
  for (const row of rows) {
    if (!needsSentencePass(row)) continue;
    const cells: RowCell[] = Object.entries(row.cells)
      .filter(([, units]) => units.length > 0)
      .map(([lang, units]) => ({ lang, units, sentences: byLang.get(lang)! }));
    row.sentences = oneSentenceLink(cells, row.score) ?? [];
  }
}

/**
 * What the sentence pass reads from all the rows' sentence counts: per language, its sentences per pivot sentence
 * over the rows that have both (sentenceRatios: how the texts punctuate relative to each other, so how often a
 * sentence is cut in several), and per pair of languages, how many rows have sentences in both and how many of those
 * differ in sentence count (sentenceJoins: how often the translations join or split sentences at all), and per
 * language, its letters per pivot letter over the rows that have both (letterRatios: the length model's ratio).
 */
export function rowSentenceMeasures(rows: readonly AlignRow[], texts: readonly AlignText[], sentences: readonly UnitSentences[], pivot: string): SentenceMeasures {
  const byLang = new Map(texts.map((text, t) => [text.lang, sentences[t]!]));
  const sumOf = (lang: string, units: readonly number[], of: "count" | "letters") => units.reduce((sum, unit) => sum + byLang.get(lang)![of][unit]!, 0);
  const per = (of: "count" | "letters") => rows.map((row) => Object.fromEntries(Object.entries(row.cells).map(([lang, units]) => [lang, sumOf(lang, units, of)])));
  const counts = per("count");
  return { sentenceRatios: sentenceRatios(counts, pivot), sentenceJoins: sentenceJoins(counts), letterRatios: letterRatios(per("letters"), pivot) };
}

/** The document-wide measures a row's sentence pass reads (see rowSentenceMeasures). */
export interface SentenceMeasures {
  sentenceRatios?: UnitRatios;
  sentenceJoins?: JoinCounts;
  letterRatios?: LetterRatios;
}

/** True for a row still waiting for its sentence pass. */
export function needsSentencePass(row: PlannedRow): boolean {
  return row.sentences !== null && row.sentences.length === 0;
}

/**
 * True for a new row still waiting for its sentence pass that the pass cannot change: at most one paragraph a
 * language, so no seam to cut (splitAtSentenceSeams) and no line of page furniture inside (stepOverFurniture), and
 * not aligned at the seam price. Only its sentence links wait for the pass, not the plan's rows, so its sentences may
 * be aligned after the rows are stored (lib/server/alignment/pending-sentences.ts).
 */
export function sentencesCanWait(row: PlannedRow): boolean {
  return row.anchor < 0 && needsSentencePass(row) && !row.seamPriced && Object.values(row.cells).every((units) => units.length <= 1);
}

/**
 * True for a row of sentenceStage's second step that may wait as sentencesCanWait's rows do, once its links from the
 * first step are cleared (the caller sets them to []): a new row, final once the seams are cut, of more than one
 * sentence in some language. The second step gives it the ordinary pass's links, and so does alignStoredRowSentences
 * from its stored texts. A row of one sentence a language stays in the step: there its one link comes from the pass,
 * where alignStoredRowSentences would give it the row's score.
 */
export function reSentencingCanWait(row: PlannedRow, texts: readonly AlignText[], sentences: readonly UnitSentences[]): boolean {
  if (row.anchor >= 0) return false;
  return texts.some((text, t) => (row.cells[text.lang] ?? []).reduce((count, unit) => count + sentences[t]!.count[unit]!, 0) > 1);
}

/** The paragraphs of a row, per language that has any, with their sentences when the texts' are split: what its sentence pass reads. */
export function sentenceCells(row: AlignRow, texts: readonly AlignText[], split?: readonly UnitSentences[]): SentenceCell[] {
  return Object.entries(row.cells)
    .filter(([, units]) => units.length > 0)
    .map(([lang, units]) => {
      const t = texts.findIndex((text) => text.lang === lang);
      const paragraphs = units.map((unit) => texts[t]!.units[unit]!);
      return split ? { lang, texts: paragraphs, sentences: units.map((unit) => spansOf(split[t]!, unit)) } : { lang, texts: paragraphs };
    });
}

/** A row's sentence pass; `seams` for a row that may join paragraphs that do not belong together (mayHideSeams). */
export function alignRowSentences(cells: SentenceCell[], pivot: string, measures: SentenceMeasures = {}, seams = false): SentenceLink[] {
  return alignSentences(cells, { pivot, unitRatios: measures.sentenceRatios, unitJoins: measures.sentenceJoins, letterRatios: measures.letterRatios, seams });
}

/**
 * The sentence links of a stored row, aligned again from its texts as the import that planned it aligned them: its
 * one link when it is one sentence a language (oneSentenceLink, at the row's score), else its sentence pass at the
 * ordinary price. For an edited row (lib/server/editing/resentence.ts) and a row whose links were left for later
 * (lib/server/alignment/pending-sentences.ts).
 */
export function alignStoredRowSentences(cells: readonly SentenceCell[], rowScore: number, pivot: string, measures: SentenceMeasures = {}): SentenceLink[] {
  if (cells.length === 0) return [];
  const split = cells.map((cell) => unitSentences(cell.texts, cell.lang));
  const one = oneSentenceLink(
    cells.map((cell, k) => ({ lang: cell.lang, units: cell.texts.map((_, unit) => unit), sentences: split[k]! })),
    rowScore,
  );
  return one ?? alignRowSentences(cells.map((cell, k) => ({ ...cell, sentences: cell.texts.map((_, unit) => spansOf(split[k]!, unit)) })), pivot, measures);
}

/** A row's grouping as a string: the same units in every lang give the same key. */
function rowKey(row: AlignRow, langs: readonly string[]): string {
  return langs.map((lang) => [...(row.cells[lang] ?? [])].sort((a, b) => a - b).join(",")).join("|");
}
