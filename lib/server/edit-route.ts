// Route handlers for the editing operations all have one shape: the row or paragraph id from the path, a body
// checked by a schema, one use case, and the edit's answer (present-edit.ts). This builds them.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getDb, type Db } from "@/lib/db/client";
import { documentOfParagraph, documentOfRow } from "@/lib/server/document/locate";
import { presentEdit } from "@/lib/server/document/present-edit";
import type { EditOutcome } from "@/lib/server/editing/run-edit";
import { parseId, parseOrThrow } from "./http";
import { route, type Permission } from "./route";

export interface EditTarget<B> {
  id: number;
  documentId: number;
  body: B;
  actorId: number | null;
}

export function editRoute<S extends z.ZodType, T>(
  target: "row" | "paragraph",
  permission: Permission,
  action: string,
  schema: S,
  run: (db: Db, input: EditTarget<z.infer<S>>) => Promise<EditOutcome<T>>,
) {
  return route(permission, async (request, { params }: { params: Promise<{ id: string }> }, actor) => {
    const id = parseId((await params).id, target);
    const body = parseOrThrow(schema, await request.json().catch(() => null));
    const db = await getDb();
    const documentId = target === "row" ? await documentOfRow(db, id) : await documentOfParagraph(db, id);
    const outcome = await run(db, { id, documentId, body, actorId: actor.id });
    return NextResponse.json(await presentEdit(db, documentId, action, outcome));
  });
}
