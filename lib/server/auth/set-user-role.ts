// An admin (or the CLI) changes a user's role. The change applies to the user's next request: sessions read the
// role from the user, not from the session.
import "server-only";
import type { RoleName } from "@/lib/core/auth/roles";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { roleFromDb, roleToDb } from "./auth-user";
import { assertAnotherAdminRemains } from "./keep-an-admin";
import { lockUser } from "./lock-user";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export interface SetUserRoleOptions {
  userId: number;
  role: RoleName;
  actorId?: number | null;
}

export async function setUserRole(db: Db, { userId, role, actorId = null }: SetUserRoleOptions): Promise<UserSummary> {
  return db.$transaction(async (tx) => {
    if (role !== "admin") await assertAnotherAdminRemains(tx, userId);
    const before = await lockUser(tx, userId);
    if (before.role !== roleToDb(role)) {
      await tx.user.update({ where: { id: userId }, data: { role: roleToDb(role) } });
      await recordAudit(tx, { actorId, action: "user.role", entity: "users", entityId: userId, data: { from: roleFromDb(before.role), to: role } });
    }
    return toUserSummary(await tx.user.findUniqueOrThrow({ where: { id: userId }, select: USER_SUMMARY_SELECT }));
  });
}
