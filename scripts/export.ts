// `npm run export -- (--documents 1,2 | --corpus ID|SLUG) --format tmx|xliff|moses|tsv|jsonl [--langs en,fa|all]
//   [--unit paragraph|sentence] [--status confirmed|all] [--min-score 0.9] [--max-ratio 9 --max-tokens 80 --min-tokens 1]
//   [--out FILE]`
// The same options as GET /api/export. Writes the file (by default under the name the download would have) and
// shows progress on stderr. The file is written under a temporary name beside it and renamed when complete: a path
// it cannot write is reported before the export starts, a failed export leaves no half-written file, and a file
// already at that path is replaced only by a finished export. Interrupted (Ctrl-C), it removes the temporary file.
import { open, rename, rm, type FileHandle } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { closeBeforeExit } from "@/lib/db/close-before-exit";
import { closeDb, getDb } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { parseExportQuery } from "@/lib/server/export/export-options";
import { exportParallel, type ExportProgress } from "@/lib/server/export/export-parallel";
import { exitOnInterrupt } from "./lib/exit-on-interrupt";

const USAGE =
  "usage: npm run export -- (--documents ID,ID | --corpus ID) --format tmx|xliff|moses|tsv|jsonl [--langs en,fa|all] " +
  "[--unit paragraph|sentence] [--status confirmed|all] [--min-score 0.9] [--max-ratio 9] [--max-tokens 80] [--min-tokens 1] [--out FILE]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      documents: { type: "string" },
      corpus: { type: "string" },
      format: { type: "string" },
      langs: { type: "string" },
      unit: { type: "string" },
      status: { type: "string" },
      "min-score": { type: "string" },
      "max-ratio": { type: "string" },
      "max-tokens": { type: "string" },
      "min-tokens": { type: "string" },
      out: { type: "string" },
    },
    strict: true,
  });
  const options = parseExportQuery({
    documents: values.documents,
    corpus: values.corpus,
    format: values.format,
    langs: values.langs,
    unit: values.unit,
    status: values.status,
    minScore: values["min-score"],
    maxRatio: values["max-ratio"],
    maxTokens: values["max-tokens"],
    minTokens: values["min-tokens"],
  });
  let output = values.out === undefined ? undefined : await openOutput(values.out);
  try {
    const started = performance.now();
    const show = progressPrinter(started);
    const result = await exportParallel(await getDb(), { ...options, onProgress: show });
    output ??= await openOutput(result.fileName);
    await pipeline(Readable.from(result.body), output.handle.createWriteStream());
    await rename(output.partial, output.path);
    output.forget();
    output = undefined;
    show(null);
    const last = latest;
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `export: wrote ${values.out ?? result.fileName}: ${last?.units ?? 0} units from ${last?.rows ?? 0} rows, ${((last?.bytes ?? 0) / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s\n`,
    );
    return 0;
  } finally {
    if (output) {
      await output.handle.close().catch(() => undefined);
      await rm(output.partial, { force: true });
      output.forget();
    }
  }
}

class OutputError extends Error {}

/**
 * The export's file, open under a temporary name in the same folder (so that the rename is atomic), which an exit
 * before the rename removes until `forget` is called.
 */
async function openOutput(path: string): Promise<{ path: string; partial: string; handle: FileHandle; forget: () => void }> {
  const partial = `${path}.partial`;
  try {
    const handle = await open(partial, "w");
    return { path, partial, handle, forget: closeBeforeExit(() => rm(partial, { force: true })) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(`cannot write ${path}${code ? ` (${code})` : ""}`);
  }
}

let latest: ExportProgress | null = null;

// On a terminal one line rewritten in place, at most 5 times a second; in a log, a line every 5 seconds.
function progressPrinter(started: number): (progress: ExportProgress | null) => void {
  const isTty = process.stderr.isTTY;
  let shownAt = 0;
  return (progress) => {
    if (progress) latest = progress;
    const now = performance.now();
    if (progress && now - shownAt < (isTty ? 200 : 5000)) return;
    shownAt = now;
    if (!latest) return;
    const { rows, totalRows, bytes } = latest;
    const percent = totalRows > 0 ? Math.min(100, Math.round((rows / totalRows) * 100)) : 100;
    const rate = rows / Math.max(0.001, (now - started) / 1000);
    const line = `${rows.toLocaleString("en")}/${totalRows.toLocaleString("en")} rows (${percent} %) · ${(bytes / 1e6).toFixed(1)} MB · ${Math.round(rate).toLocaleString("en")} rows/s`;
    process.stderr.write(isTty ? `\r${line}${progress ? "" : "\n"}` : `${line}\n`);
  };
}

// Ctrl-C or a kill stops at once; process.exit runs the closers, which remove an unfinished file (openOutput).
const isInterrupted = exitOnInterrupt("export: interrupted; no file was written.");

main()
  .catch((error: unknown) => {
    if (isInterrupted()) return 1;
    if (error instanceof OutputError) console.error(`export: ${error.message}`);
    else if (error instanceof AppError) console.error(`export: ${error.message}\n${USAGE}`);
    else if (error instanceof TypeError && "code" in error) console.error(`export: ${error.message}\n${USAGE}`);
    else console.error(error);
    return 1;
  })
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  });
