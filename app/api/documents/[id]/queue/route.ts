import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { parseId } from "@/lib/server/http";
import { getReviewQueue } from "@/lib/server/review/review-queue";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** Undecided rows, lowest score first: [{"id", "score"}]. */
export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/documents/[id]/queue">) => {
  const documentId = parseId((await params).id, "document");
  return NextResponse.json({ rows: await getReviewQueue(await getDb(), documentId) });
});
