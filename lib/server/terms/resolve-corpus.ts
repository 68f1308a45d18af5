// The corpus a term request names, by id or slug; "shared" (or nothing) is the term base every corpus shares.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";

export async function resolveCorpus(db: Db, ref: string | null | undefined): Promise<number | null> {
  if (!ref || ref === "shared") return null;
  const byId = /^\d{1,10}$/.test(ref) ? Number(ref) : null;
  const corpus = await db.corpus.findFirst({ where: byId !== null ? { id: byId } : { slug: ref }, select: { id: true } });
  if (!corpus) throw notFound("corpus", ref);
  return corpus.id;
}
