// A user as listed to administrators and the CLI: never the password hash.
import "server-only";
import type { RoleName } from "@/lib/core/auth/roles";
import { roleFromDb } from "./auth-user";
import type { Role } from "@/lib/generated/prisma/client";

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: RoleName;
  uiLocale: string;
  isDisabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export const USER_SUMMARY_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  uiLocale: true,
  disabledAt: true,
  createdAt: true,
  lastSignInAt: true,
} as const;

export function toUserSummary(row: {
  id: number;
  email: string;
  name: string;
  role: Role;
  uiLocale: string;
  disabledAt: Date | null;
  createdAt: Date;
  lastSignInAt: Date | null;
}): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: roleFromDb(row.role),
    uiLocale: row.uiLocale,
    isDisabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  };
}
