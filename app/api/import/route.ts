import { postImport } from "@/lib/server/import/import-handler";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** A parallel file (TMX, XLIFF 1.2/2.0, TSV, JSONL, Moses pair) becomes a document with its rows already formed. */
export const POST = route("document.import", (request, _context, user) => postImport(request, { actorId: user.id }));
