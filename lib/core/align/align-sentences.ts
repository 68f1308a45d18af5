// Sentence alignment inside one aligned row: each language's paragraphs are split into sentences and the sentences
// are aligned n-way with the same engine as paragraphs. The length ratio is the whole document's (letterRatios,
// blended with the row's own letters), so even a two-sentence row has a well-founded length model. The row's own
// totals alone would be exact only for a row that leaves nothing out: a sentence one language dropped counts into
// them, and they then read it as the others' to join rather than as left out (held-out sentence F1 at the high
// rate, news: 0.90-0.93 with them, 0.95-0.96 with the document's).

import { letterCount } from "../text/fold";
import { splitSentences, type SentenceSpan } from "../text/sentences";
import { alignDocument } from "./align-document";
import { resolveParams } from "./model";
import { AlignInputError, type AlignOptions, type DocumentOptions, type SentenceCell, type SentenceLink, type SentenceRef } from "./types";

/**
 * What leaving a sentence of a row without counterpart costs: a constant, where a paragraph's omission costs more the
 * longer it is. Inside a row the paragraphs already matched, a sentence alone is either one a translator left out,
 * a whole sentence of any length, or a piece of a sentence the other language cut elsewhere, which is short (the
 * Arabic Bible's "وكان كذلك.", "and it was so"). Priced by its letters, such a piece was cheap to leave alone and
 * a long omission dear: the wrong way round for both. Held-out sentence F1 (bench:align, seeds 1-2; 3 chosen
 * leaving one dataset out, 2.5 for the Bible's split) against the paragraphs' 1.75 + 0.015 a letter: Bible 0.766 /
 * 0.737 -> 0.799 / 0.782 at the low rate, 0.741 / 0.707 -> 0.775 / 0.746 at the high, news 0.003-0.007 higher;
 * seeds 3-4 the same, every cell higher.
 */
const SENTENCE_NULL = { nullCost: 3, nullCostPerLetter: 0 } as const;

/**
 * The same, in a row that may join a paragraph without counterpart to its neighbour's (see pair-seams.ts
 * mayHideSeams): there the question is whether a whole paragraph's sentences have no counterpart, and at 3 a
 * sentence, leaving out a paragraph of three sentences cost more than running them into the next sentence's link.
 * Tried on the benchmark's documents (high rate, seeds 1-2, then 3-4 and the low rate to confirm): strict F1 of
 * alignPair rose in every dataset and pair at 1.5 (ntrex 0.975 / 0.969 -> 0.977 / 0.969, tico 0.971 / 0.967 ->
 * 0.975 / 0.968, Bible 0.965 / 0.946 -> 0.968 / 0.949), was mixed at 1 and 0.5, and the n-way rows an import writes
 * exactly right rose from 92.7 / 90.8 / 89.6 % to 93.4 / 91.9 / 90.6 % (ntrex / tico / Bible). A line that runs
 * on across paragraphs keeps the ordinary price (nullRunOn): at 1.5, the first line of a salutation was left alone.
 */
const SEAM_SENTENCE_NULL = { nullCost: 1.5, nullCostPerLetter: 0, nullRunOn: 1.5 } as const;

/**
 * In a row that may hide seams, a language with at least this many times the sentences of the one with fewest has
 * its sentences paired inside each paragraph before they are aligned (see sentenceSpans).
 */
const SEAM_PAIRING_SHARE = 3;

export interface SentenceOptions extends AlignOptions, Pick<DocumentOptions, "unitRatios" | "unitJoins" | "letterRatios"> {
  pivot?: string;
  /** The row may hide seams (see SEAM_SENTENCE_NULL): a sentence without counterpart is cheaper. */
  seams?: boolean;
}

export function alignSentences(cells: SentenceCell[], options: SentenceOptions = {}): SentenceLink[] {
  const langs = cells.map((cell) => cell.lang);
  if (new Set(langs).size !== langs.length) throw new AlignInputError("two cells have the same lang");
  const refs = new Map<string, SentenceRef[]>();
  const texts = sentenceSpans(cells, options.seams === true).map((sentences, c) => {
    const cell = cells[c]!;
    refs.set(cell.lang, sentences);
    return { lang: cell.lang, units: sentences.map((ref) => cell.texts[ref.unit]!.slice(ref.start, ref.end)) };
  });
  const present = texts.filter((text) => text.units.length > 0).map((text) => text.lang);
  if (present.length === 0) return [];
  const pivot = [options.pivot, "en", ...present].find((lang) => lang !== undefined && present.includes(lang))!;
  // Sentences are not paragraphs: a translator leaves out or adds a sentence of prose often enough that the
  // paragraph model's dearer omission of prose (nullProse) would only join it to a neighbour. How often one language
  // cuts a sentence of the other in several (unitRatios), and how often two languages' rows differ in sentence count
  // at all (unitJoins), are read from the whole document's rows when given. The names and numbers of the units'
  // rough sentences (sentence.lexical) are left to paragraphs: here those are clauses, and weighing them moved
  // held-out sentence F1 by -0.006 to +0.004 for the cost of a second extraction per row.
  // A sentence left without counterpart costs the same whatever its length (SENTENCE_NULL). An experiment's
  // overrides (options.model) apply, nullProse's and the null costs' too, but sentence.lexical stays 0.
  // The word pairs learned from a corpus (signals/corpus-words.ts) are left to paragraphs too: held out on the
  // benchmark (high rate, seeds 1-2), they took sentence F1 down in every dataset and pair (summed over six, 5.4167 ->
  // 5.4016), and the pairs' strict F1 moved by 0.0002 at most without them here.
  const sentence = { ...resolveParams(options.model).sentence, lexical: 0 };
  const model = { nullProse: 0, ...(options.seams ? SEAM_SENTENCE_NULL : SENTENCE_NULL), ...options.model, sentence };
  const { rows } = alignDocument(texts, { ...options, pivot, model, corpusWords: null });
  return rows.map((row) => ({
    spans: Object.fromEntries(langs.map((lang) => [lang, (row.cells[lang] ?? []).map((index) => refs.get(lang)![index]!)])),
    score: row.score,
  }));
}

