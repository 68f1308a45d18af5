// The aligner's public shapes. Indices are 0-based unit (paragraph, line or sentence) indices of one text; a row
// or link lists, per text, the consecutive units it groups. Scores are calibrated probabilities of being right.

import type { SentenceSpan } from "../text/sentences";
import type { Calibration } from "./calibration";
import type { CorpusWords } from "./signals/corpus-words";
import type { Dictionary } from "./signals/dictionary";
import type { ModelParams } from "./model";
import type { JoinCounts, UnitRatios } from "./split-prior";

export interface AlignText {
  /** BCP-47 code such as "en", "fa" or "ar-EG". */
  lang: string;
  units: readonly string[];
}

export interface PairLink {
  source: number[];
  target: number[];
  /** Calibrated confidence in [0, 1] that this link is exactly right. */
  score: number;
  /**
   * A unit without counterpart that a link may step over: one the caller left out of the alignment (alignPair's
   * leaveOut), on its own with score 1, or a line of page furniture that a link held between two of its units
   * (pair-seams.ts), with that link's score.
   */
  leftOut?: true;
}

/** The term base: each entry is one concept with its renderings per language. */
export interface Lexicon {
  entries: ReadonlyArray<{ renderings: ReadonlyArray<{ lang: string; text: string }> }>;
}

export type AlignStatus = "ok" | "gave-up";

export interface AlignOptions {
  lexicon?: Lexicon;
  /** General bilingual dictionaries (signals/dictionary.ts), each used for the pairs of its two languages. */
  dictionaries?: readonly Dictionary[];
  /**
   * Word pairs learned from a parallel corpus (see signals/corpus-words.ts): the shipped ones when not given, none
   * when null. The benchmark gives the pairs learned from the datasets it does not report on.
   */
  corpusWords?: CorpusWords | null;
  /**
   * Bound on dynamic-programming cells per pairwise alignment (default 20 million, about 1 GB of nothing: the
   * band grows only while the path touches its edge). When a document needs more, the result says "gave-up" and
   * holds the best alignment found within the bound.
   */
  maxCells?: number;
  /** Overrides of the model's tuned constants, for the benchmark and experiments only. */
  model?: Partial<ModelParams>;
  /** Report raw (uncalibrated) scores, for fitting the calibration (bench/calibration-fit.ts). */
  rawScores?: boolean;
  /** Score maps other than the shipped ones: the benchmark fits its own on the datasets it does not report on. */
  calibration?: Calibration;
}

export interface PairStats {
  /** Cells evaluated by all passes. */
  cells: number;
  /** Half-width, in units, of the last band. */
  band: number;
  /** Learned target/source ratio of letters. */
  lengthRatio: number;
  /** Learned multiplier of the prior length variance. */
  lengthSpread: number;
}

export interface PairAlignment {
  /**
   * Every unit of both sides in exactly one link, in document order: each link's units are consecutive and follow
   * the links before it, except that a link may step over units left out (PairLink.leftOut), whose own links come
   * after it.
   */
  links: PairLink[];
  status: AlignStatus;
  stats: PairStats;
}

/** An n-way row, keyed by the lang of each text, e.g. { en: [3], fa: [2, 3], ar: [] }. */
export interface AlignRow {
  cells: Record<string, number[]>;
  score: number;
}

/** Per language, its letters per letter of a reference language (whose own is 1) over a document. */
export type LetterRatios = Readonly<Record<string, number>>;

export interface DocumentOptions extends AlignOptions {
  /** The lang of the text the others are aligned to (usually "en"). */
  pivot: string;
  /** Confirmed rows: hard constraints, returned unchanged; only the spans between them are aligned. */
  anchors?: AlignRow[];
  /** Rejected rows: the same grouping is never proposed again (see alignGapAvoiding). */
  forbidden?: AlignRow[];
  /**
   * Units per pivot unit of each language over a wider document than the one aligned (a row's sentences, with the
   * ratios of all the document's rows): how cheap a unit split in several is, pair by pair (see split-prior.ts).
   */
  unitRatios?: UnitRatios;
  /**
   * Per pair of languages, how many of a wider document's rows hold different numbers of sentences (a row's
   * sentences, with the counts of all the document's rows): how common joins and splits of units are, pair by pair
   * (see align-document.ts pairOptions). Only for units that are sentences.
   */
  unitJoins?: JoinCounts;
  /**
   * Letters of each language per letter of one reference language, over a wider document than the one aligned (a
   * row's sentences, with the totals of all the document's rows; see letterRatios): the length model's ratio for
   * each pair, in place of the aligned texts' own totals (which stay the evidence it is blended with).
   */
  letterRatios?: LetterRatios;
}

export interface DocumentAlignment {
  rows: AlignRow[];
  status: AlignStatus;
  /**
   * The langs whose texts mark few of their sentences (a classical original printed without punctuation): their
   * paragraphs are one sentence each, so a row's sentence pass is no judge of a paragraph left alone (see
   * split-by-sentences.ts SplitOptions).
   */
  unmarked?: string[];
}

export interface SentenceCell {
  lang: string;
  /** The paragraphs of this language in the row, in order. */
  texts: string[];
  /** Each paragraph's sentences when they are split already: splitSentences of texts[k] (see unitSentences). */
  sentences?: SentenceSpan[][];
}

/** A sentence as UTF-16 offsets [start, end) into texts[unit] of its cell. */
export interface SentenceRef {
  unit: number;
  start: number;
  end: number;
}

export interface SentenceLink {
  spans: Record<string, SentenceRef[]>;
  score: number;
}

/** Thrown for inputs that no alignment can honour (duplicate langs, crossing or out-of-range anchors). */
export class AlignInputError extends Error {
  override readonly name = "AlignInputError";
}
