import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { listRows, MAX_ROWS_PAGE } from "@/lib/server/document/list-rows";
import { presentEdit } from "@/lib/server/document/present-edit";
import { insertRow } from "@/lib/server/editing/insert-row";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const ZListRowsSchema = z.object({
  after: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_ROWS_PAGE).default(200),
});

export const GET = route("document.read", async (request, { params }: RouteContext<"/api/documents/[id]/rows">) => {
  const documentId = parseId((await params).id, "document");
  const query = parseOrThrow(ZListRowsSchema, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listRows(await getDb(), documentId, query));
});

const ZInsertRowSchema = z.object({ afterRowId: z.number().int().positive().nullable() });

/** Inserts an empty row below `afterRowId` (null: at the top). */
export const POST = route("document.edit", async (request, { params }: RouteContext<"/api/documents/[id]/rows">, actor) => {
  const documentId = parseId((await params).id, "document");
  const body = parseOrThrow(ZInsertRowSchema, await request.json().catch(() => null));
  const db = await getDb();
  const outcome = await insertRow(db, { documentId, afterRowId: body.afterRowId, actorId: actor.id });
  return NextResponse.json(await presentEdit(db, documentId, "row.insert", outcome), { status: 201 });
});
