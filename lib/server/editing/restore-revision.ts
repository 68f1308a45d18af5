// Brings back an earlier revision of a paragraph's text, as a new revision: history only ever grows.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { editParagraphText } from "./edit-paragraph-text";
import type { EditOutcome } from "./run-edit";

export interface RestoreRevisionOptions {
  documentId: number;
  paragraphId: number;
  /** The paragraph's current version (the write is based on it). */
  version: number;
  /** The revision to bring back. */
  revision: number;
  actorId: number | null;
}

export async function restoreRevision(db: Db, options: RestoreRevisionOptions): Promise<EditOutcome<{ id: number }>> {
  const revision = await db.paragraphRevision.findUnique({
    where: { paragraphId_version: { paragraphId: options.paragraphId, version: options.revision } },
    select: { text: true },
  });
  if (!revision) throw notFound("revision", `${options.paragraphId}/${options.revision}`);
  return editParagraphText(db, { ...options, text: revision.text, action: "paragraph.restore" });
}
