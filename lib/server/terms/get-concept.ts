import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { CONCEPT_SELECT, toConceptView, type ConceptView } from "./concept-view";

export async function getConcept(db: Db | Tx, conceptId: number): Promise<ConceptView> {
  const row = await db.termConcept.findUnique({ where: { id: conceptId }, select: CONCEPT_SELECT });
  if (!row) throw notFound("concept", conceptId);
  return toConceptView(row);
}
