// JSON Lines: one object per unit, {"id", "translation": {lang: text}, "status", "score", "document", "reviewer"}.
// "translation" is the shape of Hugging Face translation datasets, so the file loads there as it is. The reader
// also takes the flat shape {"en": "...", "fa": "..."} that other tools write.

import { FormatProblem } from "./problems";
import { splitLines, stripBom } from "./lines";
import { isParallel, presentLanguages, type FormatWriter, type ParallelUnit, type WriterInfo } from "./types";

const LANGUAGE_KEY = /^[A-Z]{2,3}(?:-[A-Z0-9]{1,8})*$/i;
/** {"translation": {"en": ...}} is two levels; a little room for fields we do not read. */
const MAX_NESTING = 8;

/** Whether brackets and braces outside strings nest deeper than `limit` anywhere in the line. */
function nestsDeeperThan(line: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < line.length; at++) {
    const code = line.charCodeAt(at);
    if (inString) {
      if (code === 0x5c) at++; // the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

export function createJsonlWriter(info: WriterInfo): FormatWriter {
  const { langs } = info;
  return {
    header: () => "",
    unit(unit) {
      if (!isParallel(unit, langs)) return "";
      const translation = Object.fromEntries(presentLanguages(unit, langs).map((lang) => [lang, unit.texts[lang]!]));
      const score = unit.score === undefined ? undefined : Math.round(unit.score * 1e4) / 1e4;
      return JSON.stringify({ id: unit.id, translation, status: unit.status, score, document: unit.document, reviewer: unit.reviewer }) + "\n";
    },
    footer: () => "",
  };
}

export async function* readJsonl(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ParallelUnit> {
  for await (const line of splitLines(chunks)) {
    const raw = line.number === 1 ? stripBom(line.text) : line.text;
    if (raw.trim() === "") continue;
    // A unit is an object of strings (or of one object of them): a line nested deeper is no unit, and is refused
    // before JSON.parse, which builds every level of a line of a million "[" before it fails.
    if (nestsDeeperThan(raw, MAX_NESTING)) throw new FormatProblem("jsonl-shape", { line: line.number });
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new FormatProblem("jsonl-syntax", { line: line.number, detail: error instanceof Error ? error.message : String(error) });
    }
    const unit = toUnit(value, line.number);
    const langs = Object.keys(unit.texts);
    if (!isParallel(unit, langs)) throw new FormatProblem("single-language", { lang: presentLanguages(unit, langs)[0] ?? "none", line: line.number });
    yield unit;
  }
}

function toUnit(value: unknown, line: number): ParallelUnit {
  if (!isRecord(value)) throw new FormatProblem("jsonl-shape", { line });
  const source = isRecord(value.translation) ? value.translation : value;
  const texts: Record<string, string> = {};
  for (const [key, text] of Object.entries(source)) {
    if (!LANGUAGE_KEY.test(key) || ["id", "status", "score"].includes(key)) continue;
    if (typeof text !== "string") throw new FormatProblem("jsonl-shape", { line });
    texts[key] = text;
  }
  const unit: ParallelUnit = { texts, line };
  if (typeof value.id === "string" || typeof value.id === "number") unit.id = String(value.id);
  if (value.status === "confirmed" || value.status === "auto") unit.status = value.status;
  if (typeof value.score === "number" && value.score >= 0 && value.score <= 1) unit.score = value.score;
  if (typeof value.document === "string") unit.document = value.document;
  if (typeof value.reviewer === "string" && value.reviewer !== "") unit.reviewer = value.reviewer;
  return unit;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
