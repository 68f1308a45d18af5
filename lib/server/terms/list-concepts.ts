// Concepts with their renderings, searched by label, note, domain or any rendering, in label order. The search
// ignores case and the spelling variants a Persian or Arabic keyboard produces (ي/ی, ك/ک, ى, ة/ۀ/ه, hamza on
// alef, harakat, tatweel, ZWNJ), folded on both sides in SQL so that the stored text stays as entered.
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
  if (q) and.push({ id: { in: await conceptsMatching(db, q) } });
  const where: Prisma.TermConceptWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.termConcept.findMany({ where, orderBy: [{ label: "asc" }, { id: "asc" }], take: options.limit, skip: options.offset ?? 0, select: CONCEPT_SELECT }),
    db.termConcept.count({ where }),
  ]);
  return { concepts: rows.map(toConceptView), total };
}

// Characters folded (first string) onto their counterparts (second string); those past the second string's length
// are dropped: the harakat U+064B..U+0652, superscript alef U+0670, tatweel U+0640, ZWNJ U+200C, ZWJ U+200D.
const FOLD_FROM = "يكىۀةأإآٱ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640\u200c\u200d";
const FOLD_TO = "یکیههاااا";

async function conceptsMatching(db: Db, q: string): Promise<number[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = await db.$queryRaw<Array<{ id: number }>>`
    WITH needle AS (SELECT translate(lower(${pattern}), ${FOLD_FROM}, ${FOLD_TO}) AS p)
    SELECT c.id FROM term_concepts c, needle
    WHERE translate(lower(c.label), ${FOLD_FROM}, ${FOLD_TO}) LIKE needle.p
       OR translate(lower(c.note), ${FOLD_FROM}, ${FOLD_TO}) LIKE needle.p
       OR translate(lower(c.domain), ${FOLD_FROM}, ${FOLD_TO}) LIKE needle.p
    UNION
    SELECT r.concept_id FROM term_renderings r, needle
    WHERE translate(lower(r.text), ${FOLD_FROM}, ${FOLD_TO}) LIKE needle.p`;
  return rows.map((r) => r.id);
}
