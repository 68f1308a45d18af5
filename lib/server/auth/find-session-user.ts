// Who a session cookie belongs to, or null: unknown, expired, or its user disabled. A live session slides forward.
import "server-only";
import type { Db } from "@/lib/db/client";
import { AUTH_USER_SELECT, toAuthUser, type AuthUser } from "./auth-user";
import { hashSecretToken } from "./secret-token";
import { SESSION_TOUCH_MS, slidExpiry } from "./session-policy";

export async function findSessionUser(db: Db, token: string, now: Date = new Date()): Promise<AuthUser | null> {
  const sessionId = hashSecretToken(token);
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { createdAt: true, expiresAt: true, lastSeenAt: true, user: { select: AUTH_USER_SELECT } },
  });
  if (!session) return null;
  if (session.expiresAt <= now) {
    await db.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (session.user.disabledAt) return null;

  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
    await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now, expiresAt: slidExpiry(session.createdAt, now) } });
  }
  return toAuthUser(session.user, "session", sessionId);
}
