import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getDocumentLayout } from "@/lib/server/document/get-document-layout";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/documents/[id]/layout">) => {
  const documentId = parseId((await params).id, "document");
  return NextResponse.json(await getDocumentLayout(await getDb(), documentId));
});
