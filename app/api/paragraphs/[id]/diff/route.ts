import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { compareRevisions } from "@/lib/server/review/paragraph-revisions";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const version = z.coerce.number().int().positive();

/** Word-level differences between two revisions: ?from=&to= → {"lang", "changes": [{"value", "added"?, "removed"?}]}. */
export const GET = route("document.read", async (request, { params }: RouteContext<"/api/paragraphs/[id]/diff">) => {
  const paragraphId = parseId((await params).id, "paragraph");
  const { from, to } = parseOrThrow(z.object({ from: version, to: version }), Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await compareRevisions(await getDb(), paragraphId, from, to));
});
