import { z } from "zod";
import { editRoute } from "@/lib/server/edit-route";
import { moveParagraph } from "@/lib/server/editing/move-paragraph";

export const dynamic = "force-dynamic";

/** Moves a paragraph of the row to the row above or below: {"version", "paragraphId", "direction": "up" | "down"}. */
export const POST = editRoute(
  "row",
  "document.edit",
  "row.move",
  z.object({ version: z.number().int().positive(), paragraphId: z.number().int().positive(), direction: z.enum(["up", "down"]) }),
  (db, { id, documentId, body, actorId }) =>
    moveParagraph(db, { documentId, rowId: id, rowVersion: body.version, paragraphId: body.paragraphId, direction: body.direction, actorId }),
);
