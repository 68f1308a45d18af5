import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { ZRenderingInputSchema } from "@/lib/server/terms/concept-input";
import { deleteConcept } from "@/lib/server/terms/delete-concept";
import { getConcept } from "@/lib/server/terms/get-concept";
import { updateConcept } from "@/lib/server/terms/update-concept";

export const dynamic = "force-dynamic";

export const GET = route("document.read", async (_request, { params }: RouteContext<"/api/terms/[id]">) => {
  const conceptId = parseId((await params).id, "concept");
  return NextResponse.json({ concept: await getConcept(await getDb(), conceptId) });
});

const ZUpdateConceptSchema = z.object({
  label: z.string().trim().min(1).max(500).optional(),
  note: z.string().max(5000).optional(),
  domain: z.string().trim().max(200).optional(),
  renderings: z.array(ZRenderingInputSchema).min(1).max(200).optional(),
  updatedAt: z.string().datetime().optional(),
});

/** Edits a concept; "renderings", when sent, is the whole new list (an id keeps one, no id adds one). */
export const PATCH = route("document.edit", async (request, { params }: RouteContext<"/api/terms/[id]">, user) => {
  const conceptId = parseId((await params).id, "concept");
  const body = parseOrThrow(ZUpdateConceptSchema, await request.json().catch(() => null));
  return NextResponse.json({ concept: await updateConcept(await getDb(), user, conceptId, body) });
});

export const DELETE = route("document.edit", async (_request, { params }: RouteContext<"/api/terms/[id]">, user) => {
  const conceptId = parseId((await params).id, "concept");
  await deleteConcept(await getDb(), user, conceptId);
  return new Response(null, { status: 204 });
});
