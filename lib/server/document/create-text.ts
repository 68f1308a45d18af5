// A text row with its raw bytes (what the user imported, byte for byte). Through Prisma the bytes would travel to
// the database as base64 inside the query's JSON and be decoded again: a 109 MB upload peaked at 799 MB instead of
// 538 (bench:export). On the transaction's own connection (withConnection) they go as a binary parameter, as they
// are; the row is created empty and its bytes written next, in the same transaction.
import "server-only";
import { createHash } from "node:crypto";
import type pg from "pg";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type NewText = Omit<Prisma.TextUncheckedCreateInput, "raw" | "rawSha256"> & { raw: Uint8Array };

/**
 * Creates the text row of `data`, its bytes' SHA-256 with it, and returns its id and that digest (an importer that
 * records the upload's digest elsewhere need not hash a 100 MB file twice); `connection` is the transaction's, or null
 * to write through Prisma.
 */
export async function createText(tx: Tx, connection: pg.PoolClient | null, data: NewText): Promise<{ id: number; rawSha256: string }> {
  const { raw } = data;
  const rawSha256 = createHash("sha256").update(raw).digest("hex");
  // Never copied: Prisma's type asks for an ArrayBuffer's view, and the adapter reads any view as it is (its offset
  // and length). A copy of a 54 MB upload raised the import's peak by 50-100 MB.
  const text = await tx.text.create({
    data: { ...data, raw: (connection ? new Uint8Array() : raw) as Uint8Array<ArrayBuffer>, rawSha256 },
    select: { id: true },
  });
  if (connection && raw.length > 0) {
    await connection.query("UPDATE texts SET raw = $1 WHERE id = $2", [Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), text.id]);
  }
  return { id: text.id, rawSha256 };
}
