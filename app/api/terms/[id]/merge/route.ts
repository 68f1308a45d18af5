import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { mergeConcepts } from "@/lib/server/terms/merge-concepts";

export const dynamic = "force-dynamic";

const ZMergeSchema = z.object({ into: z.number().int().positive() });

/** {"into": conceptId}: this concept's renderings move into that one, and this one is deleted. */
export const POST = route("row.decide", async (request, { params }: RouteContext<"/api/terms/[id]/merge">, user) => {
  const from = parseId((await params).id, "concept");
  const { into } = parseOrThrow(ZMergeSchema, await request.json().catch(() => null));
  return NextResponse.json(await mergeConcepts(await getDb(), user, { from, into }));
});
