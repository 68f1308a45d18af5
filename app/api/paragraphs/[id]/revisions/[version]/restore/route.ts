import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { documentOfParagraph } from "@/lib/server/document/locate";
import { presentEdit } from "@/lib/server/document/present-edit";
import { restoreRevision } from "@/lib/server/editing/restore-revision";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** Brings back revision [version] as a new revision: {"version": the paragraph's current version}. */
export const POST = route("document.edit", async (request, { params }: RouteContext<"/api/paragraphs/[id]/revisions/[version]/restore">, actor) => {
  const { id, version } = await params;
  const paragraphId = parseId(id, "paragraph");
  const revision = parseId(version, "revision");
  const body = parseOrThrow(z.object({ version: z.number().int().positive() }), await request.json().catch(() => null));
  const db = await getDb();
  const documentId = await documentOfParagraph(db, paragraphId);
  const outcome = await restoreRevision(db, { documentId, paragraphId, version: body.version, revision, actorId: actor.id });
  return NextResponse.json(await presentEdit(db, documentId, "paragraph.restore", outcome));
});
