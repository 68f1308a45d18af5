import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { presentEdit } from "@/lib/server/document/present-edit";
import { confirmRowsAbove, countRowsAbove } from "@/lib/server/editing/confirm-above";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const score = z.coerce.number().min(0).max(1);

/** How many undecided rows are at or above ?minScore: shown before confirming them. */
export const GET = route("document.read", async (request, { params }: RouteContext<"/api/documents/[id]/confirm-above">) => {
  const documentId = parseId((await params).id, "document");
  const { minScore } = parseOrThrow(z.object({ minScore: score }), Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ minScore, count: await countRowsAbove(await getDb(), documentId, minScore) });
});

const ZConfirmAboveSchema = z.object({ minScore: score, expectedCount: z.number().int().min(0) });

export const POST = route("row.decide", async (request, { params }: RouteContext<"/api/documents/[id]/confirm-above">, actor) => {
  const documentId = parseId((await params).id, "document");
  const body = parseOrThrow(ZConfirmAboveSchema, await request.json().catch(() => null));
  const db = await getDb();
  const outcome = await confirmRowsAbove(db, { documentId, ...body, actorId: actor.id });
  return NextResponse.json(await presentEdit(db, documentId, "row.confirm-above", outcome));
});
