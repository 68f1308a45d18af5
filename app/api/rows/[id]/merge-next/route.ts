import { z } from "zod";
import { editRoute } from "@/lib/server/edit-route";
import { mergeRows } from "@/lib/server/editing/merge-rows";

export const dynamic = "force-dynamic";

/** Merges the row with the row below: {"version", "nextRowId", "nextVersion"}. */
export const POST = editRoute(
  "row",
  "document.edit",
  "row.merge",
  z.object({ version: z.number().int().positive(), nextRowId: z.number().int().positive(), nextVersion: z.number().int().positive() }),
  (db, { id, documentId, body, actorId }) => mergeRows(db, { documentId, rowId: id, ...body, actorId }),
);
