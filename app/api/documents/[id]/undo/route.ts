import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { presentEdit } from "@/lib/server/document/present-edit";
import { undoEdit, undoState } from "@/lib/server/editing/undo-edit";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** What the caller's undo and redo would do ({"undo": "row.merge", "redo": null}). */
export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/documents/[id]/undo">, actor) => {
  const documentId = parseId((await params).id, "document");
  return NextResponse.json(await undoState(await getDb(), { documentId, actorId: actor.id }));
});

export const POST = route("document.edit", async (_request, { params }: RouteContext<"/api/documents/[id]/undo">, actor) => {
  const documentId = parseId((await params).id, "document");
  const db = await getDb();
  const outcome = await undoEdit(db, { documentId, actorId: actor.id });
  return NextResponse.json(await presentEdit(db, documentId, "edit.undo", outcome));
});
