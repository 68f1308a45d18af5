// The export use case: plans the export (404/422 before any byte), then hands back a body that streams from the
// database. TMX, TSV and JSONL are one stream written as rows arrive. Moses (two files per pair) and XLIFF for more
// than one pair are several files from one pass over the rows: each goes to a temporary file, and the files are
// zipped when the pass is done, so the lines of a pair can never come from two different states of the database.
import "server-only";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import packageJson from "@/package.json";
import {
  createJsonlWriter,
  createTmxWriter,
  createTsvWriter,
  createXliffWriter,
  mosesFileName,
  toMosesLines,
  type FormatWriter,
  type ParallelUnit,
  type WriterInfo,
} from "@/lib/core/formats";
import type { Db } from "@/lib/db/client";
import { documentsWithPendingSentences, whenSentencesAligned } from "@/lib/server/alignment/pending-sentences";
import type { ExportOptions } from "./export-options";
import { readExportUnits } from "./read-export-units";
import { resolveExportPlan, type ExportPlan } from "./resolve-export-plan";
import { zipFiles } from "./zip-files";

export const TOOL = { name: "Tarjuman", version: packageJson.version } as const;

export interface ExportProgress {
  rows: number;
  totalRows: number;
  units: number;
  bytes: number;
}

export interface ExportResult {
  fileName: string;
  contentType: string;
  plan: ExportPlan;
  /** The file's bytes; read it once. Pages are queried only as it is read. */
  body: AsyncIterable<Uint8Array>;
}

export interface ExportParallelOptions extends ExportOptions {
  onProgress?: (progress: ExportProgress) => void;
  pageSize?: number;
  /** The date written into headers; now by default. */
  now?: Date;
}

const CONTENT_TYPES = {
  tmx: "application/x-tmx+xml; charset=utf-8",
  xliff: "application/xliff+xml; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  jsonl: "application/jsonl; charset=utf-8",
  zip: "application/zip",
} as const;

/** Strings are gathered into buffers of this size: one Buffer per unit would cost more than the writing. */
const FLUSH_BYTES = 64 * 1024;

export async function exportParallel(db: Db, options: ExportParallelOptions): Promise<ExportResult> {
  const plan = await resolveExportPlan(db, options);
  // Sentence links an import left for later are aligned first: the units must not depend on when the export ran.
  if (options.unit === "sentence") {
    for (const documentId of await documentsWithPendingSentences(db, plan.documentIds)) await whenSentencesAligned(documentId, db);
  }
  const now = options.now ?? new Date();
  const info = (langs: string[]): WriterInfo => ({ langs, unitKind: options.unit, tool: TOOL, created: now });
  const progress: ExportProgress = { rows: 0, totalRows: plan.totalRows, units: 0, bytes: 0 };
  const units = () =>
    readExportUnits(db, {
      documentIds: plan.documentIds,
      langs: plan.langs,
      unit: options.unit,
      status: options.status,
      minScore: options.minScore,
      pageSize: options.pageSize,
      onRows: (rows) => {
        progress.rows = rows;
        options.onProgress?.({ ...progress });
      },
    });
  const counted = async function* () {
    for await (const unit of units()) {
      progress.units++;
      yield unit;
    }
  };
  const pairs = plan.langs.slice(1).map((lang) => [plan.langs[0]!, lang] as [string, string]);
  const suffix = plan.langs.join("-");

  switch (options.format) {
    case "tmx":
    case "tsv":
    case "jsonl": {
      const create = { tmx: createTmxWriter, tsv: createTsvWriter, jsonl: createJsonlWriter }[options.format];
      return {
        fileName: `${plan.stem}.${suffix}.${options.format}`,
        contentType: CONTENT_TYPES[options.format],
        plan,
        body: countBytes(toBuffers(writeStream(create(info(plan.langs)), counted())), progress, options.onProgress),
      };
    }
    case "xliff": {
      if (pairs.length === 1) {
        return {
          fileName: `${plan.stem}.${suffix}.xlf`,
          contentType: CONTENT_TYPES.xliff,
          plan,
          body: countBytes(toBuffers(writeStream(createXliffWriter(info(pairs[0]!)), counted())), progress, options.onProgress),
        };
      }
      const files = pairs.map((pair) => ({ name: `${plan.stem}.${pair.join("-")}.xlf`, writer: createXliffWriter(info(pair)), pair }));
      return {
        fileName: `${plan.stem}.xliff.${suffix}.zip`,
        contentType: CONTENT_TYPES.zip,
        plan,
        body: countBytes(
          zipAfterPass(
            files.map((f) => f.name),
            now,
            async (sinks) => {
              for (const [i, f] of files.entries()) await sinks[i]!.write(f.writer.header());
              for await (const unit of counted()) for (const [i, f] of files.entries()) await sinks[i]!.write(f.writer.unit(unit));
              for (const [i, f] of files.entries()) await sinks[i]!.write(f.writer.footer());
            },
          ),
          progress,
          options.onProgress,
        ),
      };
    }
    case "moses": {
      const names = pairs.flatMap((pair) => [mosesFileName(pair, pair[0]), mosesFileName(pair, pair[1])]);
      return {
        fileName: `${plan.stem}.moses.${suffix}.zip`,
        contentType: CONTENT_TYPES.zip,
        plan,
        body: countBytes(
          zipAfterPass(names, now, async (sinks) => {
            for await (const unit of counted()) {
              for (const [i, pair] of pairs.entries()) {
                const lines = toMosesLines(unit, pair, options.clean);
                if (!lines) continue;
                await sinks[2 * i]!.write(lines[0] + "\n");
                await sinks[2 * i + 1]!.write(lines[1] + "\n");
              }
            }
          }),
          progress,
          options.onProgress,
        ),
      };
    }
  }
}

async function* writeStream(writer: FormatWriter, units: AsyncIterable<ParallelUnit>): AsyncGenerator<string> {
  yield writer.header();
  for await (const unit of units) yield writer.unit(unit);
  yield writer.footer();
}

async function* toBuffers(chunks: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  let pending = "";
  for await (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= FLUSH_BYTES) {
      yield Buffer.from(pending, "utf8");
      pending = "";
    }
  }
  if (pending) yield Buffer.from(pending, "utf8");
}

async function* countBytes(
  body: AsyncIterable<Uint8Array>,
  progress: ExportProgress,
  onProgress: ((progress: ExportProgress) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of body) {
    progress.bytes += chunk.length;
    yield chunk;
  }
  onProgress?.({ ...progress });
}

interface FileSink {
  write(text: string): Promise<void>;
}

/** Runs one pass writing the named files into a temporary folder, then streams them as a zip; the folder goes in any case. */
async function* zipAfterPass(names: string[], mtime: Date, pass: (sinks: FileSink[]) => Promise<void>): AsyncGenerator<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "tarjuman-export-"));
  try {
    const streams = names.map((name) => createWriteStream(join(dir, name)));
    // A write waits for "drain" when the stream's buffer is full: a slow disk slows the pass instead of filling memory.
    const sinks = streams.map((stream) => ({
      async write(text: string) {
        if (text && !stream.write(text)) await once(stream, "drain");
      },
    }));
    try {
      await pass(sinks);
    } finally {
      await Promise.all(streams.map((stream) => new Promise<void>((resolve) => stream.end(() => resolve()))));
    }
    yield* zipFiles(names.map((name) => ({ name, path: join(dir, name) })), mtime);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
