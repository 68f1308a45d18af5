import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { exportTerms, TERM_EXPORT_FORMATS } from "@/lib/server/terms/export-terms";
import { resolveCorpus } from "@/lib/server/terms/resolve-corpus";

export const dynamic = "force-dynamic";

const ZExportTermsSchema = z.object({
  format: z.enum(TERM_EXPORT_FORMATS as unknown as ["tbx", "tbx-basic", "csv"]).default("tbx"),
  corpus: z.string().max(200).optional(),
});

/** The approved term base: ?format=tbx (ISO 30042:2019) | tbx-basic (<martif>) | csv, ?corpus=<id or slug> (default: all). */
export const GET = route("document.read", async (request) => {
  const query = parseOrThrow(ZExportTermsSchema, Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const corpusId = query.corpus === undefined ? undefined : await resolveCorpus(db, query.corpus);
  const file = await exportTerms(db, { format: query.format, corpusId });
  return new Response(file.body, { headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"` } });
});
