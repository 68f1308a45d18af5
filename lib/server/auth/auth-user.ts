// The signed-in user as the rest of the app sees it, and the mapping between the database's role enum and the
// lowercase role names used by the API, the CLI and the permission table.
import "server-only";
import type { RoleName } from "@/lib/core/auth/roles";
import type { Role } from "@/lib/generated/prisma/client";

export interface AuthUser {
  id: number;
  email: string;
  name: string;
  role: RoleName;
  uiLocale: string;
  /** How this request proved who it is. */
  via: "session" | "token";
  /** The hash under which the session is stored (null for API tokens): lets a user end every other session. */
  sessionId: string | null;
}

const TO_DB: Record<RoleName, Role> = { translator: "TRANSLATOR", reviewer: "REVIEWER", admin: "ADMIN" };
const FROM_DB: Record<Role, RoleName> = { TRANSLATOR: "translator", REVIEWER: "reviewer", ADMIN: "admin" };

export const roleToDb = (role: RoleName): Role => TO_DB[role];
export const roleFromDb = (role: Role): RoleName => FROM_DB[role];

/** What every credential check reads about its user. */
export const AUTH_USER_SELECT = { id: true, email: true, name: true, role: true, uiLocale: true, disabledAt: true } as const;

export function toAuthUser(
  row: { id: number; email: string; name: string; role: Role; uiLocale: string },
  via: AuthUser["via"],
  sessionId: string | null = null,
): AuthUser {
  return { id: row.id, email: row.email, name: row.name, role: roleFromDb(row.role), uiLocale: row.uiLocale, via, sessionId };
}

/** Emails are compared without case: "Reza@Example.org" and "reza@example.org" are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
