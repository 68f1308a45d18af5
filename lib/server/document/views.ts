// The shapes the workbench and the HTTP API show a document in. Enum values are lowercase everywhere outside the
// database (status "confirmed", kind "boilerplate", role "original"). Types and pure helpers only: the page's
// client components import them too.

export type RowStatusView = "auto" | "confirmed" | "rejected";
export type ParagraphKindView = "body" | "heading" | "boilerplate";

/** Rows scored below this are doubtful (the aligner's calibration puts ≥ 0.9 at ≥ 97 % correct). */
export const DOUBTFUL_BELOW = 0.9;

export interface ParagraphView {
  id: number;
  lang: string;
  position: number;
  text: string;
  kind: ParagraphKindView;
  version: number;
}

export interface RowView {
  id: number;
  status: RowStatusView;
  score: number;
  version: number;
  comment: string;
  /** A rejected row whose paragraphs a re-align gave to the rows after it; it shows that old grouping. */
  replaced: boolean;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Per language, the row's paragraphs in order (an empty list: no counterpart). */
  cells: Record<string, ParagraphView[]>;
  /** The term base's occurrences in the row's paragraphs, and the row's rendering flags (absent: not computed). */
  terms?: RowTermsView;
}

export type TermStatusView = "preferred" | "admitted" | "deprecated";
export type TermFlagKindView = "deprecated" | "not-preferred" | "missing" | "inconsistent";

/** One occurrence of a rendering: UTF-16 offsets into the paragraph's stored text. */
export interface TermMarkView {
  start: number;
  end: number;
  conceptId: number;
  concept: string;
  rendering: string;
  status: TermStatusView;
  /** 0..7: the concept's colour in every column. */
  colour: number;
}

export interface TermFlagView {
  conceptId: number;
  concept: string;
  lang: string;
  found: string | null;
  expected: string | null;
  kind: TermFlagKindView;
  accepted: { by: string; at: string; reason: string } | null;
}

export interface RowTermsView {
  /** By paragraph id. */
  marks: Record<number, TermMarkView[]>;
  flags: TermFlagView[];
}

/** One line of the workbench: a row, or a paragraph in no row (web clutter, or not aligned yet). */
export type ItemView = { type: "row"; key: string; row: RowView } | { type: "loose"; key: string; lang: string; paragraph: ParagraphView };

export interface ProgressView {
  rows: number;
  confirmed: number;
  rejected: number;
  doubtful: number;
}

export interface TextView {
  id: number;
  lang: string;
  dir: "ltr" | "rtl";
  role: "original" | "translation";
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  publishedAt: string | null;
  format: "plain" | "html";
  paragraphCount: number;
  boilerplateCount: number;
}

export interface DocumentHeadView {
  id: number;
  title: string;
  pivotLang: string;
  createdAt: string;
  updatedAt: string;
  alignedAt: string | null;
  alignStatus: "ok" | "gave-up" | null;
  texts: TextView[];
  progress: ProgressView;
}

/** Item keys of the workbench layout: "r<row id>" for a row, "p<paragraph id>" for a paragraph in no row. */
export const rowItemKey = (id: number) => `r${id}`;
export const looseItemKey = (id: number) => `p${id}`;

export const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
