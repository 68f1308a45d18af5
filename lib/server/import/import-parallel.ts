// Imports a parallel corpus or translation memory (TMX, XLIFF 1.2/2.0, TSV, JSONL, a Moses pair) as a new
// document: one text per language found, one paragraph per segment, and the rows as the file pairs them —
// confirmed or auto as the file says (our x-status prop, an XLIFF state), the import's `status` otherwise. No
// aligner runs. A reviewer named in the file is kept only when it is the importing user (by e-mail): nobody can
// attribute decisions to someone else by uploading a file, and re-importing one's own export gives it back. Each row also gets one sentence link holding its whole segments, so that a sentence-level export
// of the document gives its units back.
//
// The file is parsed as it is read and written in batches, all inside one transaction: a problem on the last
// line leaves nothing behind, and memory holds one batch, not the corpus.
import "server-only";
import { createHash } from "node:crypto";
import { FormatProblem, type ParallelFormat, type ParallelUnit, type UnitStatus } from "@/lib/core/formats";
import { ImportProblem, type EncodingChoice } from "@/lib/core/import";
import { parseLanguageTag, pivotOf, type LanguageTag } from "@/lib/core/lang/languages";
import { searchKey } from "@/lib/core/text/search-key";
import type { Db, Tx } from "@/lib/db/client";
import { withConnection } from "@/lib/db/transaction-connection";
import {
  insertCells,
  insertParagraphs,
  insertRows,
  insertSentenceLinks,
  insertSentences,
  reserveIds,
  withoutReferenceChecks,
  type NewParagraph,
} from "@/lib/server/alignment/bulk-write";
import { recordAudit } from "@/lib/server/audit";
import { createText } from "@/lib/server/document/create-text";
import { DEFAULT_CORPUS } from "@/lib/server/document/import-document";
import { AppError, type FieldProblem } from "@/lib/server/errors";
import { openParallelSource } from "./open-parallel-source";
import type { NamedBytes } from "./unzip-files";

/** The largest upload (all files together, and all files of a zip once inflated). */
export const MAX_PARALLEL_BYTES = 128 * 1024 * 1024;
const BATCH_UNITS = 1000;
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30 * 60_000 } as const;

export interface ImportParallelOptions {
  files: readonly NamedBytes[];
  format?: ParallelFormat | "auto";
  encoding?: EncodingChoice;
  langs?: readonly string[];
  /** The status of rows whose file says nothing; confirmed by default (a translation memory is human work). */
  status?: UnitStatus;
  title?: string;
  corpusSlug?: string;
  actorId?: number | null;
  onProgress?: (progress: { bytes: number; totalBytes: number; units: number }) => void;
}

export interface ImportParallelResult {
  documentId: number;
  format: ParallelFormat;
  rows: number;
  langs: string[];
  skipped: number;
}

interface TextSlot {
  id: number;
  code: string;
  nextPosition: number;
}

