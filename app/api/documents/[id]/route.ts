import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getDocumentHead } from "@/lib/server/document/get-document-head";
import { listRows } from "@/lib/server/document/list-rows";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

// The whole document: texts, progress and every row (scripts page through /rows instead for long ones).
export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/documents/[id]">) => {
  const documentId = parseId((await params).id, "document");
  const db = await getDb();
  const head = await getDocumentHead(db, documentId);
  const { rows } = await listRows(db, documentId, { limit: 10_000_000 });
  return NextResponse.json({ ...head, rows });
});
