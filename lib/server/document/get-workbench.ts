// Everything the workbench page shows for one document, in one round of queries.
import "server-only";
import { directionOf } from "@/lib/core/lang/languages";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { DOUBTFUL_BELOW, layoutWorkbenchRows, type ParagraphView, type WorkbenchRow } from "./workbench-rows";

export interface WorkbenchTextView {
  id: number;
  lang: string;
  dir: "ltr" | "rtl";
  role: "ORIGINAL" | "TRANSLATION";
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  publishedAt: string | null;
  format: "PLAIN" | "HTML";
  paragraphCount: number;
  boilerplateCount: number;
}

export interface WorkbenchView {
  document: { id: number; title: string; pivotLang: string; createdAt: string; updatedAt: string; alignedAt: string | null };
  texts: WorkbenchTextView[];
  rows: WorkbenchRow[];
  counts: { rows: number; auto: number; confirmed: number; rejected: number; doubtful: number };
}

export async function getWorkbench(db: Db, documentId: number): Promise<WorkbenchView> {
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      title: true,
      pivotLang: true,
      createdAt: true,
      updatedAt: true,
      alignedAt: true,
      texts: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          lang: true,
          role: true,
          title: true,
          sourceUrl: true,
          publisher: true,
          publishedAt: true,
          format: true,
          paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, kind: true, version: true } },
        },
      },
    },
  });
  if (!document) throw notFound("document", documentId);
  const rows = await db.alignmentRow.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    select: { id: true, status: true, score: true, version: true, rejectedGrouping: true, cells: { select: { paragraphId: true } } },
  });

  const paragraphs: Record<string, ParagraphView[]> = Object.fromEntries(document.texts.map((t) => [t.lang, t.paragraphs]));
  const layout = layoutWorkbenchRows({
    langs: document.texts.map((t) => t.lang),
    paragraphs,
    rows: rows.map((r) => {
      const replaced = r.cells.length === 0 && r.rejectedGrouping.length > 0;
      return { id: r.id, status: r.status, score: r.score, version: r.version, replaced, paragraphIds: replaced ? r.rejectedGrouping : r.cells.map((c) => c.paragraphId) };
    }),
  });

  return {
    document: {
      id: document.id,
      title: document.title,
      pivotLang: document.pivotLang,
      createdAt: document.createdAt.toISOString(),
      updatedAt: document.updatedAt.toISOString(),
      alignedAt: document.alignedAt?.toISOString() ?? null,
    },
    texts: document.texts.map((t) => ({
      id: t.id,
      lang: t.lang,
      dir: directionOf(t.lang),
      role: t.role,
      title: t.title,
      sourceUrl: t.sourceUrl,
      publisher: t.publisher,
      publishedAt: t.publishedAt?.toISOString().slice(0, 10) ?? null,
      format: t.format,
      paragraphCount: t.paragraphs.length,
      boilerplateCount: t.paragraphs.filter((p) => p.kind === "BOILERPLATE").length,
    })),
    rows: layout,
    counts: {
      rows: rows.length,
      auto: rows.filter((r) => r.status === "AUTO").length,
      confirmed: rows.filter((r) => r.status === "CONFIRMED").length,
      rejected: rows.filter((r) => r.status === "REJECTED").length,
      doubtful: rows.filter((r) => r.status === "AUTO" && r.score < DOUBTFUL_BELOW).length,
    },
  };
}
