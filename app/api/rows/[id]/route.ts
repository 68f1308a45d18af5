import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { setRowStatus } from "@/lib/server/alignment/set-row-status";
import { handle, parseId, parseOrThrow } from "@/lib/server/http";
import { requireUser } from "@/lib/server/auth/require-user";

export const dynamic = "force-dynamic";

const ZSetRowStatusSchema = z.object({
  status: z.enum(["AUTO", "CONFIRMED", "REJECTED"]),
  version: z.number().int().positive(),
});

export const PATCH = handle(async (request: Request, { params }: RouteContext<"/api/rows/[id]">) => {
  // Every change of status is a decision (taking one back too): reviewers and admins only.
  const user = await requireUser(request, "row.decide");
  const rowId = parseId((await params).id, "row");
  const body = parseOrThrow(ZSetRowStatusSchema, await request.json().catch(() => null));
  return NextResponse.json(await setRowStatus(await getDb(), { rowId, ...body, actorId: user.id }));
});
