// The shapes every exchange format reads and writes: a parallel unit is one aligned row (or one sentence link)
// with a segment per language. Formats stream: writers turn one unit into one string chunk, readers yield units
// as the parser reaches them.

/** What a row's status becomes in a file: rejected rows are never exported. */
export type UnitStatus = "confirmed" | "auto";

export interface ParallelUnit {
  /** Segment per language code; a language that is absent or "" has no counterpart in this unit (a 1-0 bead). */
  texts: Record<string, string>;
  /** The unit's id in the file; writers number exported units "1", "2"… so that a re-export gives the same ids. */
  id?: string;
  status?: UnitStatus;
  /** Aligner confidence in [0, 1], or 1 for a pairing a human made. */
  score?: number;
  reviewer?: string;
  /** The title of the document the unit comes from. */
  document?: string;
  created?: Date;
  changed?: Date;
  /** Where a reader found the unit (1-based line of its start), for messages. */
  line?: number;
}

export type UnitKind = "paragraph" | "sentence";

/** Formats whose files we read; "moses" is a pair of line-aligned plain-text files, one per language. */
export type ParallelFormat = "tmx" | "xliff-1.2" | "xliff-2.0" | "tsv" | "jsonl" | "moses";

/** Formats we write; XLIFF is always 2.0. */
export type ExportFormat = "tmx" | "xliff" | "moses" | "tsv" | "jsonl";

/** A writer of a single-stream format: one chunk for the header, one per unit ("" when skipped), one footer. */
export interface FormatWriter {
  header(): string;
  unit(unit: ParallelUnit): string;
  footer(): string;
}

/** What the writers put in their headers. */
export interface WriterInfo {
  /** The languages written, pivot first (column order in TSV, source then target in XLIFF). */
  langs: readonly string[];
  unitKind: UnitKind;
  tool: { name: string; version: string };
  /** The export's date: goes into headers, never into units. */
  created: Date;
}

/** Languages of a unit that hold text, in the given order. */
export function presentLanguages(unit: ParallelUnit, langs: readonly string[]): string[] {
  return langs.filter((lang) => (unit.texts[lang] ?? "") !== "");
}

/**
 * A unit is worth writing only with text in at least two of the languages: a segment with no counterpart is no
 * translation, and TMX and Moses readers (ours included) refuse it.
 */
export function isParallel(unit: ParallelUnit, langs: readonly string[]): boolean {
  return presentLanguages(unit, langs).length >= 2;
}

/** Scores are stored to 4 decimals; printing them the same way makes a re-export byte-identical. */
export function formatScore(score: number): string {
  return String(Math.round(score * 1e4) / 1e4);
}
