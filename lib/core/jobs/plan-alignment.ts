// What a (re-)alignment will write, computed in one pure call so that it can run off the request's thread (see
// lib/worker): the n-way rows, and for every row that is not a kept anchor, its sentence links. The database
// transaction that follows only writes; it never waits for the aligner.

import { AlignInputError, alignDocument, alignSentences } from "../align";
import type { AlignRow, AlignStatus, AlignText, Lexicon, SentenceLink } from "../align";

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
}

export interface PlannedRow extends AlignRow {
  /** The index in `anchors` of the anchor this row is, or -1 for a new row. */
  anchor: number;
  /** Sentence links inside a new row; null for anchors whose stored sentences are kept. */
  sentences: SentenceLink[] | null;
}

export type AlignmentPlan =
  | { ok: true; rows: PlannedRow[]; status: AlignStatus }
  | { ok: false; reason: "anchors-inconsistent"; message: string };

export type PlanProgress = (stage: "align" | "sentences", done: number, total: number) => void;

export function planAlignment(input: AlignmentPlanInput, progress: PlanProgress = () => undefined): AlignmentPlan {
  const anchors = input.anchors ?? [];
  let aligned;
  progress("align", 0, 1);
  try {
    aligned = alignDocument(input.texts, { pivot: input.pivot, anchors, forbidden: input.forbidden, lexicon: input.lexicon });
  } catch (error) {
    if (error instanceof AlignInputError) return { ok: false, reason: "anchors-inconsistent", message: error.message };
    throw error;
  }
  progress("align", 1, 1);

  const langs = input.texts.map((text) => text.lang);
  const resentence = new Set(input.resentence ?? []);
  const anchorIndex = new Map(anchors.map((anchor, index) => [rowKey(anchor, langs), index]));
  const unitsOf = new Map(input.texts.map((text) => [text.lang, text.units]));
  const total = aligned.rows.length;
  // Progress is reported about a hundred times, not once per row: each report crosses a thread.
  const every = Math.max(1, Math.floor(total / 100));
  const rows = aligned.rows.map((row, index): PlannedRow => {
    if (index % every === 0) progress("sentences", index, total);
    const anchor = anchorIndex.get(rowKey(row, langs)) ?? -1;
    if (anchor >= 0 && !resentence.has(anchor)) return { ...row, anchor, sentences: null };
    const cells = Object.entries(row.cells)
      .filter(([, units]) => units.length > 0)
      .map(([lang, units]) => ({ lang, texts: units.map((unit) => unitsOf.get(lang)![unit]!) }));
    return { ...row, anchor, sentences: alignSentences(cells, { pivot: input.pivot }) };
  });
  progress("sentences", total, total);
  return { ok: true, rows, status: aligned.status };
}

/** A row's grouping as a string: the same units in every lang give the same key. */
export function rowKey(row: AlignRow, langs: readonly string[]): string {
  return langs.map((lang) => [...(row.cells[lang] ?? [])].sort((a, b) => a - b).join(",")).join("|");
}
