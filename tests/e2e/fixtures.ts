// Specs import `test` from here: each runs signed in as `role` (a reviewer unless it says otherwise with
// test.use({ role })), or signed out with role null. The page and the `request` fixture share those cookies.
import { test as base } from "@playwright/test";
import type { RoleName } from "../../lib/core/auth/roles";
import { authFile } from "./support/users";

export const test = base.extend<{ role: RoleName | null }>({
  role: ["reviewer", { option: true }],
  storageState: async ({ role }, use) => {
    await use(role ? authFile(role) : { cookies: [], origins: [] });
  },
});

export { expect } from "@playwright/test";
export { E2E_USERS } from "./support/users";