export async function importParallel(db: Db, options: ImportParallelOptions): Promise<ImportParallelResult> {
  const totalBytes = options.files.reduce((n, f) => n + f.bytes.length, 0);
  if (totalBytes > MAX_PARALLEL_BYTES) throw tooLarge(totalBytes);
  if (options.files.length === 0) throw asAppError(new FormatProblem("no-units"));
  const progress = { bytes: 0, totalBytes, units: 0 };

  try {
    const source = await openParallelSource(options.files, {
      format: options.format,
      encoding: options.encoding,
      langs: options.langs,
      maxBytes: MAX_PARALLEL_BYTES,
      onBytes: (bytes) => {
        progress.bytes += bytes;
      },
    });
    const corpusSlug = options.corpusSlug ?? DEFAULT_CORPUS.slug;
    const wholeUpload = options.files.length === 1 ? options.files[0]!.bytes : source.files[0]!.bytes;

    const actor = options.actorId ? await db.user.findUnique({ where: { id: options.actorId }, select: { email: true } }) : null;

    return await withConnection((body) => db.$transaction(body, TRANSACTION_OPTIONS), async (tx, connection) => {
      const corpus = await tx.corpus.upsert({
        where: { slug: corpusSlug },
        create: corpusSlug === DEFAULT_CORPUS.slug ? { ...DEFAULT_CORPUS } : { slug: corpusSlug, name: corpusSlug },
        update: {},
        select: { id: true },
      });
      const document = await tx.document.create({
        data: { corpusId: corpus.id, title: "Importing…", createdById: options.actorId ?? null },
        select: { id: true },
      });
      const texts = new Map<string, TextSlot>(); // by primary language
      const digests = new Map<Uint8Array, string>(); // of the uploaded files stored as a text's raw bytes, for the audit
      const titles = new Set<string>();
      const reviewers = new Set<string>();
      let rows = 0;
      let batch: ParallelUnit[] = [];

      const textFor = async (code: string, line: number | undefined): Promise<TextSlot> => {
        const tag = languageOf(code, line);
        const slot = texts.get(tag.primary);
        if (slot) {
          if (slot.code !== tag.code) throw new FormatProblem("duplicate-language", { langs: `${slot.code}, ${tag.code}`, ...(line ? { line } : {}) });
          return slot;
        }
        // The raw bytes: a Moses side's own file; otherwise the upload, kept once, on the first text.
        const raw = source.rawByLang.get(code) ?? (texts.size === 0 ? wholeUpload : new Uint8Array());
        const { id: textId, rawSha256 } = await createText(tx, connection, {
          documentId: document.id,
          lang: tag.code,
          direction: tag.dir === "rtl" ? "RTL" : "LTR",
          role: "TRANSLATION",
          format: "PLAIN",
          raw,
        });
        if (raw.length > 0) digests.set(raw, rawSha256);
        const created = { id: textId, code: tag.code, nextPosition: 0 };
        texts.set(tag.primary, created);
        return created;
      };

      const flush = async () => {
        if (batch.length === 0) return;
        rows = await writeBatch(tx, {
          documentId: document.id,
          units: batch,
          firstPosition: rows,
          textFor,
          defaultStatus: options.status ?? "confirmed",
          origin: `import:${source.format}`,
          actor: actor && options.actorId ? { id: options.actorId, email: actor.email } : null,
        });
        progress.units = rows;
        options.onProgress?.({ ...progress });
        batch = [];
      };

      for await (const unit of source.units) {
        if (unit.document !== undefined && titles.size < 2) titles.add(unit.document);
        if (unit.reviewer && reviewers.size < 20) reviewers.add(unit.reviewer);
        batch.push(unit);
        if (batch.length >= BATCH_UNITS) await flush();
      }
      await flush();
      if (rows === 0) throw new FormatProblem("no-units");

      const langs = [...texts.values()].map((t) => t.code);
      const pivot = pivotOf(langs)!;
      const title = options.title?.trim() || (titles.size === 1 ? [...titles][0]! : "") || fileStem(options.files[0]?.name) || "Imported corpus";
      await tx.document.update({
        where: { id: document.id },
        data: { title: title.slice(0, 500), pivotLang: pivot, alignedAt: new Date(), alignInfo: { status: "ok", origin: `import:${source.format}`, rows } },
      });
      await recordAudit(tx, {
        actorId: options.actorId,
        documentId: document.id,
        action: "document.import-parallel",
        entity: "documents",
        entityId: document.id,
        data: {
          format: source.format,
          files: options.files.map((f) => ({ name: f.name, bytes: f.bytes.length, sha256: digests.get(f.bytes) ?? createHash("sha256").update(f.bytes).digest("hex") })),
          rows,
          langs,
          skipped: source.skipped(),
          reviewersInFile: [...reviewers],
        },
      });
      return { documentId: document.id, format: source.format, rows, langs, skipped: source.skipped() };
    });
  } catch (error) {
    if (error instanceof FormatProblem || error instanceof ImportProblem) throw asAppError(error);
    throw error;
  }
}

interface BatchOptions {
  documentId: number;
  units: readonly ParallelUnit[];
  firstPosition: number;
  textFor: (code: string, line: number | undefined) => Promise<TextSlot>;
  defaultStatus: UnitStatus;
  origin: string;
  actor: { id: number; email: string } | null;
}

/**
 * Writes one batch of units (paragraphs, rows, cells, sentence links, sentences) as the text import writes its
 * alignment (../alignment/bulk-write.ts): ids drawn first, one statement a table. Prisma's createMany took 0.2-0.8 s
 * a statement for a batch of 1,000 units on the embedded database. Returns the row count so far.
 */
