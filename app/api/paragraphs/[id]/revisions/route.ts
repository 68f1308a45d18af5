import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { parseId } from "@/lib/server/http";
import { listRevisions } from "@/lib/server/review/paragraph-revisions";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/paragraphs/[id]/revisions">) => {
  const paragraphId = parseId((await params).id, "paragraph");
  return NextResponse.json(await listRevisions(await getDb(), paragraphId));
});
