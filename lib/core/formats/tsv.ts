// Tab-separated values: a header naming the columns (the languages, pivot first, then status, score and
// document), then one line per unit. A tab, line break or backslash inside a segment is escaped as \t, \n, \r or
// \\ (PostgreSQL's COPY text convention), so every unit is exactly one line; a missing counterpart is an empty
// field. The reader also takes a file without a header when the caller names the language columns.

import { FormatProblem } from "./problems";
import { splitLines, stripBom } from "./lines";
import { formatScore, isParallel, presentLanguages, type FormatWriter, type ParallelUnit, type WriterInfo } from "./types";

const META_COLUMNS = ["status", "score", "document"] as const;
const KNOWN_META = new Set<string>([...META_COLUMNS, "reviewer", "id"]);
const LANGUAGE_COLUMN = /^[A-Z]{2,3}(?:-[A-Z0-9]{1,8})*$/i;

const ESCAPE: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const UNESCAPE: Record<string, string> = { "\\": "\\", t: "\t", n: "\n", r: "\r" };

export function escapeTsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ESCAPE[c]!);
}

export function unescapeTsvField(value: string): string {
  let at = value.indexOf("\\");
  if (at === -1) return value;
  // A scan, not a replace with a callback per escape: a field of nothing but escapes is millions of calls.
  let out = "";
  let from = 0;
  for (; at !== -1 && at + 1 < value.length; at = value.indexOf("\\", from)) {
    const plain = UNESCAPE[value[at + 1]!];
    if (plain === undefined) {
      // Not an escape we write: the backslash stays, and the next one is looked for after it.
      out += value.slice(from, at + 1);
      from = at + 1;
      continue;
    }
    out += value.slice(from, at) + plain;
    from = at + 2;
  }
  return out + value.slice(from);
}

export function createTsvWriter(info: WriterInfo): FormatWriter {
  const { langs } = info;
  return {
    header: () => [...langs, ...META_COLUMNS].join("\t") + "\n",
    unit(unit) {
      if (!isParallel(unit, langs)) return "";
      const fields = [
        ...langs.map((lang) => unit.texts[lang] ?? ""),
        unit.status ?? "",
        unit.score === undefined ? "" : formatScore(unit.score),
        unit.document ?? "",
      ];
      return fields.map(escapeTsvField).join("\t") + "\n";
    },
    footer: () => "",
  };
}

export interface TsvReadOptions {
  /** The language of each column, for a file without a header. */
  langs?: readonly string[];
}

export async function* readTsv(chunks: AsyncIterable<string> | Iterable<string>, options: TsvReadOptions = {}): AsyncGenerator<ParallelUnit> {
  let columns: string[] | null = null;
  let isLanguage: boolean[] = [];
  for await (const line of splitLines(chunks)) {
    const raw = line.number === 1 ? stripBom(line.text) : line.text;
    if (columns === null) {
      const fields = raw.split("\t").map((f) => f.trim());
      if (isHeader(fields)) {
        columns = fields;
        continue;
      }
      if (!options.langs || options.langs.length < 2) throw new FormatProblem("tsv-header", { line: line.number });
      columns = [...options.langs];
    }
    if (isLanguage.length === 0) isLanguage = columns.map((column) => !KNOWN_META.has(column) && LANGUAGE_COLUMN.test(column));
    if (raw.trim() === "") continue;
    const fields = raw.split("\t");
    if (fields.length !== columns.length) throw new FormatProblem("tsv-columns", { line: line.number, found: fields.length, expected: columns.length });
    const unit: ParallelUnit = { texts: {}, line: line.number };
    columns.forEach((column, i) => {
      const value = unescapeTsvField(fields[i]!);
      if (isLanguage[i]) unit.texts[column] = value;
      else if (column === "status") {
        if (value === "confirmed" || value === "auto") unit.status = value;
      } else if (column === "score") {
        const score = Number(value);
        if (value !== "" && Number.isFinite(score) && score >= 0 && score <= 1) unit.score = score;
      } else if (column === "document") {
        if (value !== "") unit.document = value;
      } else if (column === "reviewer") {
        if (value !== "") unit.reviewer = value;
      } else if (column === "id") {
        if (value !== "") unit.id = value;
      }
    });
    const langs = Object.keys(unit.texts);
    if (!isParallel(unit, langs)) throw new FormatProblem("single-language", { lang: presentLanguages(unit, langs)[0] ?? "none", line: line.number });
    yield unit;
  }
}

/** A header names at least two language columns, and every other column is one we know. */
function isHeader(fields: readonly string[]): boolean {
  const languages = fields.filter((f) => !KNOWN_META.has(f) && LANGUAGE_COLUMN.test(f));
  return languages.length >= 2 && fields.every((f) => KNOWN_META.has(f) || LANGUAGE_COLUMN.test(f));
}
