// A new account (admin page, CLI, first start). Emails are stored lowercased and must be new.
import "server-only";
import { z } from "zod";
import type { RoleName } from "@/lib/core/auth/roles";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { parseOrThrow } from "@/lib/server/http";
import { normalizeEmail, roleToDb } from "./auth-user";
import { hashPassword } from "./password";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export interface CreateUserOptions {
  email: string;
  name?: string;
  role: RoleName;
  password: string;
  actorId?: number | null;
}

const ZEmailSchema = z.object({ email: z.email().max(254) });

export async function createUser(db: Db, options: CreateUserOptions): Promise<UserSummary> {
  const { email } = parseOrThrow(ZEmailSchema, { email: normalizeEmail(options.email) });
  const name = options.name?.trim().slice(0, 200) || email.split("@")[0];
  const passwordHash = await hashPassword(options.password);

  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken(email);
    const user = await tx.user
      .create({ data: { email, name, role: roleToDb(options.role), passwordHash }, select: USER_SUMMARY_SELECT })
      .catch((error: unknown) => {
        // Two creations of one email at the same instant: the unique index decides.
        if (error instanceof Error && "code" in error && error.code === "P2002") throw emailTaken(email);
        throw error;
      });
    await recordAudit(tx, { actorId: options.actorId, action: "user.create", entity: "users", entityId: user.id, data: { email, role: options.role } });
    return toUserSummary(user);
  });
}

/**
 * The email a new account would have (lowercased), checked as createUser checks it: throws when it is malformed or
 * taken. For a caller that asks for something more first (the CLI asks for the password twice), so that a bad email
 * does not waste it; createUser checks again inside its transaction.
 */
export async function checkNewUserEmail(db: Db, email: string): Promise<string> {
  const { email: normalized } = parseOrThrow(ZEmailSchema, { email: normalizeEmail(email) });
  if (await db.user.findUnique({ where: { email: normalized }, select: { id: true } })) throw emailTaken(normalized);
  return normalized;
}

function emailTaken(email: string): AppError {
  return new AppError("conflict", `A user with the email ${email} already exists.`, { messageKey: "users.emailTaken", params: { email } });
}
