import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { importDocument } from "@/lib/server/document/import-document";
import { readImportRequest } from "@/lib/server/document/import-request";
import { listDocuments } from "@/lib/server/document/list-documents";
import { progressResponse, wantsProgress } from "@/lib/server/progress-stream";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route("document.read", async () => {
  return NextResponse.json({ documents: await listDocuments(await getDb()) });
});

/** Import; with `Accept: application/x-ndjson` the answer streams the stages as they pass (see progress-stream.ts). */
export const POST = route("document.import", async (request, _context, actor) => {
  // The user is answered once the rows are stored; the sentence links that cannot change the rows follow.
  const options = { ...(await readImportRequest(request)), actorId: actor.id, sentences: "after" as const };
  if (wantsProgress(request)) {
    return progressResponse(async (onProgress) => ({ status: 201, body: await importDocument(await getDb(), { ...options, onProgress }) }));
  }
  const result = await importDocument(await getDb(), options);
  return NextResponse.json(result, { status: 201, headers: { Location: `/documents/${result.documentId}` } });
});
