// Exchange formats for parallel corpora: writers that stream (a chunk per unit) and readers that parse as the
// bytes arrive. Framework-free, like the rest of lib/core.

export type { ExportFormat, FormatWriter, ParallelFormat, ParallelUnit, UnitKind, UnitStatus, WriterInfo } from "./types";
export { formatScore, isParallel, presentLanguages } from "./types";
export { FormatProblem, isFormatProblem } from "./problems";
export type { FormatProblemCode, FormatProblemParams } from "./problems";
export { escapeXmlAttribute, escapeXmlText } from "./xml";
export { formatTmxDate, parseTmxDate } from "./dates";
export { createTmxWriter, readTmx } from "./tmx";
export { createXliffWriter, readXliff2, METADATA_NAMESPACE, XLIFF_2_NAMESPACE } from "./xliff";
export type { XliffReadOptions } from "./xliff";
export { readXliff12 } from "./xliff12";
export { CLEAN_CORPUS_DEFAULT_RATIO, mosesFileName, mosesLanguageOf, readMosesPair, toMosesLines } from "./moses";
export type { MosesCleaning, MosesSide } from "./moses";
export { createTsvWriter, escapeTsvField, readTsv, unescapeTsvField } from "./tsv";
export type { TsvReadOptions } from "./tsv";
export { createJsonlWriter, readJsonl } from "./jsonl";
export { splitLines } from "./lines";
export { sniffFormat } from "./sniff";
export type { Sniffed, SniffedFormat } from "./sniff";
