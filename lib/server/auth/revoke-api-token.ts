// Revokes an API token: requests carrying it get 401 from then on. Kept (with revokedAt) for the record.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { notFound } from "@/lib/server/errors";

export async function revokeApiToken(db: Db, { tokenId, actorId = null }: { tokenId: number; actorId?: number | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0 && !(await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true } }))) throw notFound("API token", tokenId);
    if (updated.count > 0) await recordAudit(tx, { actorId, action: "token.revoke", entity: "api_tokens", entityId: tokenId });
  });
}
