// Who sent a request: an API token in `Authorization: Bearer <token>`, else the session cookie. A request that
// sends an Authorization header is judged by it alone, never by a cookie that happens to ride along.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { AuthUser } from "./auth-user";
import { findSessionUser } from "./find-session-user";
import { findTokenUser } from "./find-token-user";
import { readCookie, SESSION_COOKIE } from "./session-cookie";

export type Authentication = { user: AuthUser } | { user: null; reason: "missing" | "invalid-token" | "session-ended" };

export async function authenticateRequest(db: Db, request: Request): Promise<Authentication> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const user = match ? await findTokenUser(db, match[1]) : null;
    return user ? { user } : { user: null, reason: "invalid-token" };
  }
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (!token) return { user: null, reason: "missing" };
  const user = await findSessionUser(db, token);
  return user ? { user } : { user: null, reason: "session-ended" };
}
