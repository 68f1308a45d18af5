// Nobody may remove the last enabled admin (by a change of role or by disabling): then nobody could manage users
// from the interface. The enabled admins are locked, so two admins demoting each other at once cannot both pass.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";

export async function assertAnotherAdminRemains(tx: Tx, userId: number): Promise<void> {
  const admins = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM users WHERE role = 'ADMIN' AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
  const isEnabledAdmin = admins.some((a) => a.id === userId);
  if (isEnabledAdmin && admins.length === 1) {
    throw new AppError("conflict", "This is the last enabled admin. Make another user an admin first.", { messageKey: "users.lastAdmin" });
  }
}
