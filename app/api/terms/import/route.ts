import { NextResponse } from "next/server";
import { z } from "zod";
import { TEXT_ENCODINGS } from "@/lib/core/import";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { parseOrThrow, readBodyWithin } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { decodeTermFile, importTerms, MAX_TERM_FILE_BYTES } from "@/lib/server/terms/import-terms";
import { resolveCorpus } from "@/lib/server/terms/resolve-corpus";
import { canApproveTerms } from "@/lib/server/terms/term-rights";

export const dynamic = "force-dynamic";

const ZTermImportQuerySchema = z.object({
  corpus: z.string().nullable(),
  encoding: z.enum(["auto", ...TEXT_ENCODINGS]).nullable().transform((value) => value ?? "auto"),
});

/**
 * The body is a TBX or CSV file (told from its content, whatever the Content-Type); ?corpus=<id or slug> (default:
 * the shared term base); ?encoding= where detection cannot tell it (see decodeTermFile). 200 {format, created,
 * merged, refused, renderingsCreated, problems}; a file with errors is 422 with every problem and its line, and
 * nothing is stored.
 */
export const POST = route("document.edit", async (request, _context, user) => {
  const search = new URL(request.url).searchParams;
  const query = parseOrThrow(ZTermImportQuerySchema, { corpus: search.get("corpus"), encoding: search.get("encoding") });
  const bytes = await readBodyWithin(request, MAX_TERM_FILE_BYTES, (size) =>
    new AppError("payload_too_large", `A term file may have at most ${MAX_TERM_FILE_BYTES} bytes (this one has ${size}).`, {
      messageKey: "terms.errors.fileTooLarge",
      params: { max: MAX_TERM_FILE_BYTES, size },
    }),
  );
  const content = decodeTermFile(bytes, query.encoding);
  const db = await getDb();
  const corpusId = await resolveCorpus(db, query.corpus);
  return NextResponse.json(await importTerms(db, { content, corpusId, actorId: user.id, approve: canApproveTerms(user) }));
});
