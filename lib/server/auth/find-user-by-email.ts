// The account behind an email (the CLI names users by email), or not_found.
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { normalizeEmail } from "./auth-user";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export async function findUserByEmail(db: Db, email: string): Promise<UserSummary> {
  const normalized = normalizeEmail(email);
  const user = await db.user.findUnique({ where: { email: normalized }, select: USER_SUMMARY_SELECT });
  if (!user) throw new AppError("not_found", `No user has the email ${normalized}.`, { messageKey: "users.unknownEmail", params: { email: normalized } });
  return toUserSummary(user);
}
