// What an export is asked for, parsed from a query string (GET /api/export) or command-line flags (scripts/export.ts)
// by one zod schema, so the two accept exactly the same options.
import "server-only";
import { z } from "zod";
import type { ExportFormat, MosesCleaning, UnitKind } from "@/lib/core/formats";
import { AppError } from "@/lib/server/errors";
import { parseOrThrow } from "@/lib/server/http";

export interface ExportOptions {
  /** Exactly one scope: a selection of documents, or every document of a corpus (by id or slug). */
  documents?: number[];
  corpus?: number | string;
  format: ExportFormat;
  /** Language codes, pivot first; "all" takes every language of the documents (en, fa, ar first). */
  langs: string[] | "all";
  unit: UnitKind;
  /** "confirmed": confirmed rows only; "all": confirmed rows and auto rows scored at least minScore. */
  status: "confirmed" | "all";
  minScore: number;
  /** Moses only: drop pairs as clean-corpus-n does. */
  clean?: MosesCleaning;
}

const ids = z
  .string()
  .trim()
  .regex(/^\d+(,\d+)*$/, "a comma-separated list of document ids")
  .transform((v) => [...new Set(v.split(",").map(Number))]);

const positive = z.coerce.number().positive();

export const ZExportQuerySchema = z
  .object({
    documents: ids.optional(),
    corpus: z.string().trim().min(1).max(100).optional(),
    format: z.enum(["tmx", "xliff", "moses", "tsv", "jsonl"]),
    langs: z
      .string()
      .trim()
      .default("all")
      .transform((v) => (v === "all" ? ("all" as const) : v.split(",").map((l) => l.trim()).filter(Boolean))),
    unit: z.enum(["paragraph", "sentence"]).default("paragraph"),
    status: z.enum(["confirmed", "all"]).default("confirmed"),
    minScore: z.coerce.number().min(0).max(1).optional(),
    maxRatio: positive.optional(),
    maxTokens: z.coerce.number().int().positive().optional(),
    minTokens: z.coerce.number().int().positive().optional(),
  })
  .refine((q) => (q.documents === undefined) !== (q.corpus === undefined), { message: "give either documents or corpus", path: ["documents"] })
  .refine((q) => q.langs === "all" || q.langs.length >= 2, { message: "name at least two languages, or all", path: ["langs"] });

/** Parses query parameters (or flags of the same names); throws AppError("validation") with a problem per field. */
export function parseExportQuery(input: Record<string, string | undefined>): ExportOptions {
  const query = parseOrThrow(ZExportQuerySchema, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== "")));
  if (query.minScore !== undefined && query.status === "confirmed") {
    throw new AppError("validation", "minScore applies to auto rows: use it with status=all.", {
      messageKey: "errors.invalidField",
      params: { field: "minScore", detail: "use with status=all" },
    });
  }
  const hasCleaning = query.maxRatio !== undefined || query.maxTokens !== undefined || query.minTokens !== undefined;
  return {
    ...(query.documents ? { documents: query.documents } : {}),
    ...(query.corpus !== undefined ? { corpus: /^\d+$/.test(query.corpus) ? Number(query.corpus) : query.corpus } : {}),
    format: query.format,
    langs: query.langs,
    unit: query.unit,
    status: query.status,
    minScore: query.minScore ?? 0,
    ...(hasCleaning ? { clean: { maxRatio: query.maxRatio, maxTokens: query.maxTokens, minTokens: query.minTokens } } : {}),
  };
}
