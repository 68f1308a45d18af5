// The terminology core: a term base's renderings matched in paragraphs through Persian, Arabic and English
// morphology (matcher.ts), the flags of a document's rows (flags.ts), the suggested English with the preferred
// renderings (suggest.ts), and term files in TBX and CSV (tbx.ts, csv.ts). Framework-free.

export type { TermBase, TermConcept, TermId, TermRendering, TermStatus } from "./types";
export { TERM_STATUSES } from "./types";
export { normalizeForTerms, originalSpan, termKeyOf } from "./normalize";
export type { TermKey } from "./normalize";
export { compileTermBase, matchTerms } from "./matcher";
export type { CompiledRendering, CompiledTermBase, TermMatch } from "./matcher";
export { computeTermFlags, DEFAULT_FLAG_WINDOW } from "./flags";
export type { FlagOptions, RowTerms, TermFlag, TermFlagKind } from "./flags";
export { suggestPreferredRenderings } from "./suggest";
export type { SuggestOptions, TermReplacement, TermSuggestion } from "./suggest";
export { readTbx, writeTbx } from "./tbx";
export type { TbxFlavor, WriteTbxOptions } from "./tbx";
export { CSV_COLUMNS, readTermCsv, writeTermCsv } from "./csv";
export { detectTermFormat, readTermFile } from "./read-term-file";
export { DEFAULT_MAX_CONCEPTS } from "./assemble";
export type { ReadOptions, TermFileResult } from "./assemble";
export { hasErrors } from "./problems";
export type { TermProblem, TermProblemCode, TermProblemSeverity } from "./problems";
