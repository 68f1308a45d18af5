// Deletes a concept with its renderings (and the flags accepted about it). Translators may withdraw only their own
// proposals.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { AuthUser } from "@/lib/server/auth/auth-user";
import { recordAudit } from "@/lib/server/audit";
import { AppError, notFound } from "@/lib/server/errors";
import { canApproveTerms } from "./term-rights";

export async function deleteConcept(db: Db, user: AuthUser, conceptId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const concept = await tx.termConcept.findUnique({ where: { id: conceptId }, select: { label: true, state: true, proposedById: true } });
    if (!concept) throw notFound("concept", conceptId);
    if (!canApproveTerms(user) && (concept.state !== "PROPOSED" || concept.proposedById !== user.id)) {
      throw new AppError("forbidden", "Only a reviewer or an admin may delete this concept; translators may withdraw their own proposals.", {
        messageKey: "terms.errors.deleteForbidden",
      });
    }
    await tx.termConcept.delete({ where: { id: conceptId } });
    await recordAudit(tx, { actorId: user.id, action: "terms.delete", entity: "term_concepts", entityId: conceptId, data: { label: concept.label } });
  });
}
