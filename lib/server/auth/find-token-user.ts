// Who an API token (Authorization: Bearer ...) belongs to, or null: unknown, revoked, or its user disabled.
import "server-only";
import type { Db } from "@/lib/db/client";
import { AUTH_USER_SELECT, toAuthUser, type AuthUser } from "./auth-user";
import { hashSecretToken } from "./secret-token";

/** lastUsedAt is a hint for whoever reviews tokens, not a log: written at most once a minute per token. */
const TOUCH_MS = 60_000;

export async function findTokenUser(db: Db, token: string, now: Date = new Date()): Promise<AuthUser | null> {
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: AUTH_USER_SELECT } },
  });
  if (!found || found.revokedAt || found.user.disabledAt) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= TOUCH_MS) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return toAuthUser(found.user, "token");
}
