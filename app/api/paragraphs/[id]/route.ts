import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { documentOfParagraph } from "@/lib/server/document/locate";
import { presentEdit } from "@/lib/server/document/present-edit";
import { editParagraphText, MAX_PARAGRAPH_CHARS } from "@/lib/server/editing/edit-paragraph-text";
import { AppError } from "@/lib/server/errors";
import { parseId, parseOrThrow, readBodyWithin } from "@/lib/server/http";
import { setParagraphKind } from "@/lib/server/paragraph/set-paragraph-kind";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const ZPatchParagraphSchema = z.union([
  z.object({ text: z.string(), version: z.number().int().positive() }),
  z.object({ kind: z.enum(["body", "heading", "boilerplate"]), version: z.number().int().positive() }),
]);

/** {"text", "version"} saves a new text (a revision); {"kind", "version"} marks clutter, a heading, or restores. */
export const PATCH = route("document.edit", async (request, { params }: RouteContext<"/api/paragraphs/[id]">, actor) => {
  const paragraphId = parseId((await params).id, "paragraph");
  // A paragraph's text is at most MAX_PARAGRAPH_CHARS (up to 3 bytes each in UTF-8), plus JSON's own room.
  const raw = await readBodyWithin(request, MAX_PARAGRAPH_CHARS * 3 + 4096, (size) =>
    new AppError("payload_too_large", `The request is over the limit for one paragraph (${size} bytes).`, {
      messageKey: "editing.paragraphTooLong",
      params: { max: MAX_PARAGRAPH_CHARS, length: size },
    }),
  );
  const body = parseOrThrow(ZPatchParagraphSchema, safeJson(raw));
  const db = await getDb();
  const documentId = await documentOfParagraph(db, paragraphId);
  const actorId = actor.id;
  if ("text" in body) {
    const outcome = await editParagraphText(db, { documentId, paragraphId, version: body.version, text: body.text, actorId });
    return NextResponse.json(await presentEdit(db, documentId, "paragraph.edit", outcome));
  }
  const kind = body.kind.toUpperCase() as "BODY" | "HEADING" | "BOILERPLATE";
  const result = await setParagraphKind(db, { paragraphId, kind, version: body.version, actorId });
  return NextResponse.json(await presentEdit(db, documentId, "paragraph.kind", {
    result,
    operationId: null,
    changed: { rows: [], paragraphs: [paragraphId] },
    unconfirmed: result.unconfirmed,
    versions: { rows: {}, paragraphs: { [paragraphId]: result.version } },
  }));
});

function safeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
