import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { approveConcept } from "@/lib/server/terms/approve-concept";

export const dynamic = "force-dynamic";

/** Approves the concept and its proposed renderings. */
export const POST = route("row.decide", async (_request, { params }: RouteContext<"/api/terms/[id]/approve">, user) => {
  const conceptId = parseId((await params).id, "concept");
  return NextResponse.json({ concept: await approveConcept(await getDb(), user, conceptId) });
});
