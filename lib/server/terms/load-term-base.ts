// The term base a corpus's documents are matched against: its own approved concepts plus the shared ones, as the
// core's TermBase, compiled once. The compiled form is kept in memory under a fingerprint read from the database on
// every call (counts and latest changes of concepts and renderings), so any instance of the app sees a change at its
// next request: the cache only saves compiling, it never decides what is current.
import "server-only";
import { compileTermBase, type CompiledTermBase, type TermBase, type TermConcept, type TermStatus } from "@/lib/core/terms";
import type { Db, Tx } from "@/lib/db/client";

export interface LoadedTermBase {
  base: TermBase;
  compiled: CompiledTermBase;
  fingerprint: string;
  /** Concept labels by id, for marks and flags. */
  labels: ReadonlyMap<number, string>;
}

/** Corpora whose compiled term base is kept; a few is plenty (one corpus is open at a time, usually). */
const MAX_CACHED = 8;
const cache = new Map<string, LoadedTermBase>();

function scopeOf(corpusId: number | null) {
  return corpusId === null ? { corpusId: null } : { OR: [{ corpusId }, { corpusId: null }] };
}

/** Changes when any concept or rendering that could be in the corpus's term base is added, changed or deleted. */
export async function termBaseFingerprint(db: Db | Tx, corpusId: number | null): Promise<string> {
  const scope = scopeOf(corpusId);
  const [concepts, renderings] = await Promise.all([
    db.termConcept.aggregate({ where: scope, _count: { _all: true }, _max: { updatedAt: true } }),
    db.termRendering.aggregate({ where: { concept: scope }, _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  return [
    corpusId ?? "shared",
    concepts._count._all,
    concepts._max.updatedAt?.getTime() ?? 0,
    renderings._count._all,
    renderings._max.updatedAt?.getTime() ?? 0,
  ].join(":");
}

async function readTermBase(db: Db | Tx, corpusId: number | null): Promise<TermBase> {
  const rows = await db.termConcept.findMany({
    where: { state: "APPROVED", ...scopeOf(corpusId) },
    orderBy: { id: "asc" },
    select: {
      id: true,
      label: true,
      note: true,
      domain: true,
      renderings: {
        where: { state: "APPROVED" },
        orderBy: { id: "asc" },
        select: { id: true, lang: true, text: true, status: true, note: true },
      },
    },
  });
  const concepts: TermConcept[] = rows.map((c) => ({
    id: c.id,
    label: c.label,
    note: c.note,
    domain: c.domain,
    renderings: c.renderings.map((r) => ({ id: r.id, lang: r.lang, text: r.text, status: r.status.toLowerCase() as TermStatus, note: r.note })),
  }));
  return { concepts };
}

/** The corpus's term base (approved concepts and renderings only), compiled. corpusId null: the shared concepts. */
export async function loadTermBase(db: Db | Tx, corpusId: number | null): Promise<LoadedTermBase> {
  const key = String(corpusId ?? "shared");
  const fingerprint = await termBaseFingerprint(db, corpusId);
  const cached = cache.get(key);
  if (cached && cached.fingerprint === fingerprint) {
    // Most recently used last, so the oldest is the one evicted.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const base = await readTermBase(db, corpusId);
  const loaded: LoadedTermBase = {
    base,
    compiled: compileTermBase(base),
    fingerprint,
    labels: new Map(base.concepts.map((c) => [c.id as number, c.label])),
  };
  cache.delete(key);
  cache.set(key, loaded);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return loaded;
}
