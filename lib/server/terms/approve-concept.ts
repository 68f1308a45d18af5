// A reviewer approves a proposed concept and every proposed rendering of it: from now on they are matched.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { AuthUser } from "@/lib/server/auth/auth-user";
import { recordAudit } from "@/lib/server/audit";
import { notFound } from "@/lib/server/errors";
import type { ConceptView } from "./concept-view";
import { getConcept } from "./get-concept";

export async function approveConcept(db: Db, user: AuthUser, conceptId: number): Promise<ConceptView> {
  return db.$transaction(async (tx) => {
    const concept = await tx.termConcept.findUnique({ where: { id: conceptId }, select: { state: true } });
    if (!concept) throw notFound("concept", conceptId);
    const now = new Date();
    const approval = { state: "APPROVED" as const, approvedById: user.id, approvedAt: now };
    const renderings = await tx.termRendering.updateMany({ where: { conceptId, state: "PROPOSED" }, data: approval });
    await tx.termConcept.update({ where: { id: conceptId }, data: concept.state === "PROPOSED" ? approval : { updatedAt: now } });
    await recordAudit(tx, { actorId: user.id, action: "terms.approve", entity: "term_concepts", entityId: conceptId, data: { concept: concept.state === "PROPOSED", renderings: renderings.count } });
    return getConcept(tx, conceptId);
  });
}
