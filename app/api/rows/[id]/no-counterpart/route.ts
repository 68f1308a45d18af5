import { z } from "zod";
import { editRoute } from "@/lib/server/edit-route";
import { markNoCounterpart } from "@/lib/server/editing/mark-no-counterpart";

export const dynamic = "force-dynamic";

/** Gives a paragraph of the row a row of its own, with no counterpart: {"version", "paragraphId"}. */
export const POST = editRoute(
  "row",
  "document.edit",
  "row.no-counterpart",
  z.object({ version: z.number().int().positive(), paragraphId: z.number().int().positive() }),
  (db, { id, documentId, body, actorId }) => markNoCounterpart(db, { documentId, rowId: id, rowVersion: body.version, paragraphId: body.paragraphId, actorId }),
);
