import { getDb } from "@/lib/db/client";
import { parseId } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { getConceptUsage, usageToCsv } from "@/lib/server/terms/concept-usage";

export const dynamic = "force-dynamic";

/** The usage table as CSV: lang, rendering, status, document_id, document_title, count, row_ids. */
export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/terms/[id]/usage.csv">) => {
  const conceptId = parseId((await params).id, "concept");
  const usage = await getConceptUsage(await getDb(), conceptId);
  return new Response(usageToCsv(usage), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="concept-${conceptId}-usage.csv"` },
  });
});
