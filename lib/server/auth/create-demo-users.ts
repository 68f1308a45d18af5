// On the first start of an installation with no users, one demo account per role, with random passwords that are
// printed once by `npm start`. A settings marker makes it once per installation: deleting the demo users (or all
// users) afterwards sticks, and an installation that already has users never gets demo ones.
import "server-only";
import { randomBytes } from "node:crypto";
import { ROLES, type RoleName } from "@/lib/core/auth/roles";
import type { Db } from "@/lib/db/client";
import { normalizeEmail, roleToDb } from "./auth-user";
import { hashPassword } from "./password";

const MARKER = "demo.usersCreatedAt";

export interface DemoCredentials {
  email: string;
  role: RoleName;
  password: string;
}

export const demoEmail = (role: RoleName): string => normalizeEmail(`${role}@demo.local`);

export async function createDemoUsers(db: Db): Promise<DemoCredentials[]> {
  const [users, marker] = await Promise.all([db.user.count(), db.setting.findUnique({ where: { key: MARKER } })]);
  if (users > 0 || marker) return [];

  // 12 random bytes as base64url: 16 characters from a 64-letter alphabet, typed once and then changed on /account.
  const credentials = ROLES.map((role) => ({ email: demoEmail(role), role, password: randomBytes(12).toString("base64url") }));
  const hashes = await Promise.all(credentials.map((c) => hashPassword(c.password)));
  const created = await db.$transaction(async (tx) => {
    // The marker first: of two instances starting together on one database server, the second fails here.
    const claimed = await tx.setting.createMany({ data: [{ key: MARKER, value: new Date().toISOString() }], skipDuplicates: true });
    if (claimed.count === 0 || (await tx.user.count()) > 0) return false;
    await tx.user.createMany({
      data: credentials.map((c, n) => ({ email: c.email, name: `Demo ${c.role}`, role: roleToDb(c.role), passwordHash: hashes[n] })),
    });
    return true;
  });
  return created ? credentials : [];
}

export function formatDemoCredentials(credentials: DemoCredentials[]): string {
  const width = Math.max(...credentials.map((c) => c.email.length));
  return [
    "Created demo accounts (shown this once; change the passwords on /account, or manage users with `npm run user`):",
    ...credentials.map((c) => `  ${c.role.padEnd(10)} ${c.email.padEnd(width)}  password: ${c.password}`),
  ].join("\n");
}
