import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { parseId } from "@/lib/server/http";
import { getRowHistory } from "@/lib/server/review/row-history";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/rows/[id]/history">) => {
  const rowId = parseId((await params).id, "row");
  return NextResponse.json({ entries: await getRowHistory(await getDb(), rowId) });
});
