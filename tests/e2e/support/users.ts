// The browser tests' accounts, one per role (made by seed-users.ts, signed in by auth.setup.ts).
import type { RoleName } from "../../../lib/core/auth/roles";

export const E2E_USERS: Record<RoleName, { email: string; name: string; password: string }> = {
  translator: { email: "e2e-translator@test.local", name: "Tina Translator", password: "translator password for e2e" },
  reviewer: { email: "e2e-reviewer@test.local", name: "Reza Reviewer", password: "reviewer password for e2e" },
  admin: { email: "e2e-admin@test.local", name: "Amal Admin", password: "admin password for e2e" },
};

export const authFile = (role: RoleName): string => `test-results/.auth/${role}.json`;
