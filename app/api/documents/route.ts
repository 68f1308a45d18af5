import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { importDocument } from "@/lib/server/document/import-document";
import { readImportRequest } from "@/lib/server/document/import-request";
import { listDocuments } from "@/lib/server/document/list-documents";
import { handle } from "@/lib/server/http";
import { requireUser } from "@/lib/server/auth/require-user";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  await requireUser(request, "document.read");
  return NextResponse.json({ documents: await listDocuments(await getDb()) });
});

export const POST = handle(async (request: Request) => {
  const user = await requireUser(request, "document.import");
  const options = await readImportRequest(request);
  const result = await importDocument(await getDb(), { ...options, actorId: user.id });
  return NextResponse.json(result, { status: 201, headers: { Location: `/documents/${result.documentId}` } });
});
