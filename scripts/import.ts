// `npm run import -- --en article.txt --fa article.fa.txt [--ar ...] [--title T] [--corpus slug] [--format auto|plain|html]
//   [--encoding [LANG=]auto|utf-8|utf-16le|utf-16be|windows-1256 ...]`
// Imports one document (one file per language) and aligns it. Prints {"documentId":..,"rows":..} on stdout. An
// --encoding other than auto is every file's, or with LANG= that language's file only (a byte order mark still wins):
// for UTF-16 without one, which detection cannot read, e.g. --encoding fa=utf-16le beside an English file in UTF-8.
// `npm run import -- --parallel memory.tmx [--parallel FILE2] [--encoding auto|utf-8|utf-16le|utf-16be|windows-1256]
//   [--langs en,fa] [--status confirmed|auto] [--title T] [--corpus slug]` imports a parallel file (TMX, XLIFF, TSV,
// JSONL, a Moses pair or our export's zip) as a document with its rows as the file pairs them.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { TEXT_ENCODINGS, type EncodingChoice } from "@/lib/core/import/decode";
import { supportedLanguages } from "@/lib/core/lang/languages";
import { closeDb, getDb } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { importDocument, type ImportTextInput } from "@/lib/server/document/import-document";
import { importParallel } from "@/lib/server/import/import-parallel";
import { ZImportParallelFieldsSchema } from "@/lib/server/import/read-parallel-upload";
import { parseOrThrow } from "@/lib/server/http";
import { exitOnInterrupt } from "./lib/exit-on-interrupt";
import { progressBar } from "./lib/progress-bar";

const USAGE = `usage: npm run import -- --<lang> FILE [--<lang> FILE ...] [--title TITLE] [--corpus SLUG] [--format auto|plain|html] [--original <lang>] [--encoding [<lang>=]auto|utf-8|utf-16le|utf-16be|windows-1256 ...]
       npm run import -- --parallel FILE [--parallel FILE] [--encoding auto|utf-8|utf-16le|utf-16be|windows-1256] [--langs en,fa] [--status confirmed|auto] [--title TITLE] [--corpus SLUG]`;

async function main(): Promise<number> {
  const langs = supportedLanguages();
  const { values } = parseArgs({
    options: {
      title: { type: "string" },
      corpus: { type: "string" },
      format: { type: "string", default: "auto" },
      original: { type: "string", multiple: true, default: [] },
      parallel: { type: "string", multiple: true, default: [] },
      encoding: { type: "string", multiple: true, default: [] },
      langs: { type: "string" },
      status: { type: "string" },
      ...Object.fromEntries(langs.map((l) => [l, { type: "string" as const }])),
    },
    strict: true,
  });
  const parallel = values.parallel as string[];
  const encodings = values.encoding as string[];
  if (parallel.length > 0) {
    if (encodings.length > 1) throw new UsageError("--encoding is given once for --parallel files.");
    return importParallelFiles(parallel, { ...(values as unknown as Record<string, string | undefined>), encoding: encodings[0] });
  }
  const format = values.format as string;
  if (!["auto", "plain", "html"].includes(format)) throw new UsageError(`--format must be auto, plain or html, not "${format}".`);
  const encodingOf = fileEncodings(encodings, langs.filter((lang) => typeof (values as Record<string, unknown>)[lang] === "string"));
  const originals = new Set(values.original as string[]);
  const texts: ImportTextInput[] = [];
  for (const lang of langs) {
    const file = (values as Record<string, unknown>)[lang];
    if (typeof file !== "string") continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
    texts.push({ lang, role: originals.has(lang) ? "original" : "translation", format: format as ImportTextInput["format"], content: { kind: "bytes", bytes, fileName: file }, encoding: encodingOf(lang) });
  }
  if (texts.length === 0) throw new UsageError("give at least one text, e.g. --en article.txt");
  const stray = [...originals].filter((lang) => !texts.some((text) => text.lang === lang));
  if (stray.length > 0) throw new UsageError(`--original ${stray[0]} names no text of this import (give --${stray[0]} FILE, or leave it out).`);
  const bar = progressBar({ parse: "Reading the texts", align: "Aligning paragraphs", sentences: "Aligning sentences", write: "Saving" });
  const result = await importDocument(await getDb(), { title: values.title as string | undefined, corpusSlug: values.corpus as string | undefined, texts, onProgress: bar.update });
  bar.done();
  process.stdout.write(JSON.stringify(result) + "\n");
  return 0;
}

/**
 * The encoding of each language's file from the --encoding options: a bare one is every file's, LANG=E that
 * language's file's. Each must be known, and name a language given a file, once.
 */
function fileEncodings(options: readonly string[], given: readonly string[]): (lang: string) => EncodingChoice {
  let every: EncodingChoice = "auto";
  let bare = 0;
  const byLang = new Map<string, EncodingChoice>();
  for (const option of options) {
    const [, lang, value] = /^(?:([^=]+)=)?(.*)$/.exec(option)!;
    if (value !== "auto" && !(TEXT_ENCODINGS as readonly string[]).includes(value!)) {
      throw new UsageError(`--encoding must be auto, ${TEXT_ENCODINGS.join(", ")}, not "${value}".`);
    }
    if (lang === undefined) {
      if (bare++ > 0) throw new UsageError("--encoding without a language is given once; name the language for each file (--encoding fa=utf-16le).");
      every = value as EncodingChoice;
      continue;
    }
    if (!given.includes(lang)) throw new UsageError(`--encoding ${option} names no text of this import (give --${lang} FILE).`);
    if (byLang.has(lang)) throw new UsageError(`--encoding is given twice for ${lang}.`);
    byLang.set(lang, value as EncodingChoice);
  }
  return (lang) => byLang.get(lang) ?? every;
}

async function importParallelFiles(paths: string[], values: Record<string, string | undefined>): Promise<number> {
  const fields = parseOrThrow(ZImportParallelFieldsSchema, { encoding: values.encoding, langs: values.langs, status: values.status, title: values.title, corpus: values.corpus });
  const files = paths.map((path) => {
    try {
      return { name: path, bytes: new Uint8Array(readFileSync(path)) };
    } catch {
      throw new UsageError(`cannot read ${path}`);
    }
  });
  const result = await importParallel(await getDb(), {
    files,
    encoding: fields.encoding,
    langs: fields.langs,
    status: fields.status,
    title: fields.title,
    corpusSlug: fields.corpus,
    onProgress: ({ bytes, totalBytes, units }) => process.stderr.write(`\r${units.toLocaleString("en")} units · ${Math.round((100 * bytes) / Math.max(1, totalBytes))} % of ${(totalBytes / 1e6).toFixed(1)} MB`),
  });
  process.stderr.write("\n");
  process.stdout.write(JSON.stringify(result) + "\n");
  return 0;
}

class UsageError extends Error {}

// Ctrl-C or a kill stops at once. The import is one transaction: the database rolls back an unfinished one, and
// when this process owns the embedded database, process.exit closes it first (lib/db/close-before-exit.ts).
const isInterrupted = exitOnInterrupt("import: interrupted; an unfinished import is rolled back.");

main()
  .catch((error: unknown) => {
    if (isInterrupted()) return 1; // the connection closed under the import: no news
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) console.error(`import: ${error.message}\n${USAGE}`);
    else if (error instanceof AppError) console.error(`import: ${[error.message, ...(error.details.problems ?? []).map((p) => p.message)].filter((m, i, all) => all.indexOf(m) === i).join("\n  ")}`);
    else console.error(error);
    return 1;
  })
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  });
