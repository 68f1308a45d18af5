import { z } from "zod";
import { editRoute } from "@/lib/server/edit-route";
import { mergeParagraphs } from "@/lib/server/editing/merge-paragraphs";

export const dynamic = "force-dynamic";

/** Merges the paragraph with the next one of its text: {"version", "nextId"?, "nextVersion"?}. */
export const POST = editRoute(
  "paragraph",
  "document.edit",
  "paragraph.merge",
  z.object({ version: z.number().int().positive(), nextId: z.number().int().positive().optional(), nextVersion: z.number().int().positive().optional() }),
  (db, { id, documentId, body, actorId }) => mergeParagraphs(db, { documentId, paragraphId: id, ...body, actorId }),
);
