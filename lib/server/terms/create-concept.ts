// A new concept with its renderings: approved at once when a reviewer or admin creates it, else a proposal.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { AuthUser } from "@/lib/server/auth/auth-user";
import { recordAudit } from "@/lib/server/audit";
import { checkRenderings, duplicateLabel, type TRenderingInput } from "./concept-input";
import { statusToDb, type ConceptView } from "./concept-view";
import { getConcept } from "./get-concept";
import { canApproveTerms } from "./term-rights";

export interface CreateConceptOptions {
  corpusId: number | null;
  label: string;
  note: string;
  domain: string;
  renderings: readonly TRenderingInput[];
}

export async function createConcept(db: Db, user: AuthUser, options: CreateConceptOptions): Promise<ConceptView> {
  const renderings = checkRenderings(options.renderings);
  const isApproved = canApproveTerms(user);
  const approval = isApproved ? { state: "APPROVED" as const, approvedById: user.id, approvedAt: new Date() } : { state: "PROPOSED" as const };

  return db.$transaction(async (tx) => {
    const twin = await tx.termConcept.findFirst({ where: { corpusId: options.corpusId, label: { equals: options.label, mode: "insensitive" } }, select: { id: true } });
    if (twin) throw duplicateLabel(options.label);
    const concept = await tx.termConcept.create({
      data: {
        corpusId: options.corpusId,
        label: options.label,
        note: options.note,
        domain: options.domain,
        proposedById: user.id,
        ...approval,
        renderings: {
          create: renderings.map((r) => ({ lang: r.lang, text: r.text, status: statusToDb(r.status), note: r.note, proposedById: user.id, ...approval })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: user.id, action: isApproved ? "terms.create" : "terms.propose", entity: "term_concepts", entityId: concept.id, data: { label: options.label } });
    return getConcept(tx, concept.id);
  });
}
