// The constants of the pairwise model in one place. Costs are in nats: a bead's cost is minus the log of how
// likely it is, so the dynamic program's sum is a log-likelihood and its forward-backward gives probabilities.
// Tuned on the dev half of the benchmark (bench/, documents split by doc id); the test half is reported apart.

import type { LearnParams } from "./signals/learned-words";

/**
 * Bead shapes: [source units, target units]. The order is the engine's bead index. Every m-n up to four a side: at
 * twice the builder's default merges, splits and drops, 3-3, 4-2, 2-4 and 4-3 links were 0.2 % of the gold but, with
 * no bead to hold them, a twentieth of the wrong links (each cut into two or three wrong ones).
 */
export const BEADS: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4],
  [3, 3], [4, 2], [2, 4], [4, 3], [3, 4], [4, 4],
];
export const BEAD_COUNT = BEADS.length;
/** BEADS as two typed arrays, for the inner loops. */
export const BEAD_SOURCE = Int8Array.from(BEADS.map(([a]) => a));
export const BEAD_TARGET = Int8Array.from(BEADS.map(([, b]) => b));
/** Largest number of units of one side in a bead. */
export const MAX_BEAD_SPAN = 4;

export interface ModelParams {
  /** Minus log prior of each bead shape, in BEADS order. */
  beadCost: number[];
  /** Cost of a unit with no counterpart: a constant plus so much per letter (long omissions are rare). */
  nullCost: number;
  nullCostPerLetter: number;
  /**
   * Exact pass: added to nullCost for a unit that reads as prose (it ends with a sentence end, or holds two sentences
   * or more), taken off it for any other (a heading, a menu, a caption, a line of page furniture). Translators seldom
   * leave out a paragraph of running text, and what one side of a page has alone is mostly such lines; a short piece
   * of prose split off a paragraph belongs in its neighbour's link far more often than it stands alone.
   */
  nullProse: number;
  /**
   * Exact pass: added to nullCost for a unit that ends with a clause mark (a salutation's "...," or a list item's
   * ";") or follows one: a sentence that runs across units. 0 for paragraphs; a sentence pass that looks for seams,
   * where a sentence left out is cheaper, sets it so that such a line still costs the ordinary price (see
   * align-sentences.ts).
   */
  nullRunOn: number;
  /** Length variance prior (per pair of scripts, scaled per document): additive and relative parts. */
  varianceAdditive: number;
  varianceRelative: number;
  /** Degrees of freedom of the Student-t length cost: heavy tails so one partial translation is not fatal. */
  lengthTailDof: number;
  /** Weight of a lexical match: weight(signal) * log(1 + idfScale / documentFrequency). */
  idfScale: number;
  /**
   * Cost of an unmatched token in a paired unit, by signal id (signals a translation seldom loses). Common words too:
   * one says little, but a translation keeps about three in four of them and a wrong neighbour about one in five (on
   * the benchmark's gold 1-1 links), so a unit joined to a paragraph that lacks its common words pays for each.
   */
  signalMiss: Record<string, number>;
  /**
   * Added to the miss cost of a token whose key is in no other unit of its side and in exactly one unit of the other,
   * near the same place in the document (see anchor-table.ts anchoredKeys), times its signal's weight.
   */
  anchorMiss: number;
  /** Scale at which a unit's lexical evidence saturates: score = c * log(1 + evidence / c). */
  lexicalCeiling: number;
  /** How much a match among k units is discounted: the chance rate is multiplied by 1 + spanDiscount * (k - 1). */
  spanDiscount: number;
  /** First pass only: cost of a bead whose sides differ by 0, 1, 2, 3+ sentences (rough count). */
  sentenceCountCost: number[];
  /**
   * How far the exact pass trusts sentences (see sentence-trust.ts): a bead costs at most its whole-length cost plus
   * a margin, fallbackMax - fallbackSlope * (the document's typical sentence cost minus whole-length cost, shrunk
   * toward gapPrior with the weight of gapPriorWeight beads), never under fallbackMin.
   */
  sentenceTrust: { fallbackMax: number; fallbackMin: number; fallbackSlope: number; gapPrior: number; gapPriorWeight: number };
  /**
   * A pair one of whose texts marks no sentences (see align-pair.ts withSentencesAsMarked): added to nullCost, and
   * the lexicalCeiling used instead. Its beads are judged by their whole length, which is loose where paragraphs'
   * ratios spread as widely as a literal translation's, so an omission must be paid for by more, and the words a
   * bead's units share are what is left to tell a merge from an omission.
   */
  unmarked: { nullExtra: number; lexicalCeiling: number };
  /** Posterior temperature: costs are divided by it before forward-backward. */
  temperature: number;
  /** Half-width in units of the first band, and of the band around the first pass's path. */
  firstBand: number;
  refineBand: number;
  /**
   * Exact pass: sentence programs run only where a first-pass path within this many nats of the best starts a bead,
   * and cut clauses only where such a bead has several units on the other side (see dp.ts plausibility).
   */
  pruneMargin: number;
  /** Prior weight, in beads, of the variance prior against the document's own residuals. */
  variancePriorWeight: number;
  /** The multiplier of the variance prior that a document with few beads is shrunk to (see signals/length.ts). */
  spreadPrior: number;
  /** Signal weights by signal id. */
  signalWeight: Record<string, number>;
  /**
   * Word pairs learned from the first pass's 1-1 links, anchors of the exact pass (see signals/learned-words.ts);
   * their weight and miss cost are signalWeight.learned and signalMiss.learned.
   */
  learn: LearnParams;
  /** Bonus per unit pair that a third text's alignments link (see bridge.ts), times the links' confidence. */
  bridgeStrength: number;
  /** Cost added to a bead a reviewer rejected. */
  forbiddenCost: number;
  /** The sentence alignment inside a bead of the exact pass (signals/sentence-length.ts), costs in nats. */
  sentence: {
    /** A 1-1 pair of sentences (besides its length cost). */
    one: number;
    /** A 2-1 or 1-2 group: a translator joined or split a sentence. */
    two: number;
    /**
     * A 2-1 or 1-2 group whose pair is parted only by the end of a unit that ends with no mark at all: a heading, a
     * list item or a caption that the other language runs into the next sentence (or a paragraph split off mid-way).
     */
    bare: number;
    /** A 3-1 or 1-3 group, and a 2-2 group (two sentences cut differently on the two sides). */
    three: number;
    twoTwo: number;
    /**
     * The share of 1-1 links whose two sides hold different numbers of sentences that `two`, `three` and `twoTwo`
     * are set for (a translator who keeps sentences four times out of five). The exact pass reads the share from the
     * first pass's 1-1 links instead (shrunk toward joinRate with the weight of joinPriorWeight links, and kept
     * between one in twenty and four in five) and moves those costs by joinAdapt times the difference of the two
     * shares' log-odds: a document whose translator keeps every sentence makes a join dearer, one whose languages
     * cut sentences differently (a literal translation of scripture) makes it cheaper (see align-pair.ts joinShiftOf).
     * Only joins inside a unit: the share says nothing of a join across a paragraph end (a paragraph one side lacks
     * run into its neighbour's link). Not `bare` (a heading run into a sentence) nor the clause cuts, which join no
     * sentences.
     */
    joinRate: number;
    joinPriorWeight: number;
    joinAdapt: number;
    /** A sentence with no counterpart, a constant plus so much per letter. */
    nullCost: number;
    nullPerLetter: number;
    /** Cutting a sentence at a clause break to meet a unit boundary of the other side. */
    clause: number;
    /** Taken off a bead for each unit inside it that ends with a clause mark and so runs on into the next. */
    runOn: number;
    /** Taken off a sentence group per unit of rare lexical evidence its two sides share (see sentence-keys.ts). */
    lexical: number;
  };
}

