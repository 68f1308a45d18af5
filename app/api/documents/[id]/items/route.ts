import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { loadItems } from "@/lib/server/document/load-items";
import { parseId, parseOrThrow } from "@/lib/server/http";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const ZItemsSchema = z.object({
  keys: z.string().regex(/^[pr]\d{1,10}(?:,[pr]\d{1,10}){0,499}$/, "comma-separated item keys such as r12,p34 (at most 500)"),
});

export const GET = route("document.read", async (request, { params }: RouteContext<"/api/documents/[id]/items">) => {
  const documentId = parseId((await params).id, "document");
  const { keys } = parseOrThrow(ZItemsSchema, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ items: await loadItems(await getDb(), documentId, keys.split(",")) });
});
