// An API token for scripts (`Authorization: Bearer <token>`), acting as its user with that user's role. The token
// is returned once; only its hash is kept.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { lockUser } from "./lock-user";
import { createSecretToken, hashSecretToken } from "./secret-token";

export interface CreateApiTokenOptions {
  userId: number;
  name?: string;
  actorId?: number | null;
}

/** Recognizable in logs and secret scanners, as GitHub's ghp_ prefix is. */
const TOKEN_PREFIX = "trj_";

export async function createApiToken(db: Db, { userId, name, actorId = null }: CreateApiTokenOptions): Promise<{ id: number; name: string; token: string }> {
  const token = createSecretToken(TOKEN_PREFIX);
  return db.$transaction(async (tx) => {
    await lockUser(tx, userId);
    const label = name?.trim().slice(0, 200) || `token ${new Date().toISOString().slice(0, 10)}`;
    const created = await tx.apiToken.create({ data: { userId, name: label, tokenHash: hashSecretToken(token) }, select: { id: true } });
    await recordAudit(tx, { actorId, action: "token.create", entity: "api_tokens", entityId: created.id, data: { userId, name: label } });
    return { id: created.id, name: label, token };
  });
}
