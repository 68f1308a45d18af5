import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";
import { searchParagraphs } from "@/lib/server/search/search-paragraphs";

export const dynamic = "force-dynamic";

const ZSearchSchema = z.object({
  q: z.string().trim().min(1).max(500),
  lang: z.string().trim().max(35).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: z.coerce.number().int().positive().optional(),
});

export const GET = route("document.read", async (request) => {
  const { q, ...options } = parseOrThrow(ZSearchSchema, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await searchParagraphs(await getDb(), { query: q, ...options }));
});