export const DEFAULT_PARAMS: ModelParams = {
  beadCost: [0, 0, 0, 2, 2, 3.5, 4.5, 4.5, 6, 6, 7, 7, 8, 10, 10, 11, 11, 12],
  nullCost: 1.75,
  nullCostPerLetter: 0.015,
  nullProse: 0.5,
  nullRunOn: 0,
  varianceAdditive: 4,
  varianceRelative: 0.012,
  lengthTailDof: 3,
  idfScale: 5,
  lexicalCeiling: 3,
  anchorMiss: 0.5,
  signalMiss: { numbers: 0.4, latin: 0.4, dates: 0.3, names: 0.225, common: 0.3, learned: 0.15, corpus: 0.15 },
  spanDiscount: 0.5,
  sentenceCountCost: [0, 0.5, 1, 1.5],
  sentenceTrust: { fallbackMax: 6, fallbackMin: 1, fallbackSlope: 3, gapPrior: 0.3, gapPriorWeight: 4 },
  unmarked: { nullExtra: 0.75, lexicalCeiling: 5 },
  temperature: 1,
  firstBand: 4,
  refineBand: 2,
  pruneMargin: 8,
  variancePriorWeight: 8,
  spreadPrior: 1,
  signalWeight: {
    numbers: 1.6,
    dates: 0.6,
    latin: 0.7,
    names: 0.45,
    punctuation: 0.3,
    structure: 0.6,
    glossary: 0.8,
    shared: 0.8,
    common: 0.8,
    learned: 0.8,
    corpus: 0.8,
    // Below the curated word list's: uncurated, a general dictionary's words pair many paragraphs loosely. Chosen on
    // the news' EN-AR documents (14 settings) once English words were read as their base forms and the dictionary's
    // Arabic lost its article: 13.3252, 13.3278, 13.3328, 13.3348, 13.3395 and 13.3386 summed at 0.3 to 0.8 (at
    // first, matching less, 0.4 had beaten 0.8).
    dictionary: 0.7,
  },
  learn: { maxCost: 1, maxLinks: 500, maxCounts: 1_000_000, minTogether: 2, minDice: 0.7, maxChance: 0.01, maxShare: 0.3 },
  forbiddenCost: 6,
  bridgeStrength: 1.5,
  sentence: {
    one: 0,
    two: 2.25,
    bare: 1.5,
    three: 4.5,
    twoTwo: 4.5,
    joinRate: 0.2,
    joinPriorWeight: 4,
    joinAdapt: 0.75,
    nullCost: 2.5,
    nullPerLetter: 0.01,
    clause: 1,
    runOn: 1.5,
    lexical: 2,
  },
};

export function resolveParams(overrides?: Partial<ModelParams>): ModelParams {
  if (!overrides) return DEFAULT_PARAMS;
  return {
    ...DEFAULT_PARAMS,
    ...overrides,
    signalWeight: { ...DEFAULT_PARAMS.signalWeight, ...overrides.signalWeight },
    signalMiss: { ...DEFAULT_PARAMS.signalMiss, ...overrides.signalMiss },
    sentence: { ...DEFAULT_PARAMS.sentence, ...overrides.sentence },
    sentenceTrust: { ...DEFAULT_PARAMS.sentenceTrust, ...overrides.sentenceTrust },
    unmarked: { ...DEFAULT_PARAMS.unmarked, ...overrides.unmarked },
    learn: { ...DEFAULT_PARAMS.learn, ...overrides.learn },
  };
}