async function writeBatch(tx: Tx, options: BatchOptions): Promise<number> {
  const paragraphs: Array<{ unit: number; textId: number; position: number; text: string }> = [];
  for (const [i, unit] of options.units.entries()) {
    for (const [code, text] of Object.entries(unit.texts)) {
      if (text === "") continue;
      if (text.includes("\0")) throw new ImportProblem("binary", { reason: "nul-bytes" });
      const slot = await options.textFor(code, unit.line);
      paragraphs.push({ unit: i, textId: slot.id, position: slot.nextPosition++, text });
    }
  }
  const paragraphIds = await reserveIds(tx, "paragraphs", paragraphs.length);
  const rowIds = await reserveIds(tx, "alignment_rows", options.units.length);
  const linkIds = await reserveIds(tx, "sentence_links", options.units.length);

  const decidedAt = new Date();
  await insertRows(
    tx,
    options.documentId,
    options.origin,
    options.units.map((unit, i) => {
      const isConfirmed = (unit.status ?? options.defaultStatus) === "confirmed";
      const decidedById = isConfirmed && options.actor && unit.reviewer === options.actor.email ? options.actor.id : null;
      return {
        id: rowIds[i]!,
        position: options.firstPosition + i,
        score: roundScore(unit.score ?? 1),
        sentencesPending: false,
        status: isConfirmed ? ("CONFIRMED" as const) : ("AUTO" as const),
        decidedById,
        decidedAt: isConfirmed ? decidedAt : null,
      };
    }),
  );
  const byText = new Map<number, NewParagraph[]>();
  for (const [k, p] of paragraphs.entries()) {
    const list = byText.get(p.textId) ?? [];
    if (list.length === 0) byText.set(p.textId, list);
    list.push({ id: paragraphIds[k]!, position: p.position, kind: "BODY", text: p.text, searchText: searchKey(p.text) });
  }
  // The rows above keep their reference checks: a row's reviewer is an existing user. Everything below refers only to
  // rows of this transaction (texts, rows, paragraphs, links), so its checks are skipped (see withoutReferenceChecks).
  await withoutReferenceChecks(tx, async () => {
    for (const [textId, list] of byText) await insertParagraphs(tx, textId, list);
    await insertCells(tx, paragraphs.map((p, k) => ({ rowId: rowIds[p.unit]!, paragraphId: paragraphIds[k]! })));
    await insertSentenceLinks(tx, options.units.map((unit, i) => ({ id: linkIds[i]!, rowId: rowIds[i]!, position: 0, score: roundScore(unit.score ?? 1) })));
    await insertSentences(tx, paragraphs.map((p, k) => ({ paragraphId: paragraphIds[k]!, position: 0, start: 0, end: p.text.length, linkId: linkIds[p.unit]! })));
  });
  return options.firstPosition + options.units.length;
}

function languageOf(code: string, line: number | undefined): LanguageTag {
  const parsed = parseLanguageTag(code);
  if (!parsed.ok) throw new FormatProblem("bad-language", { lang: code, ...(line ? { line } : {}) });
  return parsed.tag;
}

function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1e4) / 1e4;
}

function fileStem(name: string | undefined): string {
  return name ? name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") : "";
}

function tooLarge(size: number): AppError {
  return new AppError("payload_too_large", `The upload is ${size} bytes; the limit is ${MAX_PARALLEL_BYTES} bytes.`, {
    messageKey: "parallel.problems.too-large",
    params: { size, limit: MAX_PARALLEL_BYTES },
  });
}

/** A problem with the file, as the HTTP edge reports it: 422 with one field problem (413 when too large). */
export function asAppError(error: FormatProblem | ImportProblem): AppError {
  const prefix = error instanceof FormatProblem ? "parallel" : "import";
  const problem: FieldProblem = { field: "file", messageKey: `${prefix}.problems.${error.code}`, params: error.params, message: error.message };
  const code = error.code === "too-large" ? "payload_too_large" : "validation";
  return new AppError(code, error.message, { messageKey: "parallel.problems.summary", problems: [problem] });
}
