// Browser tests run against the real app (scripts/start.ts) on its own database: scripts/test.ts passes
// E2E_DATABASE_URL (a scratch database on a local server) or E2E_PGLITE_DIR (a fresh embedded folder).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eDatabaseEnv } from "./tests/e2e/support/database-env";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const debianChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const serverEnv: Record<string, string> = { NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), ...e2eDatabaseEnv() };

const chromium = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    // Debian's chromium when present (apt), else Playwright's own download.
    executablePath: existsSync(debianChromium) ? debianChromium : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

export default defineConfig({
  testDir: "./tests/e2e",
  outputDir: "./test-results/artifacts",
  workers: 1,
  reporter: [["list"]],
  // Generous: CI machines are small and shared, and the first request of a spec may start a worker thread.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure" },
  projects: [
    // Seeds the e2e users and signs each in once (tests/e2e/auth.setup.ts); the specs reuse their cookies.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: chromium },
    { name: "chromium", dependencies: ["setup"], use: chromium },
  ],
  webServer: {
    command: "node --conditions=react-server --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${PORT}`,
    timeout: 600_000, // builds first when the sources changed (scripts/test.ts builds before, CI never waits here)
    reuseExistingServer: false,
    stdout: "pipe",
    env: serverEnv,
  },
});
