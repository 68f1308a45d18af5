import { getExport } from "@/lib/server/export/export-handler";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** Approved alignments as TMX, XLIFF, Moses, TSV or JSONL, streamed (see README, "Parallel corpora"). */
export const GET = route("document.read", (request) => getExport(request));
