// Edits a concept and, when given, replaces its renderings with the list sent (ids keep a rendering, no id adds one,
// a missing id deletes it). Translators may add renderings to an approved concept (as proposals) and change what is
// still proposed; changing or deleting anything approved is for reviewers and admins.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { AuthUser } from "@/lib/server/auth/auth-user";
import { recordAudit } from "@/lib/server/audit";
import { AppError, notFound, staleVersion } from "@/lib/server/errors";
import { checkRenderings, duplicateLabel, type TRenderingInput } from "./concept-input";
import { statusFromDb, statusToDb, type ConceptView } from "./concept-view";
import { getConcept } from "./get-concept";
import { approvedTermsLocked, canApproveTerms } from "./term-rights";

export interface UpdateConceptOptions {
  label?: string;
  note?: string;
  domain?: string;
  renderings?: readonly TRenderingInput[];
  /** The updatedAt the editor read: a concept changed since is a conflict, not overwritten. */
  updatedAt?: string;
}

export async function updateConcept(db: Db, user: AuthUser, conceptId: number, options: UpdateConceptOptions): Promise<ConceptView> {
  const renderings = options.renderings ? checkRenderings(options.renderings) : undefined;
  const isReviewer = canApproveTerms(user);

  return db.$transaction(async (tx) => {
    const concept = await tx.termConcept.findUnique({
      where: { id: conceptId },
      select: { id: true, corpusId: true, label: true, note: true, domain: true, state: true, updatedAt: true, renderings: { select: { id: true, lang: true, text: true, status: true, note: true, state: true } } },
    });
    if (!concept) throw notFound("concept", conceptId);
    if (options.updatedAt !== undefined && new Date(options.updatedAt).getTime() !== concept.updatedAt.getTime()) throw staleVersion("concept");
    const isLocked = concept.state === "APPROVED" && !isReviewer;
    const fields = { label: options.label ?? concept.label, note: options.note ?? concept.note, domain: options.domain ?? concept.domain };
    if (isLocked && (fields.label !== concept.label || fields.note !== concept.note || fields.domain !== concept.domain)) throw approvedTermsLocked("a concept");
    if (fields.label.toLowerCase() !== concept.label.toLowerCase()) {
      const twin = await tx.termConcept.findFirst({ where: { corpusId: concept.corpusId, id: { not: conceptId }, label: { equals: fields.label, mode: "insensitive" } }, select: { id: true } });
      if (twin) throw duplicateLabel(fields.label);
    }

    const changes = { added: 0, changed: 0, deleted: 0 };
    if (renderings) {
      const byId = new Map(concept.renderings.map((r) => [r.id, r]));
      const kept = new Set<number>();
      for (const r of renderings) {
        if (r.id === undefined) continue;
        if (!byId.has(r.id)) throw new AppError("validation", `Rendering ${r.id} is not one of this concept's.`, { messageKey: "terms.errors.foreignRendering", params: { id: r.id } });
        kept.add(r.id);
      }
      const deleted = concept.renderings.filter((r) => !kept.has(r.id));
      if (!isReviewer && deleted.some((r) => r.state === "APPROVED")) throw approvedTermsLocked("a rendering");
      if (deleted.length > 0) await tx.termRendering.deleteMany({ where: { id: { in: deleted.map((r) => r.id) } } });
      changes.deleted = deleted.length;
      for (const r of renderings) {
        const old = r.id === undefined ? undefined : byId.get(r.id)!;
        if (!old) {
          const state = isReviewer && concept.state === "APPROVED" ? ({ state: "APPROVED", approvedById: user.id, approvedAt: new Date() } as const) : ({ state: "PROPOSED" } as const);
          await tx.termRendering.create({ data: { conceptId, lang: r.lang, text: r.text, status: statusToDb(r.status), note: r.note, proposedById: user.id, ...state } });
          changes.added++;
          continue;
        }
        if (old.lang === r.lang && old.text === r.text && statusFromDb(old.status) === r.status && old.note === r.note) continue;
        if (!isReviewer && old.state === "APPROVED") throw approvedTermsLocked("a rendering");
        await tx.termRendering.update({ where: { id: old.id }, data: { lang: r.lang, text: r.text, status: statusToDb(r.status), note: r.note } });
        changes.changed++;
      }
    }
    // Always touched: the term base's fingerprint and the editors' updatedAt check see rendering changes too.
    await tx.termConcept.update({ where: { id: conceptId }, data: { ...fields, updatedAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "terms.update", entity: "term_concepts", entityId: conceptId, data: { ...fields, ...changes } });
    return getConcept(tx, conceptId);
  }).catch((error: unknown) => {
    // Two renderings of one concept with the same text and language (the unique index) is the caller's conflict.
    if (error && typeof error === "object" && "code" in error && error.code === "P2002") {
      throw new AppError("conflict", "The concept already has that rendering.", { messageKey: "terms.errors.duplicateRendering" });
    }
    throw error;
  });
}
