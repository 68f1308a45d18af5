import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { annotateDocument, annotateRows } from "@/lib/server/terms/annotate-rows";

export const dynamic = "force-dynamic";

const ZTermFlagsQuerySchema = z.object({
  rows: z.string().regex(/^\d{1,10}(?:,\d{1,10}){0,499}$/, "comma-separated row ids (at most 500)").optional(),
});

/**
 * {"flags": [{rowId, conceptId, concept, lang, found, expected, kind, accepted}]} for the whole document; with
 * ?rows=1,2,3 only those rows' flags, and their highlights as "marks".
 */
export const GET = route("document.read", async (request, { params }: RouteContext<"/api/documents/[id]/term-flags">) => {
  const documentId = parseId((await params).id, "document");
  const query = parseOrThrow(ZTermFlagsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  if (query.rows) return NextResponse.json(await annotateRows(db, documentId, query.rows.split(",").map(Number)));
  return NextResponse.json({ flags: (await annotateDocument(db, documentId)).flags });
});
