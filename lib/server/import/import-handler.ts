// POST /api/import as a plain handler (Request → Response) that an authentication wrapper can be put around; the
// wrapper passes the signed-in user's id as the actor.
import "server-only";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { importParallel } from "./import-parallel";
import { readParallelUpload } from "./read-parallel-upload";

export async function postImport(request: Request, context: { actorId?: number | null } = {}): Promise<Response> {
  const options = await readParallelUpload(request);
  const result = await importParallel(await getDb(), { ...options, actorId: context.actorId ?? null });
  return NextResponse.json(result, { status: 201, headers: { Location: `/documents/${result.documentId}` } });
}
