// Search across the corpus in any language: the query and every paragraph are compared on their search keys
// (lib/core/text/search-key.ts), so ي/ی, ك/ک, alef forms, teh marbuta, harakat, tatweel, ZWNJ and digits do not
// matter. Results link to the row that holds the paragraph.
import "server-only";
import { searchKey } from "@/lib/core/text/search-key";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { ensureSearchKeys } from "./search-keys";

export interface SearchHit {
  documentId: number;
  documentTitle: string;
  paragraphId: number;
  rowId: number | null;
  lang: string;
  kind: string;
  text: string;
}

export interface SearchOptions {
  query: string;
  lang?: string;
  limit?: number;
  /** The last paragraph id of the previous page. */
  after?: number;
}

export async function searchParagraphs(db: Db, { query, lang, limit = 50, after }: SearchOptions): Promise<{ hits: SearchHit[]; next: number | null; key: string }> {
  const key = searchKey(query);
  if (key.length < 2) {
    throw new AppError("validation", "Type at least two letters to search.", { messageKey: "search.tooShort" });
  }
  await ensureSearchKeys(db);
  const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.$queryRaw<Array<{ id: number; text: string; kind: string; lang: string; document_id: number; title: string; row_id: number | null }>>`
    SELECT p.id, p.text, p.kind::text AS kind, t.lang, d.id AS document_id, d.title, c.row_id
    FROM paragraphs p
      JOIN texts t ON t.id = p.text_id
      JOIN documents d ON d.id = t.document_id
      LEFT JOIN alignment_cells c ON c.paragraph_id = p.id
    WHERE p.search_text LIKE ${pattern} ESCAPE '\\'
      AND (${lang ?? null}::text IS NULL OR t.lang = ${lang ?? null}::text)
      AND p.id > ${after ?? 0}
    ORDER BY p.id
    LIMIT ${limit + 1}`;
  const hits = rows.slice(0, limit).map((r) => ({
    documentId: r.document_id,
    documentTitle: r.title,
    paragraphId: r.id,
    rowId: r.row_id,
    lang: r.lang,
    kind: r.kind.toLowerCase(),
    text: r.text,
  }));
  return { hits, next: rows.length > limit ? hits.at(-1)!.paragraphId : null, key };
}
