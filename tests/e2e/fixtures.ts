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
  // E2E_CPU_THROTTLE=n runs each spec's page n times slower (Chromium's own throttling): races between a row's
  // renders, its effects and the server's answers show up then as they do on a small, loaded CI machine.
  page: async ({ page }, use) => {
    const rate = Number(process.env.E2E_CPU_THROTTLE ?? 1);
    if (rate > 1) await (await page.context().newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate });
    await use(page);
  },
});

export { expect } from "@playwright/test";
export { E2E_USERS } from "./support/users";
