import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { getConceptUsage, usageToCsv } from "@/lib/server/terms/concept-usage";

export const dynamic = "force-dynamic";

/** Every rendering of the concept used across its corpus, per language, with counts, rows and documents; ?format=csv for CSV. */
export const GET = route("document.read", async (request, { params }: RouteContext<"/api/terms/[id]/usage">) => {
  const conceptId = parseId((await params).id, "concept");
  const usage = await getConceptUsage(await getDb(), conceptId);
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return new Response(usageToCsv(usage), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="concept-${conceptId}-usage.csv"` },
    });
  }
  return NextResponse.json(usage);
});
