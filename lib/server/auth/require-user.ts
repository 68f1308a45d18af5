// For route handlers: the user behind a request, or the error that answers it. 401 without valid credentials
// (no cookie or token, an ended session, a revoked token, a disabled account); 403 for a role without the
// permission. Every handler under app/api calls this first, except sign-in and sign-out.
import "server-only";
import { can, type Permission } from "@/lib/core/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import type { AuthUser } from "./auth-user";
import { authenticateRequest } from "./authenticate-request";

const UNAUTHORIZED = {
  missing: ["Sign in first: send the session cookie or an `Authorization: Bearer <token>` header.", "auth.required"],
  "invalid-token": ["This API token is not valid (unknown, revoked, or its account is disabled).", "auth.invalidToken"],
  "session-ended": ["Your session has ended. Sign in again.", "auth.sessionEnded"],
} as const;

export async function requireUser(request: Request, permission?: Permission): Promise<AuthUser> {
  const auth = await authenticateRequest(await getDb(), request);
  if (!auth.user) {
    const [message, messageKey] = UNAUTHORIZED[auth.reason];
    throw new AppError("unauthorized", message, { messageKey });
  }
  if (permission) assertCan(auth.user, permission);
  return auth.user;
}

export function assertCan(user: AuthUser, permission: Permission): void {
  if (can(user.role, permission)) return;
  throw new AppError("forbidden", `A ${user.role} may not do this (it needs the permission "${permission}").`, {
    messageKey: "auth.forbidden",
    params: { permission },
  });
}
