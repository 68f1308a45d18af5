import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getWorkbench } from "@/lib/server/document/get-workbench";
import { handle, parseId } from "@/lib/server/http";
import { requireUser } from "@/lib/server/auth/require-user";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request, { params }: RouteContext<"/api/documents/[id]">) => {
  await requireUser(request, "document.read");
  const id = parseId((await params).id, "document");
  return NextResponse.json(await getWorkbench(await getDb(), id));
});
