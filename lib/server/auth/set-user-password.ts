// An admin (or the CLI) sets a new password for a user, e.g. one who forgot theirs. Every session of that user
// ends: whoever was signed in with the old password is not any more.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { lockUser } from "./lock-user";
import { hashPassword } from "./password";

export interface SetUserPasswordOptions {
  userId: number;
  password: string;
  actorId?: number | null;
}

export async function setUserPassword(db: Db, { userId, password, actorId = null }: SetUserPasswordOptions): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await lockUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { actorId, action: "user.password-reset", entity: "users", entityId: userId });
  });
}
