// Paragraphs' search keys (lib/core/text/search-key.ts), which only the search reads. A paragraph is written with
// an empty key by an import that answers first (import-document.ts, `answer: "first"`) and by the parallel-file
// importers; an edit always writes its paragraph's key, " " where the text has none. So an empty key means "not
// computed yet": the import writes the keys it computed right after it answers, and the search gives every paragraph
// still without one its key before it looks (fillSearchKeys), so a key an instance did not write is late, never lost.
import "server-only";
import { searchKey } from "@/lib/core/text/search-key";
import type { Db } from "@/lib/db/client";

export interface ParagraphKey {
  id: number;
  /** searchKey of the paragraph's text as it was written. */
  key: string;
}

/** A key as stored: " " for a text with none, so that the search does not compute it again. */
export function storedKey(text: string): string {
  return searchKey(text) || " ";
}

/**
 * Writes the keys of the paragraphs that still have none, in one statement. A paragraph an edit changed meanwhile
 * has its own key and keeps it: the key given here belongs to the text it replaced.
 */
export async function writeSearchKeys(db: Pick<Db, "$executeRaw">, keys: readonly ParagraphKey[]): Promise<number> {
  if (keys.length === 0) return 0;
  return db.$executeRaw`UPDATE paragraphs AS p SET search_text = v.key
    FROM unnest(${keys.map((k) => k.id)}::int[], ${keys.map((k) => k.key || " ")}::text[]) AS v(id, key)
    WHERE p.id = v.id AND p.search_text = ''`;
}

const writing = new Map<number, Promise<void>>();

/** writeSearchKeys for a document's new paragraphs without waiting for it; a failure is logged, the search fills them. */
export function writeSearchKeysSoon(db: Db, documentId: number, keys: readonly ParagraphKey[]): void {
  const done = writeSearchKeys(db, keys).then(
    () => undefined,
    (error: unknown) => console.error(`Search keys of document ${documentId} were left to the search: ${(error as Error).message}`),
  );
  writing.set(documentId, done);
  void done.then(() => writing.get(documentId) === done && writing.delete(documentId));
}

/** Settles once the keys writeSearchKeysSoon is writing for the document are written (or failed). */
export function whenSearchKeysWritten(documentId: number): Promise<void> {
  return writing.get(documentId) ?? Promise.resolve();
}

const BACKFILL_BATCH = 2_000;

/** Gives every paragraph still without a key its key, a batch at a time; before a search reads them. */
export async function fillSearchKeys(db: Db): Promise<void> {
  for (;;) {
    const missing = await db.paragraph.findMany({ where: { searchText: "", NOT: { text: "" } }, select: { id: true, text: true }, take: BACKFILL_BATCH });
    if (missing.length === 0) return;
    await writeSearchKeys(db, missing.map((m) => ({ id: m.id, key: storedKey(m.text) })));
  }
}
