// A signed-in user changes their own password, giving the current one. Their other sessions end (a stolen session
// should not outlive a change of password); the one they are using stays.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { hashPassword, verifyPassword } from "./password";

export interface ChangeOwnPasswordOptions {
  userId: number;
  currentPassword: string;
  newPassword: string;
  /** The session making the change, kept signed in (null from an API token: every session ends). */
  keepSessionId: string | null;
}

export async function changeOwnPassword(db: Db, { userId, currentPassword, newPassword, keepSessionId }: ChangeOwnPasswordOptions): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("validation", "The current password is not right.", {
      messageKey: "account.wrongCurrentPassword",
      problems: [{ field: "currentPassword", messageKey: "account.wrongCurrentPassword", message: "currentPassword: not right" }],
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // Only if nobody changed it meanwhile (a second tab, an admin's reset): the check above was against that hash.
    const updated = await tx.user.updateMany({ where: { id: userId, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (updated.count === 0) throw new AppError("conflict", "The password was changed meanwhile; sign in again.", { messageKey: "account.passwordChangedMeanwhile" });
    await tx.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
    await recordAudit(tx, { actorId: userId, action: "user.password-change", entity: "users", entityId: userId });
  });
}
