import { z } from "zod";
import { editRoute } from "@/lib/server/edit-route";
import { splitRow } from "@/lib/server/editing/split-row";

export const dynamic = "force-dynamic";

/** Splits the row before a paragraph, which with the rest of its language goes to a new row below: {"version", "paragraphId"}. */
export const POST = editRoute(
  "row",
  "document.edit",
  "row.split",
  z.object({ version: z.number().int().positive(), paragraphId: z.number().int().positive() }),
  (db, { id, documentId, body, actorId }) => splitRow(db, { documentId, rowId: id, ...body, actorId }),
);
