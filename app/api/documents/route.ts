import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { importDocument } from "@/lib/server/document/import-document";
import { readImportRequest } from "@/lib/server/document/import-request";
import { listDocuments } from "@/lib/server/document/list-documents";
import { handle } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle(async () => {
  return NextResponse.json({ documents: await listDocuments(await getDb()) });
});

export const POST = handle(async (request: Request) => {
  const options = await readImportRequest(request);
  const result = await importDocument(await getDb(), options);
  return NextResponse.json(result, { status: 201, headers: { Location: `/documents/${result.documentId}` } });
});
