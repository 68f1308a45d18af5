// What the browser tests need: Debian's chromium (installed with apt-get when we are root on Debian), or else
// Playwright's own browser download.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "inherit" }).status === 0;
}

export function ensureBrowser(): void {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return;
  if (existsSync(DEBIAN_CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's chromium for the browser tests (apt-get)...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const ok =
      spawnSync("apt-get", ["update"], { stdio: "inherit", env }).status === 0 &&
      spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env }).status === 0;
    if (ok && existsSync(DEBIAN_CHROMIUM)) return;
    console.warn("apt-get could not install chromium; trying Playwright's browser download.");
  }
  if (!run(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"])) {
    throw new Error("No browser for the browser tests: install chromium (apt-get install chromium) or run npx playwright install chromium.");
  }
}
