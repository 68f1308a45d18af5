// Concepts with their renderings, searched by label, note or any rendering, newest changes first.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CONCEPT_SELECT, toConceptView, type ConceptView, type TermStateView } from "./concept-view";

export interface ListConceptsOptions {
  q?: string;
  /** A corpus: its concepts and the shared ones. null: only the shared ones. Absent: every concept. */
  corpusId?: number | null;
  state?: TermStateView;
  limit: number;
  offset?: number;
}

export async function listConcepts(db: Db, options: ListConceptsOptions): Promise<{ concepts: ConceptView[]; total: number }> {
  const and: Prisma.TermConceptWhereInput[] = [];
  if (options.corpusId !== undefined) and.push(options.corpusId === null ? { corpusId: null } : { OR: [{ corpusId: options.corpusId }, { corpusId: null }] });
  if (options.state) and.push({ OR: [{ state: options.state === "approved" ? "APPROVED" : "PROPOSED" }, ...(options.state === "proposed" ? [{ renderings: { some: { state: "PROPOSED" as const } } }] : [])] });
  const q = options.q?.trim();
  if (q) {
    and.push({
      OR: [
        { label: { contains: q, mode: "insensitive" } },
        { note: { contains: q, mode: "insensitive" } },
        { domain: { contains: q, mode: "insensitive" } },
        { renderings: { some: { text: { contains: q, mode: "insensitive" } } } },
      ],
    });
  }
  const where: Prisma.TermConceptWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.termConcept.findMany({ where, orderBy: [{ label: "asc" }, { id: "asc" }], take: options.limit, skip: options.offset ?? 0, select: CONCEPT_SELECT }),
    db.termConcept.count({ where }),
  ]);
  return { concepts: rows.map(toConceptView), total };
}
