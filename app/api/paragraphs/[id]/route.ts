import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { setParagraphKind } from "@/lib/server/paragraph/set-paragraph-kind";
import { handle, parseId, parseOrThrow } from "@/lib/server/http";
import { requireUser } from "@/lib/server/auth/require-user";

export const dynamic = "force-dynamic";

const ZSetParagraphKindSchema = z.object({
  kind: z.enum(["BODY", "HEADING", "BOILERPLATE"]),
  version: z.number().int().positive(),
});

export const PATCH = handle(async (request: Request, { params }: RouteContext<"/api/paragraphs/[id]">) => {
  const user = await requireUser(request, "document.edit");
  const paragraphId = parseId((await params).id, "paragraph");
  const body = parseOrThrow(ZSetParagraphKindSchema, await request.json().catch(() => null));
  return NextResponse.json(await setParagraphKind(await getDb(), { paragraphId, ...body, actorId: user.id }));
});
