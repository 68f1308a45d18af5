// The term base as the aligner's bilingual lexicon: approved concepts of the document's corpus plus the shared ones
// (a translator's proposal steers nothing until a reviewer approves it).
import "server-only";
import type { Lexicon } from "@/lib/core/align";
import type { Db, Tx } from "@/lib/db/client";

/** corpusId null: only the shared concepts (a document whose corpus does not exist yet). */
export async function loadLexicon(db: Db | Tx, corpusId: number | null): Promise<Lexicon> {
  const concepts = await db.termConcept.findMany({
    where: { state: "APPROVED", ...(corpusId === null ? { corpusId: null } : { OR: [{ corpusId }, { corpusId: null }] }) },
    select: { renderings: { where: { state: "APPROVED", status: { not: "DEPRECATED" } }, select: { lang: true, text: true } } },
  });
  return { entries: concepts.filter((c) => c.renderings.length > 1).map((c) => ({ renderings: c.renderings })) };
}
