import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { realignDocument } from "@/lib/server/alignment/realign-document";
import { handle, parseId } from "@/lib/server/http";
import { requireUser } from "@/lib/server/auth/require-user";

export const dynamic = "force-dynamic";

export const POST = handle(async (request: Request, { params }: RouteContext<"/api/documents/[id]/realign">) => {
  const user = await requireUser(request, "document.edit");
  const documentId = parseId((await params).id, "document");
  return NextResponse.json(await realignDocument(await getDb(), { documentId, actorId: user.id }));
});
