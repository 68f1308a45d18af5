// The approved term base (of a corpus with the shared concepts, or all of it) as TBX-Basic <martif>, ISO 30042:2019
// <tbx>, or CSV. Proposals stay out: an export is what the team agreed on.
import "server-only";
import { writeTbx, writeTermCsv, type TermBase } from "@/lib/core/terms";
import type { Db } from "@/lib/db/client";
import { statusFromDb } from "./concept-view";

export type TermExportFormat = "tbx" | "tbx-basic" | "csv";

export const TERM_EXPORT_FORMATS: readonly TermExportFormat[] = ["tbx", "tbx-basic", "csv"];

export interface TermExport {
  body: string;
  contentType: string;
  fileName: string;
}

export async function exportTerms(db: Db, options: { format: TermExportFormat; corpusId?: number | null }): Promise<TermExport> {
  const scope = options.corpusId === undefined ? {} : options.corpusId === null ? { corpusId: null } : { OR: [{ corpusId: options.corpusId }, { corpusId: null }] };
  const rows = await db.termConcept.findMany({
    where: { state: "APPROVED", ...scope },
    orderBy: { id: "asc" },
    select: { id: true, label: true, note: true, domain: true, renderings: { where: { state: "APPROVED" }, orderBy: { id: "asc" }, select: { id: true, lang: true, text: true, status: true, note: true } } },
  });
  const base: TermBase = {
    concepts: rows.map((c) => ({
      id: `c${c.id}`,
      label: c.label,
      ...(c.note ? { note: c.note } : {}),
      ...(c.domain ? { domain: c.domain } : {}),
      renderings: c.renderings.map((r) => ({ id: r.id, lang: r.lang, text: r.text, status: statusFromDb(r.status), ...(r.note ? { note: r.note } : {}) })),
    })),
  };
  if (options.format === "csv") return { body: writeTermCsv(base), contentType: "text/csv; charset=utf-8", fileName: "termbase.csv" };
  const flavor = options.format === "tbx" ? "tbx-2019" : "tbx-basic-2008";
  return { body: writeTbx(base, { flavor }), contentType: "application/x-tbx+xml; charset=utf-8", fileName: options.format === "tbx" ? "termbase.tbx" : "termbase-basic.tbx" };
}