/**
 * Each cell's sentences, in order. A row that may hide seams is aligned only to see which of its paragraphs go
 * together (its sentence links are not kept: an import aligns the row, or its parts, again at the ordinary price,
 * see plan-alignment.ts seamPriced). Groups hold at most four sentences a side, so where one language cut a passage
 * into many more sentences than another (an Arabic Bible verse in five sentences, its English in one joined by
 * semicolons), the sentences beyond a group's reach were left without counterpart, and a paragraph of them was cut
 * off as an omission. There, that language's sentences are paired inside each paragraph: every paragraph end, the
 * only place a cut can fall, is kept, and the groups come back within reach. Held-out strict F1 of the pairs at the
 * high rate (seeds 1-4): Bible 0.9661 / 0.9501 -> 0.9666 / 0.9510, news unchanged; from 2.5 or 4 times as many
 * sentences instead of 3, 0.9664 / 0.9507 and 0.9661 / 0.9509.
 */
function sentenceSpans(cells: readonly SentenceCell[], seams: boolean): SentenceRef[][] {
  const split = cells.map((cell) => cell.texts.map((text, k) => cell.sentences?.[k] ?? splitSentences(text, cell.lang)));
  const counts = split.map((units) => units.reduce((sum, spans) => sum + spans.length, 0));
  const fewest = Math.min(...counts.filter((count) => count > 0));
  return split.map((units, c) => {
    const paired = seams && counts[c]! >= SEAM_PAIRING_SHARE * fewest;
    return units.flatMap((spans, unit) => {
      const refs: SentenceRef[] = [];
      const step = paired ? 2 : 1;
      for (let k = 0; k < spans.length; k += step) {
        refs.push({ unit, start: spans[k]!.start, end: spans[Math.min(spans.length, k + step) - 1]!.end });
      }
      return refs;
    });
  });
}

/**
 * Per unit of a text: how many sentences it holds (255 standing for more) and its letters (as the length signal
 * counts them); and every unit's sentences, those of unit u at [spanStart[u], spanStart[u + 1]) of spanFrom and
 * spanTo (see spansOf). The sentence pass of a row reads them rather than split its paragraphs again: splitting was
 * a tenth of its time.
 */
export interface UnitSentences {
  count: Uint8Array;
  letters: Int32Array;
  spanStart: Int32Array;
  spanFrom: Int32Array;
  spanTo: Int32Array;
}

export function unitSentences(units: readonly string[], lang: string): UnitSentences {
  const count = new Uint8Array(units.length);
  const letters = new Int32Array(units.length);
  const spanStart = new Int32Array(units.length + 1);
  const from: number[] = [];
  const to: number[] = [];
  units.forEach((text, u) => {
    const spans = splitSentences(text, lang);
    count[u] = Math.min(spans.length, 255);
    letters[u] = letterCount(text);
    for (const span of spans) {
      from.push(span.start);
      to.push(span.end);
    }
    spanStart[u + 1] = from.length;
  });
  return { count, letters, spanStart, spanFrom: Int32Array.from(from), spanTo: Int32Array.from(to) };
}

/** The sentences of unit `unit` (splitSentences of its text). */
export function spansOf(sentences: UnitSentences, unit: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (let k = sentences.spanStart[unit]!; k < sentences.spanStart[unit + 1]!; k++) {
    spans.push({ start: sentences.spanFrom[k]!, end: sentences.spanTo[k]! });
  }
  return spans;
}

/** A row's units in one language (indices into the text whose sentences are given), in order. */
export interface RowCell {
  lang: string;
  units: readonly number[];
  sentences: UnitSentences;
}

/**
 * The sentence links of a row whose every language is one sentence: that one link, with the row's own score; null
 * for any other row. Aligning one sentence against one cannot say more than the paragraph aligner said with the
 * whole document around it: on a 7,500-row document all 7,161 such rows came out as one link, which took 95 % of
 * the sentence pass, and its score (0.995 nearly always) ignored what made the row doubtful.
 */
export function oneSentenceLink(cells: readonly RowCell[], rowScore: number): SentenceLink[] | null {
  const spans: Record<string, SentenceRef[]> = {};
  let found = false;
  for (const { lang, units, sentences } of cells) {
    const refs: SentenceRef[] = [];
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      const count = sentences.count[u]!;
      if (count === 0) continue;
      if (count > 1 || refs.length > 0) return null;
      const only = sentences.spanStart[u]!;
      refs.push({ unit: k, start: sentences.spanFrom[only]!, end: sentences.spanTo[only]! });
    }
    spans[lang] = refs;
    found ||= refs.length > 0;
  }
  return found ? [{ spans, score: rowScore }] : null;
}

