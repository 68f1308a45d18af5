// Bulk inserts for what an import or a re-align writes by the thousand (paragraphs, rows, cells, sentences): one
// statement per table, each column sent as one array parameter and unrolled by unnest(), inside the caller's
// transaction. Prisma's createMany builds and compiles a query of every row's values on this thread: on a
// 7,500-paragraph pair that was over 10 s and several hundred MB, for a few hundred milliseconds of database work.
// Ids are drawn from each table's sequence first, so the caller knows every new row's id without reading back what
// it just wrote.
import "server-only";
import type { Tx } from "@/lib/db/client";

type SerialTable = "paragraphs" | "alignment_rows" | "sentence_links";

/** `count` new ids of a table with a serial id, ascending (in insertion order, as createMany would give them). */
export async function reserveIds(tx: Tx, table: SerialTable, count: number): Promise<number[]> {
  if (count === 0) return [];
  // The sequence is looked up once, not once an id: nextval(pg_get_serial_sequence(...)) in the row expression costs
  // about 4 µs an id on the embedded database, nextval of a parameter about 0.5 (30,000 ids on a 7,500-paragraph pair).
  const [sequence] = await tx.$queryRaw<Array<{ name: string }>>`SELECT pg_get_serial_sequence(${table}, 'id') AS name`;
  const [row] = await tx.$queryRaw<Array<{ ids: number[] }>>`
    SELECT array_agg(nextval(${sequence!.name}::regclass)::int) AS ids FROM generate_series(1, ${count}::int)`;
  return row!.ids.map(Number).sort((a, b) => a - b);
}

/**
 * Runs `write` with the foreign-key checks of its statements skipped where the session may skip them (a superuser's:
 * the embedded database's, or a server's owner's), and with them elsewhere. Only for rows that refer to rows the same
 * transaction created, under ids it drew itself (an import's): such checks cannot fail. A 7,500-paragraph pair's
 * import makes about 90,000 of them, each of which locks the row it finds; they were 0.4 s of its 0.9 s alignment
 * write on the embedded database (npm run bench:import). Inserts only: a delete's cascades are triggers too, and would
 * be skipped with the checks, as would triggers of our own (the schema has none).
 */
export async function withoutReferenceChecks<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  const [session] = await tx.$queryRaw<Array<{ superuser: boolean }>>`SELECT current_setting('is_superuser') = 'on' AS superuser`;
  if (!session?.superuser) return write();
  // Both SET LOCAL: should `write` fail, the transaction's end restores the setting.
  await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
  const result = await write();
  await tx.$executeRawUnsafe("SET LOCAL session_replication_role = DEFAULT");
  return result;
}

// Columns the schema leaves to Prisma (@updatedAt) are set here as Prisma sets them: the time in UTC.
const NOW_UTC = "now() AT TIME ZONE 'UTC'";

export interface NewParagraph {
  id: number;
  position: number;
  kind: "BODY" | "HEADING" | "BOILERPLATE";
  text: string;
  searchText: string;
}

export async function insertParagraphs(tx: Tx, textId: number, paragraphs: readonly NewParagraph[]): Promise<void> {
  if (paragraphs.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO paragraphs (id, text_id, position, kind, detected_kind, text, search_text, updated_at)
     SELECT v.id, $1, v.position, v.kind::"ParagraphKind", v.kind::"ParagraphKind", v.text, v.search_text, ${NOW_UTC}
     FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[]) AS v(id, position, kind, text, search_text)`,
    textId,
    paragraphs.map((p) => p.id),
    paragraphs.map((p) => p.position),
    paragraphs.map((p) => p.kind),
    paragraphs.map((p) => p.text),
    paragraphs.map((p) => p.searchText),
  );
}

/** A row to insert; a row the import takes as decided (a translation memory's confirmed unit) says by whom and when. */
export interface NewRow {
  id: number;
  position: number;
  score: number;
  sentencesPending: boolean;
  status?: "AUTO" | "CONFIRMED";
  decidedById?: number | null;
  decidedAt?: Date | null;
}

export async function insertRows(tx: Tx, documentId: number, origin: string, rows: readonly NewRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO alignment_rows (id, document_id, position, score, origin, sentences_pending, status, decided_by_id, decided_at, updated_at)
     SELECT v.id, $1, v.position, v.score, $2, v.pending, v.status::"RowStatus", v.decided_by_id, v.decided_at::timestamp(3), ${NOW_UTC}
     FROM unnest($3::int[], $4::int[], $5::float8[], $6::bool[], $7::text[], $8::int[], $9::text[])
       AS v(id, position, score, pending, status, decided_by_id, decided_at)`,
    documentId,
    origin,
    rows.map((r) => r.id),
    rows.map((r) => r.position),
    rows.map((r) => r.score),
    rows.map((r) => r.sentencesPending),
    rows.map((r) => r.status ?? "AUTO"),
    rows.map((r) => r.decidedById ?? null),
    // As Prisma stores a DateTime: the UTC time, without a zone.
    rows.map((r) => r.decidedAt?.toISOString().slice(0, -1) ?? null),
  );
}

export async function insertCells(tx: Tx, cells: ReadonlyArray<{ rowId: number; paragraphId: number }>): Promise<void> {
  if (cells.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO alignment_cells (row_id, paragraph_id) SELECT * FROM unnest($1::int[], $2::int[])`,
    cells.map((c) => c.rowId),
    cells.map((c) => c.paragraphId),
  );
}

export async function insertSentenceLinks(
  tx: Tx,
  links: ReadonlyArray<{ id: number; rowId: number; position: number; score: number }>,
): Promise<void> {
  if (links.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO sentence_links (id, row_id, position, score) SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::float8[])`,
    links.map((l) => l.id),
    links.map((l) => l.rowId),
    links.map((l) => l.position),
    links.map((l) => l.score),
  );
}

export async function insertSentences(
  tx: Tx,
  sentences: ReadonlyArray<{ paragraphId: number; position: number; start: number; end: number; linkId: number }>,
): Promise<void> {
  if (sentences.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO sentences (paragraph_id, position, start, "end", link_id) SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[])`,
    sentences.map((s) => s.paragraphId),
    sentences.map((s) => s.position),
    sentences.map((s) => s.start),
    sentences.map((s) => s.end),
    sentences.map((s) => s.linkId),
  );
}
