// An admin (or the CLI) disables or enables an account. Disabling ends its sessions at once; its API tokens stay
// but are refused while it is disabled, and work again when it is enabled.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { assertAnotherAdminRemains } from "./keep-an-admin";
import { lockUser } from "./lock-user";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export interface SetUserDisabledOptions {
  userId: number;
  isDisabled: boolean;
  actorId?: number | null;
}

export async function setUserDisabled(db: Db, { userId, isDisabled, actorId = null }: SetUserDisabledOptions): Promise<UserSummary> {
  return db.$transaction(async (tx) => {
    if (isDisabled) await assertAnotherAdminRemains(tx, userId);
    const before = await lockUser(tx, userId);
    if (before.isDisabled !== isDisabled) {
      await tx.user.update({ where: { id: userId }, data: { disabledAt: isDisabled ? new Date() : null } });
      if (isDisabled) await tx.session.deleteMany({ where: { userId } });
      await recordAudit(tx, { actorId, action: isDisabled ? "user.disable" : "user.enable", entity: "users", entityId: userId });
    }
    return toUserSummary(await tx.user.findUniqueOrThrow({ where: { id: userId }, select: USER_SUMMARY_SELECT }));
  });
}
