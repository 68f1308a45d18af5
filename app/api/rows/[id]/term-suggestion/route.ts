import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { suggestForRow } from "@/lib/server/terms/annotate-rows";

export const dynamic = "force-dynamic";

/** {"suggestions": [{rowId, paragraphId, version, before, after}]}: one per English paragraph the preferred renderings change. */
export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/rows/[id]/term-suggestion">) => {
  const rowId = parseId((await params).id, "row");
  return NextResponse.json({ suggestions: await suggestForRow(await getDb(), rowId) });
});
