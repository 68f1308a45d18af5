import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { realignDocument } from "@/lib/server/alignment/realign-document";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const POST = route("document.edit", async (_request, { params }: RouteContext<"/api/documents/[id]/realign">, actor) => {
  const documentId = parseId((await params).id, "document");
  return NextResponse.json(await realignDocument(await getDb(), { documentId, actorId: actor.id }));
});
