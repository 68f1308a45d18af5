// Aligns two plain-text files and prints the links as JSON:
//   npm run --silent align -- --source FILE --source-lang fa --target FILE --target-lang en [--unit paragraph|line]
//     [--keep-clutter] [--source-encoding E] [--target-encoding E]
// Units are separated by blank lines (paragraph, the default) or are the non-empty lines (line). Web clutter that an
// import would mark by what it says (a breadcrumb, "Read more:", a share bar) is left out of the alignment and
// printed in a link of its own with "clutter": true; --keep-clutter aligns it like any unit. A line of page furniture
// that a link holds between two of its paragraphs and that pairs with nothing is printed so too, with or without
// --keep-clutter (lib/core/align/pair-seams.ts). Bad input exits with status 1 and one line on stderr; a document
// over the aligner's bound still prints its (poorer) alignment, with a warning on stderr. The output also names the
// bilingual dictionaries of the machine the alignment read ("dictionaries", lib/system-dictionaries.ts).
// Each file is read as an import reads an upload (lib/core/import): its encoding detected (UTF-8, UTF-16 with a byte
// order mark, Windows-1256 Persian or Arabic) or chosen, a binary file refused, and its letters checked against the
// language it is declared in. A mislabelled file would otherwise be aligned as if it were text of that language.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { alignTexts } from "@/lib/core/jobs/align-texts";
import { decodeText, TEXT_ENCODINGS, type EncodingChoice } from "@/lib/core/import/decode";
import { checkLanguage } from "@/lib/core/import/language-check";
import { ImportProblem } from "@/lib/core/import/problems";
import { parseLanguageTag, type LanguageTag } from "@/lib/core/lang/languages";
import { systemDictionaries } from "@/lib/system-dictionaries";

class UsageError extends Error {}

const USAGE =
  "usage: align --source FILE --source-lang LANG --target FILE --target-lang LANG [--unit paragraph|line] [--keep-clutter] " +
  `[--source-encoding E] [--target-encoding E] (E: auto, ${TEXT_ENCODINGS.join(", ")})`;

/** Units of normalized text (decodeText has taken off a BOM and made every line end "\n"). */
function splitUnits(text: string, unit: "paragraph" | "line"): string[] {
  const pieces = unit === "line" ? text.split("\n") : text.split(/\n[ \t\u00a0]*\n/);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

interface FileSpec {
  path: string;
  role: "source" | "target";
  tag: LanguageTag;
  encoding: EncodingChoice;
}

function readUnits({ path, role, tag, encoding }: FileSpec, unit: "paragraph" | "line"): string[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${role} file ${path}${code ? ` (${code})` : ""}`);
  }
  try {
    const units = splitUnits(decodeText(bytes, { encoding }), unit);
    if (units.length === 0) throw new UsageError(`${role} file ${path} has no text`);
    checkLanguage(units, tag);
    return units;
  } catch (error) {
    if (error instanceof ImportProblem) throw new UsageError(`${role} file ${path}: ${error.message}`);
    throw error;
  }
}

function language(value: string | undefined, option: string): LanguageTag {
  if (!value) throw new UsageError(`missing ${option}; ${USAGE}`);
  const parsed = parseLanguageTag(value);
  if (!parsed.ok) throw new UsageError(`${option} "${value}" is ${parsed.reason === "malformed" ? "not a language tag" : "not a supported language"}`);
  return parsed.tag;
}

function encodingOf(value: string, option: string): EncodingChoice {
  if (value === "auto" || (TEXT_ENCODINGS as readonly string[]).includes(value)) return value as EncodingChoice;
  throw new UsageError(`${option} must be auto, ${TEXT_ENCODINGS.join(", ")}, not "${value}"`);
}

function main(argv: string[]): void {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        source: { type: "string" },
        "source-lang": { type: "string" },
        target: { type: "string" },
        "target-lang": { type: "string" },
        unit: { type: "string", default: "paragraph" },
        "keep-clutter": { type: "boolean", default: false },
        "source-encoding": { type: "string", default: "auto" },
        "target-encoding": { type: "string", default: "auto" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]}; ${USAGE}`);
  }
  if (values.unit !== "paragraph" && values.unit !== "line") {
    throw new UsageError(`--unit must be "paragraph" or "line", not "${values.unit}"`);
  }
  if (!values.source) throw new UsageError(`missing --source; ${USAGE}`);
  if (!values.target) throw new UsageError(`missing --target; ${USAGE}`);
  const sourceTag = language(values["source-lang"], "--source-lang");
  const targetTag = language(values["target-lang"], "--target-lang");
  const sourceEncoding = encodingOf(values["source-encoding"], "--source-encoding");
  const targetEncoding = encodingOf(values["target-encoding"], "--target-encoding");
  const source = readUnits({ path: values.source, role: "source", tag: sourceTag, encoding: sourceEncoding }, values.unit);
  const target = readUnits({ path: values.target, role: "target", tag: targetTag, encoding: targetEncoding }, values.unit);
  const [sourceLang, targetLang] = [sourceTag.code, targetTag.code];

  // Only a pair with English and Arabic reads one today (about 0.3 s): no English-Persian dictionary is packaged.
  const dictionaries = systemDictionaries([sourceLang, targetLang]);
  const result = alignTexts({ lang: sourceLang, units: source }, { lang: targetLang, units: target }, { keepClutter: values["keep-clutter"], dictionaries });
  if (result.status === "gave-up") {
    process.stderr.write("warning: the document exceeded the aligner's bound; the alignment is approximate\n");
  }
  const links = result.links.map((link) => ({
    source: link.source,
    target: link.target,
    score: Math.round(link.score * 1000) / 1000,
    ...(link.leftOut ? { clutter: true } : {}),
  }));
  process.stdout.write(`${JSON.stringify({ links, dictionaries: dictionaries.map((dictionary) => dictionary.name) })}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error).message}`;
  process.stderr.write(`align: ${message.replace(/(?<!\s)\s*\n\s*/g, " ")}\n`);
  process.exitCode = 1;
}
