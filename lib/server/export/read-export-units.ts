// Streams the approved rows of the planned documents as parallel units, one page of rows per query pair
// (keyset pagination on (position, id) inside each document, never OFFSET), so memory holds one page whatever
// the corpus size. Boilerplate paragraphs are never exported. The paragraphs of one language in a row (an n-m
// bead) are joined with a space. At sentence level a row gives one unit per stored sentence link, each language's
// sentences cut from the paragraph text by their offsets; a row without links (none were stored) is exported
// whole. Units with text in fewer than two of the languages are left out, and the others numbered 1, 2, … so
// that re-exporting an imported file gives the same ids.
import "server-only";
import { isParallel, type ParallelUnit, type UnitKind } from "@/lib/core/formats";
import { primaryLanguage } from "@/lib/core/lang/languages";
import type { Db } from "@/lib/db/client";

export interface ReadExportUnitsOptions {
  documentIds: readonly number[];
  langs: readonly string[];
  unit: UnitKind;
  status: "confirmed" | "all";
  minScore: number;
  pageSize?: number;
  /** Called after each page with the number of rows read so far. */
  onRows?: (rows: number) => void;
}

interface RowRecord {
  id: number;
  position: number;
  status: "CONFIRMED" | "AUTO";
  score: number;
  created_at: Date;
  changed_at: Date;
  reviewer: string | null;
}

interface ParagraphRecord {
  row_id: number;
  id: number;
  lang: string;
  text: string;
  position: number;
}

interface LinkRecord {
  id: number;
  row_id: number;
  score: number;
}

interface SentenceRecord {
  link_id: number;
  paragraph_id: number;
  start: number;
  end: number;
}

export const DEFAULT_PAGE_SIZE = 2000;

export async function* readExportUnits(db: Db, options: ReadExportUnitsOptions): AsyncGenerator<ParallelUnit> {
  const { langs, pageSize = DEFAULT_PAGE_SIZE } = options;
  const includeAuto = options.status === "all";
  let rowsRead = 0;
  let nextId = 1;

  for (const documentId of options.documentIds) {
    const document = await db.document.findUnique({ where: { id: documentId }, select: { title: true, texts: { select: { id: true, lang: true } } } });
    if (!document) continue; // deleted since the plan was made
    const langOfText = new Map(document.texts.map((t) => [t.id, t.lang]));
    let after = { position: -1, id: 0 };
    for (;;) {
      const rows = await db.$queryRaw<RowRecord[]>`
        SELECT r.id, r.position, r.status::text AS status, r.score, r.created_at,
               coalesce(r.decided_at, r.updated_at) AS changed_at, u.email AS reviewer
        FROM alignment_rows r LEFT JOIN users u ON u.id = r.decided_by_id
        WHERE r.document_id = ${documentId}
          AND r.position >= ${after.position} AND (r.position > ${after.position} OR r.id > ${after.id})
          AND (r.status = 'CONFIRMED' OR (${includeAuto} AND r.status = 'AUTO' AND r.score >= ${options.minScore}))
        ORDER BY r.position, r.id
        LIMIT ${pageSize}`;
      if (rows.length === 0) break;
      after = { position: rows.at(-1)!.position, id: rows.at(-1)!.id };
      const rowIds = rows.map((r) => r.id);

      // LATERAL makes each cell's paragraph an index lookup: a plain join lets the planner hash-join against a scan
      // of every paragraph, once per page, which grows with the corpus.
      const found = await db.$queryRaw<Array<{ row_id: number; id: number; text_id: number; position: number; text: string }>>`
        SELECT c.row_id, p.id, p.text_id, p.position, p.text
        FROM alignment_cells c
        CROSS JOIN LATERAL (SELECT id, text_id, position, text, kind FROM paragraphs WHERE id = c.paragraph_id) p
        WHERE c.row_id = ANY(${rowIds}::int[]) AND p.kind <> 'BOILERPLATE'`;
      const paragraphs: ParagraphRecord[] = found
        .map((p) => ({ row_id: p.row_id, id: p.id, lang: langOfText.get(p.text_id) ?? "", text: p.text, position: p.position }))
        .sort((a, b) => a.row_id - b.row_id || a.position - b.position);
      const byRow = groupBy(
        paragraphs.filter((p) => langs.includes(primaryLanguage(p.lang))),
        (p) => p.row_id,
      );
      const sentenceUnits = options.unit === "sentence" ? await loadSentenceUnits(db, rowIds, byRow) : null;

      for (const row of rows) {
        const base: Omit<ParallelUnit, "texts"> = {
          status: row.status === "CONFIRMED" ? "confirmed" : "auto",
          score: row.score,
          document: document.title,
          created: row.created_at,
          changed: row.changed_at,
          ...(row.reviewer ? { reviewer: row.reviewer } : {}),
        };
        const rowParagraphs = byRow.get(row.id) ?? [];
        const pieces = sentenceUnits?.get(row.id) ?? [{ texts: joinByLanguage(rowParagraphs.map((p) => [p.lang, p.text])), score: row.score }];
        for (const piece of pieces) {
          const unit: ParallelUnit = { ...base, texts: piece.texts, score: piece.score };
          if (isParallel(unit, langs)) yield { ...unit, id: String(nextId++) };
        }
      }
      rowsRead += rows.length;
      options.onRows?.(rowsRead);
      if (rows.length < pageSize) break;
    }
  }
}

async function loadSentenceUnits(
  db: Db,
  rowIds: number[],
  paragraphsByRow: ReadonlyMap<number, ParagraphRecord[]>,
): Promise<Map<number, Array<{ texts: Record<string, string>; score: number }>>> {
  const links = await db.$queryRaw<LinkRecord[]>`
    SELECT l.id, l.row_id, l.score FROM sentence_links l WHERE l.row_id = ANY(${rowIds}::int[]) ORDER BY l.row_id, l.position`;
  const sentences = links.length === 0 ? [] : await db.$queryRaw<SentenceRecord[]>`
    SELECT s.link_id, s.paragraph_id, s.start, s."end" FROM sentences s
    WHERE s.link_id = ANY(${links.map((l) => l.id)}::int[]) ORDER BY s.link_id, s.paragraph_id, s.start`;
  const sentencesByLink = groupBy(sentences, (s) => s.link_id);
  const result = new Map<number, Array<{ texts: Record<string, string>; score: number }>>();
  for (const [rowId, rowLinks] of groupBy(links, (l) => l.row_id)) {
    // Paragraph order within the row decides sentence order across paragraphs of one language.
    const paragraphs = paragraphsByRow.get(rowId) ?? [];
    const order = new Map(paragraphs.map((p, i) => [p.id, i]));
    result.set(
      rowId,
      rowLinks.map((link) => {
        const parts = (sentencesByLink.get(link.id) ?? [])
          .filter((s) => order.has(s.paragraph_id))
          .sort((a, b) => order.get(a.paragraph_id)! - order.get(b.paragraph_id)! || a.start - b.start)
          .map((s) => {
            const paragraph = paragraphs[order.get(s.paragraph_id)!]!;
            return [paragraph.lang, paragraph.text.slice(s.start, s.end)] as [string, string];
          });
        return { texts: joinByLanguage(parts), score: link.score };
      }),
    );
  }
  return result;
}

function joinByLanguage(parts: ReadonlyArray<[string, string]>): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [lang, text] of parts) {
    const code = primaryLanguage(lang);
    texts[code] = texts[code] ? `${texts[code]} ${text}` : text;
  }
  return texts;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
