// Merges one concept into another (the same concept entered twice): its renderings move over, except those the
// target already has (same language and matching key), whose target status wins; accepted flags move too.
import "server-only";
import { termKeyOf } from "@/lib/core/terms";
import type { Db } from "@/lib/db/client";
import type { AuthUser } from "@/lib/server/auth/auth-user";
import { recordAudit } from "@/lib/server/audit";
import { AppError, notFound } from "@/lib/server/errors";
import type { ConceptView } from "./concept-view";
import { getConcept } from "./get-concept";

export interface MergeConceptsResult {
  concept: ConceptView;
  moved: number;
  /** Renderings the target already had (the target's kept). */
  dropped: number;
}

export async function mergeConcepts(db: Db, user: AuthUser, options: { from: number; into: number }): Promise<MergeConceptsResult> {
  if (options.from === options.into) {
    throw new AppError("validation", "A concept cannot be merged into itself.", { messageKey: "terms.errors.mergeSelf" });
  }
  return db.$transaction(async (tx) => {
    const select = { id: true, corpusId: true, label: true, note: true, renderings: { select: { id: true, lang: true, text: true } } } as const;
    // One after the other: a transaction is one connection, which runs one query at a time.
    const from = await tx.termConcept.findUnique({ where: { id: options.from }, select });
    const into = await tx.termConcept.findUnique({ where: { id: options.into }, select });
    if (!from) throw notFound("concept", options.from);
    if (!into) throw notFound("concept", options.into);
    if (into.corpusId !== null && into.corpusId !== from.corpusId) {
      throw new AppError("validation", "A concept can be merged only into one of its own corpus or a shared one.", { messageKey: "terms.errors.mergeScope" });
    }
    const has = new Set(into.renderings.map((r) => `${r.lang}\u0000${termKeyOf(r.text)}`));
    const moving = from.renderings.filter((r) => !has.has(`${r.lang}\u0000${termKeyOf(r.text)}`));
    if (moving.length > 0) await tx.termRendering.updateMany({ where: { id: { in: moving.map((r) => r.id) } }, data: { conceptId: into.id } });

    const acceptances = await tx.termFlagAcceptance.findMany({ where: { conceptId: from.id }, select: { id: true, rowId: true, kind: true, lang: true } });
    const taken = new Set(
      (await tx.termFlagAcceptance.findMany({ where: { conceptId: into.id, rowId: { in: acceptances.map((a) => a.rowId) } }, select: { rowId: true, kind: true, lang: true } })).map(
        (a) => `${a.rowId}:${a.kind}:${a.lang}`,
      ),
    );
    const movable = acceptances.filter((a) => !taken.has(`${a.rowId}:${a.kind}:${a.lang}`));
    if (movable.length > 0) await tx.termFlagAcceptance.updateMany({ where: { id: { in: movable.map((a) => a.id) } }, data: { conceptId: into.id } });

    const note = [into.note, from.note].map((n) => n.trim()).filter(Boolean);
    await tx.termConcept.update({ where: { id: into.id }, data: { note: [...new Set(note)].join("\n"), updatedAt: new Date() } });
    await tx.termConcept.delete({ where: { id: from.id } });
    const dropped = from.renderings.length - moving.length;
    await recordAudit(tx, { actorId: user.id, action: "terms.merge", entity: "term_concepts", entityId: into.id, data: { from: from.id, label: from.label, moved: moving.length, dropped } });
    return { concept: await getConcept(tx, into.id), moved: moving.length, dropped };
  });
}
