// Checks what an export names before a byte is sent (so a wrong id is a 404, not a broken download), and fixes
// the documents in order, the languages, the row count for progress, and the download's file name.
import "server-only";
import { parseLanguageTag, primaryLanguage } from "@/lib/core/lang/languages";
import type { Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import type { ExportOptions } from "./export-options";

export interface ExportPlan {
  documentIds: number[];
  /** Primary language codes, pivot first. */
  langs: string[];
  /** Rows passing the status filter: what progress counts towards. */
  totalRows: number;
  /** ASCII stem for file names, e.g. "document-12" or "corpus-news". */
  stem: string;
}

const PREFERRED_ORDER = ["en", "fa", "ar"];

export async function resolveExportPlan(db: Db, options: ExportOptions): Promise<ExportPlan> {
  const { documentIds, stem } = await resolveDocuments(db, options);
  const available = await db.text.findMany({ where: { documentId: { in: documentIds } }, distinct: ["lang"], select: { lang: true } });
  const present = [...new Set(available.map((t) => primaryLanguage(t.lang)))];
  const langs = options.langs === "all" ? orderLanguages(present) : validateLanguages(options.langs);
  if (langs.length < 2) {
    throw new AppError("validation", "These documents hold fewer than two languages: there is nothing parallel to export.", {
      messageKey: "export.problems.fewLanguages",
      params: { langs: langs.join(",") },
    });
  }
  const [{ count }] = await db.$queryRaw<[{ count: bigint }]>`
    SELECT count(*) AS count FROM alignment_rows r
    WHERE r.document_id = ANY(${documentIds}::int[])
      AND (r.status = 'CONFIRMED' OR (${options.status === "all"} AND r.status = 'AUTO' AND r.score >= ${options.minScore}))`;
  return { documentIds, langs, totalRows: Number(count), stem };
}

async function resolveDocuments(db: Db, options: ExportOptions): Promise<{ documentIds: number[]; stem: string }> {
  if (options.corpus !== undefined) {
    const where = typeof options.corpus === "number" ? { id: options.corpus } : { slug: options.corpus };
    const corpus = await db.corpus.findUnique({ where, select: { id: true, slug: true } });
    if (!corpus) throw notFound("corpus", options.corpus);
    const documents = await db.document.findMany({ where: { corpusId: corpus.id }, orderBy: { id: "asc" }, select: { id: true } });
    return { documentIds: documents.map((d) => d.id), stem: `corpus-${asciiStem(corpus.slug) || corpus.id}` };
  }
  const wanted = options.documents ?? [];
  const found = await db.document.findMany({ where: { id: { in: wanted } }, select: { id: true } });
  const missing = wanted.filter((id) => !found.some((d) => d.id === id));
  if (missing.length > 0) throw notFound("document", missing.join(","));
  return { documentIds: wanted, stem: wanted.length === 1 ? `document-${wanted[0]}` : `documents-${wanted.length}` };
}

function validateLanguages(codes: readonly string[]): string[] {
  const langs: string[] = [];
  for (const code of codes) {
    const parsed = parseLanguageTag(code);
    if (!parsed.ok) {
      throw new AppError("validation", `"${code}" is not a supported language code.`, { messageKey: "import.problems.unsupported-language", params: { lang: code } });
    }
    if (!langs.includes(parsed.tag.primary)) langs.push(parsed.tag.primary);
  }
  return langs;
}

function orderLanguages(langs: readonly string[]): string[] {
  const rank = (lang: string) => (PREFERRED_ORDER.includes(lang) ? PREFERRED_ORDER.indexOf(lang) : PREFERRED_ORDER.length);
  return [...langs].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function asciiStem(text: string): string {
  const dashed = text.replace(/[^\w.-]+/g, "-");
  let [start, end] = [0, dashed.length];
  while (start < end && dashed[start] === "-") start++;
  while (end > start && dashed[end - 1] === "-") end--;
  return dashed.slice(start, end).slice(0, 60);
}
