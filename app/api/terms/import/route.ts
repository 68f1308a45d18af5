import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { readBodyWithin } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { importTerms, MAX_TERM_FILE_BYTES } from "@/lib/server/terms/import-terms";
import { resolveCorpus } from "@/lib/server/terms/resolve-corpus";
import { canApproveTerms } from "@/lib/server/terms/term-rights";

export const dynamic = "force-dynamic";

/**
 * The body is a TBX or CSV file (told from its content, whatever the Content-Type); ?corpus=<id or slug> (default:
 * the shared term base). 200 {format, created, merged, refused, renderingsCreated, problems}; a file with errors is
 * 422 with every problem and its line, and nothing is stored.
 */
export const POST = route("document.edit", async (request, _context, user) => {
  const bytes = await readBodyWithin(request, MAX_TERM_FILE_BYTES, (size) =>
    new AppError("payload_too_large", `A term file may have at most ${MAX_TERM_FILE_BYTES} bytes (this one has ${size}).`, {
      messageKey: "terms.errors.fileTooLarge",
      params: { max: MAX_TERM_FILE_BYTES, size },
    }),
  );
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError("validation", "The term file is not UTF-8 text.", { messageKey: "terms.errors.notUtf8" });
  }
  if (content.trim().length === 0) throw new AppError("validation", "The term file is empty.", { messageKey: "terms.errors.emptyFile" });
  const db = await getDb();
  const corpusId = await resolveCorpus(db, new URL(request.url).searchParams.get("corpus"));
  return NextResponse.json(await importTerms(db, { content, corpusId, actorId: user.id, approve: canApproveTerms(user) }));
});
