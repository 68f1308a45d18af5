// From uploaded files to one stream of parallel units: zips opened, each file's format told from its content,
// its encoding detected (BOM, the XML declaration, or the caller's choice) and decoded in pieces as the reader
// asks for them. Two plain-text files are a Moses pair; several XLIFF files (one per language pair, as our export
// writes them) are merged unit by unit on their ids.
import "server-only";
import {
  FormatProblem,
  mosesLanguageOf,
  readJsonl,
  readMosesPair,
  readTmx,
  readTsv,
  readXliff12,
  readXliff2,
  sniffFormat,
  type ParallelFormat,
  type ParallelUnit,
  type SniffedFormat,
} from "@/lib/core/formats";
import { decodeChunks, detectEncoding, ImportProblem, type EncodingChoice, type TextEncoding } from "@/lib/core/import";
import { unzipFiles, type NamedBytes } from "./unzip-files";

export interface OpenParallelSourceOptions {
  format?: ParallelFormat | "auto";
  encoding?: EncodingChoice;
  /** Languages of a headerless TSV's columns, or of a Moses pair whose file names do not say. */
  langs?: readonly string[];
  maxBytes: number;
  /** Told how many more bytes have been decoded. */
  onBytes?: (bytes: number) => void;
}

export interface ParallelSource {
  format: ParallelFormat;
  files: NamedBytes[];
  units: AsyncIterable<ParallelUnit>;
  /** Moses: each language's own file, to keep as that text's raw bytes. */
  rawByLang: Map<string, Uint8Array>;
  /** Segments the reader left out (XLIFF segments without a target). */
  skipped(): number;
}

const DECODE_BYTES = 1024 * 1024;

const DECLARED_ENCODINGS: Record<string, TextEncoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  "windows-1256": "windows-1256",
  cp1256: "windows-1256",
};

export async function openParallelSource(uploads: readonly NamedBytes[], options: OpenParallelSourceOptions): Promise<ParallelSource> {
  const files: NamedBytes[] = [];
  for (const upload of uploads) {
    if (sniffFormat(upload.bytes).format === "zip") files.push(...(await unzipFiles(upload.bytes, options.maxBytes)));
    else files.push(upload);
  }
  const selected = selectMosesPair(files, options.langs);
  files.splice(0, files.length, ...selected);
  const sniffed = files.map((f) => sniffFormat(f.bytes));
  const format = decideFormat(files, sniffed.map((s) => s.format), options.format);
  let skipped = 0;
  const onSkip = () => {
    skipped++;
  };
  const text = (i: number) => decodeFile(files[i]!, sniffed[i]!.declaredEncoding, options);
  const rawByLang = new Map<string, Uint8Array>();

  let units: AsyncIterable<ParallelUnit>;
  switch (format) {
    case "tmx":
      units = readTmx(text(0));
      break;
    case "tsv":
      units = readTsv(text(0), { langs: options.langs });
      break;
    case "jsonl":
      units = readJsonl(text(0));
      break;
    case "xliff-1.2":
    case "xliff-2.0": {
      const versionOf = (i: number) => (sniffed[i]!.format.startsWith("xliff") ? sniffed[i]!.format : format);
      const read = (i: number) => (versionOf(i) === "xliff-1.2" ? readXliff12 : readXliff2)(text(i), { onSkip });
      units = files.length === 1 ? read(0) : mergeById(files.map((_, i) => read(i)));
      break;
    }
    case "moses": {
      const langs = files.map((f, i) => options.langs?.[i] ?? mosesLanguageOf(f.name));
      if (langs.some((l) => !l) || langs[0] === langs[1]) throw new FormatProblem("moses-files", { count: files.length });
      files.forEach((f, i) => rawByLang.set(langs[i]!, f.bytes));
      units = readMosesPair({ lang: langs[0]!, name: files[0]!.name, chunks: text(0) }, { lang: langs[1]!, name: files[1]!.name, chunks: text(1) });
      break;
    }
  }
  return { format, files, units, rawByLang, skipped: () => skipped };
}

/**
 * Our Moses zip holds one pair of files per language pair (corpus.en-fa.en, corpus.en-fa.fa, corpus.en-ar.en…);
 * a document takes one pair, chosen by the languages given. Anything else passes through unchanged.
 */
function selectMosesPair(files: NamedBytes[], langs: readonly string[] | undefined): NamedBytes[] {
  if (files.length <= 2 || !langs || langs.length !== 2) return files;
  const [a, b] = langs as [string, string];
  const pick = (lang: string) => files.find((f) => f.name.endsWith(`.${a}-${b}.${lang}`) || f.name.endsWith(`.${b}-${a}.${lang}`));
  const pair = [pick(a), pick(b)];
  return pair[0] && pair[1] ? [pair[0], pair[1]] : files;
}

function decideFormat(files: readonly NamedBytes[], formats: readonly SniffedFormat[], forced: ParallelFormat | "auto" | undefined): ParallelFormat {
  if (forced && forced !== "auto") {
    if (forced === "moses" ? files.length !== 2 : files.length !== 1 && !forced.startsWith("xliff")) throw new FormatProblem("moses-files", { count: files.length });
    return forced;
  }
  if (files.length === 2 && formats.every((f) => f === "text")) return "moses";
  if (files.length >= 1 && formats.every((f) => f === "xliff-2.0" || f === "xliff-1.2")) return formats.includes("xliff-2.0") ? "xliff-2.0" : "xliff-1.2";
  if (files.length === 1 && (formats[0] === "tmx" || formats[0] === "tsv" || formats[0] === "jsonl")) return formats[0];
  if (formats.every((f) => f === "text")) throw new FormatProblem("moses-files", { count: files.length });
  throw new FormatProblem("unknown-format", { detected: formats.join(", ") });
}

function* decodeFile(file: NamedBytes, declared: string | undefined, options: OpenParallelSourceOptions): Generator<string> {
  const choice = options.encoding && options.encoding !== "auto" ? options.encoding : declared ? declaredEncoding(declared) : "auto";
  const detected = detectEncoding(file.bytes, choice);
  // Each chunk is the text of exactly DECODE_BYTES input bytes (the last one of the rest).
  let done = detected.bomLength;
  for (const chunk of decodeChunks(file.bytes, detected, DECODE_BYTES)) {
    const next = Math.min(file.bytes.length, done + DECODE_BYTES);
    options.onBytes?.(next - done);
    done = next;
    yield chunk;
  }
}

function declaredEncoding(declared: string): EncodingChoice {
  const encoding = DECLARED_ENCODINGS[declared];
  if (!encoding) throw new ImportProblem("unsupported-encoding", { encoding: declared, byteOrder: "", hint: "save-as-utf8" });
  return encoding;
}

/** Units of several files with the same id are one unit (our per-pair XLIFF files share the pivot's text). */
async function* mergeById(sources: ReadonlyArray<AsyncIterable<ParallelUnit>>): AsyncGenerator<ParallelUnit> {
  const merged = new Map<string, ParallelUnit>();
  let anonymous = 0;
  for (const source of sources) {
    for await (const unit of source) {
      const key = unit.id ?? `#${anonymous++}`;
      const seen = merged.get(key);
      if (!seen) merged.set(key, { ...unit, texts: { ...unit.texts } });
      else {
        Object.assign(seen.texts, unit.texts);
        if (unit.status === "auto") seen.status = "auto";
      }
    }
  }
  yield* merged.values();
}
