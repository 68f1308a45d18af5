// Before every spec: the three e2e users exist, and each has signed in through the page once; their cookies are
// kept as storage state (tests/e2e/fixtures.ts hands them to the specs by role).
import { spawnSync } from "node:child_process";
import { expect, test as setup } from "@playwright/test";
import { e2eDatabaseEnv } from "./support/database-env";
import { authFile, E2E_USERS } from "./support/users";

setup("seed the e2e users and sign each one in", async ({ browser }) => {
  setup.setTimeout(240_000); // a process that compiles TypeScript and connects, then three sign-ins (slow hashes)
  const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/e2e/support/seed-users.ts"], {
    env: { ...process.env, ...e2eDatabaseEnv() },
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(seeded.stderr).toBe("");
  expect(seeded.status).toBe(0);

  for (const [role, { email, password }] of Object.entries(E2E_USERS) as Array<[keyof typeof E2E_USERS, { email: string; password: string }]>) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("/");
    await expect(page.getByTestId("user-role")).toHaveText(role[0].toUpperCase() + role.slice(1));
    await context.storageState({ path: authFile(role) });
    await context.close();
  }
});
