import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { presentEdit } from "@/lib/server/document/present-edit";
import { redoEdit } from "@/lib/server/editing/undo-edit";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const POST = route("document.edit", async (_request, { params }: RouteContext<"/api/documents/[id]/redo">, actor) => {
  const documentId = parseId((await params).id, "document");
  const db = await getDb();
  const outcome = await redoEdit(db, { documentId, actorId: actor.id });
  return NextResponse.json(await presentEdit(db, documentId, "edit.redo", outcome));
});
