// How a concept was rendered across a corpus: per language every rendering found, how often, in which rows and
// documents, and per document the counts behind the chart of rendering shares. A shared concept is looked for in
// every corpus. Proposed renderings are not matched, so they do not appear until approved.
import "server-only";
import { stringify } from "csv-stringify/sync";
import type { TermStatus } from "@/lib/core/terms";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { conceptOccurrences } from "./annotate-rows";
import { statusFromDb } from "./concept-view";

export interface RenderingUsage {
  renderingId: number;
  text: string;
  status: TermStatus;
  count: number;
  rowIds: number[];
  documentIds: number[];
}

export interface ConceptUsage {
  conceptId: number;
  label: string;
  languages: Array<{ lang: string; count: number; renderings: RenderingUsage[] }>;
  documents: Array<{ id: number; title: string; counts: Array<{ renderingId: number; lang: string; count: number; rowIds: number[] }> }>;
}

/** Documents looked at, at most: the view is for a corpus, not the whole installation's history. */
const MAX_DOCUMENTS = 500;

export async function getConceptUsage(db: Db, conceptId: number): Promise<ConceptUsage> {
  const concept = await db.termConcept.findUnique({
    where: { id: conceptId },
    select: { id: true, label: true, corpusId: true, renderings: { orderBy: { id: "asc" }, select: { id: true, lang: true, text: true, status: true } } },
  });
  if (!concept) throw notFound("concept", conceptId);
  const documents = await db.document.findMany({
    where: concept.corpusId === null ? {} : { corpusId: concept.corpusId },
    orderBy: { id: "asc" },
    take: MAX_DOCUMENTS,
    select: { id: true, title: true },
  });
  const renderingOf = new Map(concept.renderings.map((r) => [r.id, r]));
  const usage = new Map<number, RenderingUsage & { lang: string }>();
  const perDocument: ConceptUsage["documents"] = [];
  for (const document of documents) {
    const counts = new Map<number, { count: number; rowIds: number[] }>();
    for (const occurrence of await conceptOccurrences(db, document.id, conceptId)) {
      const rendering = renderingOf.get(occurrence.renderingId);
      if (!rendering) continue;
      let entry = usage.get(rendering.id);
      if (!entry) {
        entry = { renderingId: rendering.id, lang: rendering.lang, text: rendering.text, status: statusFromDb(rendering.status), count: 0, rowIds: [], documentIds: [] };
        usage.set(rendering.id, entry);
      }
      entry.count++;
      if (!entry.rowIds.includes(occurrence.rowId)) entry.rowIds.push(occurrence.rowId);
      if (!entry.documentIds.includes(document.id)) entry.documentIds.push(document.id);
      const here = counts.get(rendering.id);
      if (!here) counts.set(rendering.id, { count: 1, rowIds: [occurrence.rowId] });
      else {
        here.count++;
        if (!here.rowIds.includes(occurrence.rowId)) here.rowIds.push(occurrence.rowId);
      }
    }
    if (counts.size > 0) {
      perDocument.push({ id: document.id, title: document.title, counts: [...counts].map(([renderingId, c]) => ({ renderingId, lang: renderingOf.get(renderingId)!.lang, ...c })) });
    }
  }
  const languages = new Map<string, RenderingUsage[]>();
  for (const { lang, ...entry } of usage.values()) {
    const list = languages.get(lang);
    if (list) list.push(entry);
    else languages.set(lang, [entry]);
  }
  return {
    conceptId,
    label: concept.label,
    languages: [...languages]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([lang, renderings]) => ({ lang, count: renderings.reduce((n, r) => n + r.count, 0), renderings: renderings.sort((a, b) => b.count - a.count) })),
    documents: perDocument,
  };
}

export const USAGE_CSV_COLUMNS = ["lang", "rendering", "status", "document_id", "document_title", "count", "row_ids"] as const;

/** One record per rendering and document: what a researcher opens in a spreadsheet. */
export function usageToCsv(usage: ConceptUsage): string {
  const titles = new Map(usage.documents.map((d) => [d.id, d.title]));
  const records: string[][] = [];
  for (const language of usage.languages) {
    for (const rendering of language.renderings) {
      for (const document of usage.documents) {
        const here = document.counts.find((c) => c.renderingId === rendering.renderingId);
        if (!here) continue;
        records.push([language.lang, rendering.text, rendering.status, String(document.id), titles.get(document.id) ?? "", String(here.count), here.rowIds.join(" ")]);
      }
    }
  }
  return stringify(records, { header: true, columns: [...USAGE_CSV_COLUMNS] });
}
