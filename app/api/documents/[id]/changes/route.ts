import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { listChanges } from "@/lib/server/review/list-changes";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** What changed since ?since=<cursor> (the cursor of the previous answer, or 0). */
export const GET = route("document.read", async (request, { params }: RouteContext<"/api/documents/[id]/changes">) => {
  const documentId = parseId((await params).id, "document");
  const { since } = parseOrThrow(z.object({ since: z.coerce.number().int().min(0) }), Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listChanges(await getDb(), documentId, since));
});
