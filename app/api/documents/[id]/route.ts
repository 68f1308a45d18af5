import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { getWorkbench } from "@/lib/server/document/get-workbench";
import { handle, parseId } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle(async (_request: Request, { params }: RouteContext<"/api/documents/[id]">) => {
  const id = parseId((await params).id, "document");
  return NextResponse.json(await getWorkbench(await getDb(), id));
});
