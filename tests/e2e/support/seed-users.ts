// Run by auth.setup.ts in a process of its own (node --conditions=react-server --import tsx): makes the browser
// tests' users exist with known passwords and roles, through the same use cases as `npm run user`. Idempotent, so
// that a kept e2e database (E2E_PGLITE_DIR) can be reused.
import { closeDb, getDb } from "@/lib/db/client";
import { createUser } from "@/lib/server/auth/create-user";
import { findUserByEmail } from "@/lib/server/auth/find-user-by-email";
import { setUserDisabled } from "@/lib/server/auth/set-user-disabled";
import { setUserPassword } from "@/lib/server/auth/set-user-password";
import { setUserRole } from "@/lib/server/auth/set-user-role";
import { AppError } from "@/lib/server/errors";
import { E2E_USERS } from "./users";

async function main(): Promise<void> {
  const db = await getDb();
  for (const [role, { email, password, name }] of Object.entries(E2E_USERS) as Array<[keyof typeof E2E_USERS, (typeof E2E_USERS)[keyof typeof E2E_USERS]]>) {
    const existing = await findUserByEmail(db, email).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") return null;
      throw error;
    });
    if (!existing) {
      await createUser(db, { email, name, role, password });
      continue;
    }
    await setUserPassword(db, { userId: existing.id, password });
    await setUserRole(db, { userId: existing.id, role });
    await setUserDisabled(db, { userId: existing.id, isDisabled: false });
  }
}

main().then(
  async () => {
    await closeDb();
    process.exit(0);
  },
  async (error: unknown) => {
    console.error(error);
    await closeDb().catch(() => undefined);
    process.exit(1);
  },
);
