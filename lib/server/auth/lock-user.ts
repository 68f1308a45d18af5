// A user row locked for the rest of a write transaction, or not_found. Lock order: the set of enabled admins
// (keep-an-admin.ts) before any one user, in every use case that takes both.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/errors";

export async function lockUser(tx: Tx, userId: number): Promise<{ id: number; email: string; role: Role; isDisabled: boolean }> {
  const rows = await tx.$queryRaw<Array<{ id: number; email: string; role: Role; is_disabled: boolean }>>`
    SELECT id, email, role::text AS role, disabled_at IS NOT NULL AS is_disabled FROM users WHERE id = ${userId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("user", userId);
  const [row] = rows;
  return { id: row.id, email: row.email, role: row.role, isDisabled: row.is_disabled };
}
