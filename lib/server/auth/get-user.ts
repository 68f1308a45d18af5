// One account as administrators see it, or not_found.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/server/errors";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export async function getUser(db: Db, userId: number): Promise<UserSummary> {
  const user = await db.user.findUnique({ where: { id: userId }, select: USER_SUMMARY_SELECT });
  if (!user) throw notFound("user", userId);
  return toUserSummary(user);
}
