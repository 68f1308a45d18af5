import { z } from "zod";
import { editRoute } from "@/lib/server/edit-route";
import { splitParagraph } from "@/lib/server/editing/split-paragraph";

export const dynamic = "force-dynamic";

/** Splits the paragraph at a UTF-16 offset: {"version", "at"}. */
export const POST = editRoute(
  "paragraph",
  "document.edit",
  "paragraph.split",
  z.object({ version: z.number().int().positive(), at: z.number().int().min(0) }),
  (db, { id, documentId, body, actorId }) => splitParagraph(db, { documentId, paragraphId: id, ...body, actorId }),
);
