import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { setRowStatus } from "@/lib/server/alignment/set-row-status";
import { documentOfRow } from "@/lib/server/document/locate";
import { presentEdit } from "@/lib/server/document/present-edit";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const ZSetRowStatusSchema = z.object({
  status: z.enum(["auto", "confirmed", "rejected"]),
  version: z.number().int().positive(),
  comment: z.string().max(2000).optional(),
});

/** A reviewer's decision: {"status": "confirmed" | "rejected" | "auto", "version": n, "comment"?: "..."}. */
export const PATCH = route("row.decide", async (request, { params }: RouteContext<"/api/rows/[id]">, actor) => {
  const rowId = parseId((await params).id, "row");
  const body = parseOrThrow(ZSetRowStatusSchema, await request.json().catch(() => null));
  const db = await getDb();
  const documentId = await documentOfRow(db, rowId);
  const status = body.status.toUpperCase() as "AUTO" | "CONFIRMED" | "REJECTED";
  const outcome = await setRowStatus(db, { rowId, status, version: body.version, comment: body.comment, actorId: actor.id });
  return NextResponse.json(await presentEdit(db, documentId, "row.status", outcome));
});
