// Term bases as CSV (RFC 4180: comma-separated, fields quoted with " when they hold a comma, quote or line break,
// "" for a quote inside), one rendering per record, the concept's fields repeated on each of its records so that
// the file survives sorting in a spreadsheet. Columns, in this order on export:
//
//   concept_id, concept_label, domain, concept_note, lang, term, status, term_note
//
// On import the header names may be in any order and case, with spaces or hyphens for underscores; lang and term
// are required, and concept_id or concept_label (records are grouped into concepts by id, else by label). status is
// preferred, admitted or deprecated (TBX values such as "preferredTerm-admn-sts" are read too); empty is admitted.
// A header without commas but with semicolons or tabs (spreadsheets in some locales) sets the delimiter.

import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { assembleConcepts, checkLanguage, DEFAULT_MAX_CONCEPTS, type RawConcept, type ReadOptions, type TermFileResult } from "./assemble";
import { termProblem, type TermProblem } from "./problems";
import { readStatus } from "./status";
import type { TermBase } from "./types";

export const CSV_COLUMNS = ["concept_id", "concept_label", "domain", "concept_note", "lang", "term", "status", "term_note"] as const;

type Column = (typeof CSV_COLUMNS)[number];

function columnName(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

function delimiterOf(csv: string): string {
  const firstLine = csv.slice(0, csv.search(/\r?\n|$/));
  if (firstLine.includes(",")) return ",";
  if (firstLine.includes(";")) return ";";
  if (firstLine.includes("\t")) return "\t";
  return ",";
}

/** No header of a term file is longer: the first line is read this far at most. */
const MAX_HEADER_CHARS = 4096;

/**
 * The first line's column names, or null when it is blank or cannot be read alone (a quoted name over several
 * lines). Only the first line is parsed, and only its first MAX_HEADER_CHARS: a one-line file of 8 MiB is no term
 * file, and parsing all of it to find the header cost about a second per MiB.
 */
function headerOf(csv: string, delimiter: string): string[] | null {
  const newline = csv.indexOf("\n");
  const line = csv.slice(0, Math.min(newline === -1 ? csv.length : newline, MAX_HEADER_CHARS));
  try {
    const [first] = parse(line, { bom: true, delimiter }) as string[][];
    return first ? first.map(columnName) : null;
  } catch {
    // A quote left open in the header: the full parse reports it with its line.
    return null;
  }
}

/** The first required column the header lacks ("lang", "term", then "concept_id" when there is no label either). */
function missingColumn(header: readonly string[] | null): Column | null {
  if (header === null) return null;
  for (const column of ["lang", "term"] as const) if (!header.includes(column)) return column;
  return header.includes("concept_id") || header.includes("concept_label") ? null : "concept_id";
}

/** Reads a CSV term file. A malformed CSV or a missing column leaves `concepts` empty. */
export function readTermCsv(csv: string, options: ReadOptions = {}): TermFileResult {
  const maxConcepts = options.maxConcepts ?? DEFAULT_MAX_CONCEPTS;
  const problems: TermProblem[] = [];
  const fatal = (problem: TermProblem): TermFileResult => ({ format: "csv", concepts: [], problems: [...problems, problem] });
  const delimiter = delimiterOf(csv.replace(/^\ufeff/, ""));
  // The header alone says whether the file can be read: one without the columns is refused before its body is
  // parsed (csv-parse takes about 3 µs a record, and a file of a million one-space lines took seconds to refuse).
  const missing = missingColumn(headerOf(csv, delimiter));
  if (missing) return fatal(termProblem("missing-column", { column: missing }, { line: 1 }));
  let records: string[][];
  // The last line of each record read; a quote left open starts the record after the last one.
  const recordLines: number[] = [];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      delimiter,
      on_record: (record, context) => {
        recordLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    const { code, message, lines } = error as { code?: string; message: string; lines?: number };
    const line = code === "CSV_QUOTE_NOT_CLOSED" ? (recordLines.at(-1) ?? 0) + 1 : lines;
    const reason = code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted field is not closed" : message.replace(/^Invalid Record Length: /, "");
    return fatal(termProblem("malformed-csv", { reason }, { line }));
  }
  if (records.length === 0) return fatal(termProblem("missing-column", { column: "term" }));
  const header = records[0]!.map(columnName);
  const at = (column: Column) => header.indexOf(column);
  // Again when the header could not be read alone (a blank first line, a quoted name over several lines).
  const stillMissing = missingColumn(header);
  if (stillMissing) return fatal(termProblem("missing-column", { column: stillMissing }, { line: 1 }));

  const byKey = new Map<string, RawConcept>();
  const raw: RawConcept[] = [];
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    // recordLines holds each record's last line; a quoted field may span several.
    const line = recordLines[r]! - record.reduce((n, field) => n + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const field = (column: Column) => (at(column) < 0 ? "" : (record[at(column)] ?? ""));
    const id = field("concept_id").trim();
    const label = field("concept_label").trim();
    const key = id ? `id:${id}` : `label:${label}`;
    let concept = byKey.get(key);
    if (!concept) {
      if (raw.length >= maxConcepts) return fatal(termProblem("too-many-entries", { limit: maxConcepts }, { line }));
      concept = { renderings: [], line };
      if (id) concept.id = id;
      byKey.set(key, concept);
      raw.push(concept);
    }
    concept.label ||= label || undefined;
    concept.domain ||= field("domain").trim() || undefined;
    concept.note ||= field("concept_note").trim() || undefined;
    const lang = checkLanguage(field("lang"), problems, { line });
    if (lang === undefined) continue;
    const text = field("term");
    const statusText = field("status").trim();
    const status = statusText ? readStatus(statusText) : undefined;
    if (statusText && !status) problems.push(termProblem("unknown-status", { status: statusText, term: text.trim() }, { line }));
    const rendering: RawConcept["renderings"][number] = { lang, text, line };
    if (status) rendering.status = status;
    if (field("term_note").trim()) rendering.note = field("term_note").trim();
    concept.renderings.push(rendering);
  }
  return { format: "csv", concepts: assembleConcepts(raw, problems), problems };
}

/** Writes a term base as CSV with the columns above, CRLF line ends (RFC 4180) and a header. */
export function writeTermCsv(base: TermBase): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const concept of base.concepts) {
    for (const r of concept.renderings) {
      rows.push([String(concept.id), concept.label, concept.domain ?? "", concept.note ?? "", r.lang, r.text, r.status, r.note ?? ""]);
    }
  }
  // Formulas (a term starting with "=" or "-") are written as they are: prefixing them, as csv-stringify can, would
  // change the terms; whoever opens the file in a spreadsheet should import it as text.
  return stringify(rows, { record_delimiter: "windows", quote_record_delimiter: true });
}
