// Every account, for the admin page and `npm run user -- list`.
import "server-only";
import type { Db } from "@/lib/db/client";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const users = await db.user.findMany({ select: USER_SUMMARY_SELECT, orderBy: [{ email: "asc" }] });
  return users.map(toUserSummary);
}
