import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { ZConceptFieldsSchema, ZRenderingInputSchema } from "@/lib/server/terms/concept-input";
import { createConcept } from "@/lib/server/terms/create-concept";
import { listConcepts } from "@/lib/server/terms/list-concepts";
import { resolveCorpus } from "@/lib/server/terms/resolve-corpus";

export const dynamic = "force-dynamic";

const ZListTermsSchema = z.object({
  q: z.string().max(200).optional(),
  corpus: z.string().max(200).optional(),
  state: z.enum(["proposed", "approved"]).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** {"concepts": [{id, corpusId, label, note, domain, state, renderings: [{id, lang, text, status, note, state}]}], "total"}. */
export const GET = route("document.read", async (request) => {
  const query = parseOrThrow(ZListTermsSchema, Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const corpusId = query.corpus === undefined ? undefined : await resolveCorpus(db, query.corpus);
  return NextResponse.json(await listConcepts(db, { q: query.q, corpusId, state: query.state, limit: query.limit, offset: query.offset }));
});

const ZCreateConceptSchema = ZConceptFieldsSchema.extend({
  corpus: z.union([z.string().max(200), z.number().int().positive()]).nullable().default(null),
  renderings: z.array(ZRenderingInputSchema).min(1).max(200),
});

/** Creates a concept (approved when a reviewer or admin creates it, else proposed): 201 {"concept"}. */
export const POST = route("document.edit", async (request, _context, user) => {
  const body = parseOrThrow(ZCreateConceptSchema, await request.json().catch(() => null));
  const db = await getDb();
  const corpusId = await resolveCorpus(db, body.corpus === null ? null : String(body.corpus));
  const concept = await createConcept(db, user, { corpusId, label: body.label, note: body.note, domain: body.domain, renderings: body.renderings });
  return NextResponse.json({ concept }, { status: 201 });
});
