// Aligns two plain-text files and prints the links as JSON:
//   npm run --silent align -- --source FILE --source-lang fa --target FILE --target-lang en [--unit paragraph|line]
//     [--keep-clutter]
// Units are separated by blank lines (paragraph, the default) or are the non-empty lines (line). Web clutter that an
// import would mark by what it says (a breadcrumb, "Read more:", a share bar) is left out of the alignment and
// printed in a link of its own with "clutter": true; --keep-clutter aligns it like any unit. A line of page furniture
// that a link holds between two of its paragraphs and that pairs with nothing is printed so too, with or without
// --keep-clutter (lib/core/align/pair-seams.ts). Bad input exits with status 1 and one line on stderr; a document
// over the aligner's bound still prints its (poorer) alignment, with a warning on stderr. The output also names the
// bilingual dictionaries of the machine the alignment read ("dictionaries", lib/system-dictionaries.ts).

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { alignTexts } from "@/lib/core/jobs/align-texts";
import { parseLanguageTag } from "@/lib/core/lang/languages";
import { systemDictionaries } from "@/lib/system-dictionaries";

class UsageError extends Error {}

const USAGE =
  "usage: align --source FILE --source-lang LANG --target FILE --target-lang LANG [--unit paragraph|line] [--keep-clutter]";

function splitUnits(text: string, unit: "paragraph" | "line"): string[] {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const pieces = unit === "line" ? normalized.split("\n") : normalized.split(/\n[ \t\u00a0]*\n/);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

function readUnits(path: string, unit: "paragraph" | "line", role: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${role} file ${path}${code ? ` (${code})` : ""}`);
  }
  const units = splitUnits(text, unit);
  if (units.length === 0) throw new UsageError(`${role} file ${path} has no text`);
  return units;
}

function language(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(`missing ${option}; ${USAGE}`);
  const parsed = parseLanguageTag(value);
  if (!parsed.ok) throw new UsageError(`${option} "${value}" is ${parsed.reason === "malformed" ? "not a language tag" : "not a supported language"}`);
  return parsed.tag.code;
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
  const sourceLang = language(values["source-lang"], "--source-lang");
  const targetLang = language(values["target-lang"], "--target-lang");
  const source = readUnits(values.source, values.unit, "source");
  const target = readUnits(values.target, values.unit, "target");

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
