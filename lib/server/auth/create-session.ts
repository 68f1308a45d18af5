// A new session for a user who has just proved who they are. The cookie carries the token; the database only its hash.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { createSecretToken, hashSecretToken } from "./secret-token";
import { slidExpiry } from "./session-policy";

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export async function createSession(db: Db | Tx, { userId, now = new Date() }: { userId: number; now?: Date }): Promise<NewSession> {
  const token = createSecretToken();
  const sessionId = hashSecretToken(token);
  const expiresAt = slidExpiry(now, now);
  await db.session.create({ data: { id: sessionId, userId, createdAt: now, lastSeenAt: now, expiresAt } });
  return { token, sessionId, expiresAt };
}
