import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { acceptTermFlag, TERM_FLAG_KINDS } from "@/lib/server/terms/annotate-rows";

export const dynamic = "force-dynamic";

const ZAcceptTermFlagSchema = z.object({
  conceptId: z.number().int().positive(),
  kind: z.enum(TERM_FLAG_KINDS as unknown as ["deprecated", "not-preferred", "missing", "inconsistent"]),
  lang: z.string().min(1).max(35),
  reason: z.string().max(2000).default(""),
});

/** A reviewer keeps a term flag as intended: {"conceptId", "kind", "lang", "reason"} → {"flag": {..., "accepted": {by, at, reason}}}. */
export const POST = route("row.decide", async (request, { params }: RouteContext<"/api/rows/[id]/term-flags/accept">, user) => {
  const rowId = parseId((await params).id, "row");
  const body = parseOrThrow(ZAcceptTermFlagSchema, await request.json().catch(() => null));
  return NextResponse.json({ flag: await acceptTermFlag(await getDb(), user, { rowId, ...body }) });
});
