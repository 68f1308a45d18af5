// `npm test`: every check and test, in order of speed — types and lint, unit and integration tests (vitest,
// on their own database), then the browser tests against the built app (Playwright, on another database).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { readEnv } from "@/lib/env";
import { createScratchDatabase } from "@/tests/support/scratch-database";
import { ensureBrowser } from "./lib/browser";
import { ensureBuilt } from "./lib/build";

const bin = (name: string) => `node_modules/.bin/${name}`;
const timings: Array<[string, number]> = [];

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  timings.push([name, Date.now() - started]);
  if (result.status !== 0) throw new StepFailed(name, result.status ?? 1);
}

class StepFailed extends Error {
  constructor(
    readonly step: string,
    readonly code: number,
  ) {
    super(`${step} failed`);
  }
}

async function main(): Promise<void> {
  const env = readEnv();
  const database = env.DATABASE_URL ? "the PostgreSQL server in DATABASE_URL (scratch databases)" : "embedded PGlite";
  console.log(`Tests run on ${database}.`);

  step("route types", bin("next"), ["typegen"]);
  step("type check", bin("tsc"), ["--noEmit", "-p", "."]);
  step("lint", bin("eslint"), [".", "--max-warnings=0"]);
  step("unit and integration tests", bin("vitest"), ["run"]);

  console.log("\n▶ browser tests");
  ensureBrowser();
  const built = ensureBuilt();
  timings.push(["build", built.millis]);
  const e2eEnv: NodeJS.ProcessEnv = { ...process.env };
  let cleanup = async () => {};
  if (env.DATABASE_URL) {
    const scratch = await createScratchDatabase(env.DATABASE_URL, "tarjuman_e2e");
    e2eEnv.E2E_DATABASE_URL = scratch.url;
    cleanup = () => scratch.drop();
  } else {
    const dir = `.data/e2e-${process.pid}`;
    e2eEnv.E2E_PGLITE_DIR = dir;
    cleanup = async () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.owner`, { recursive: true, force: true }); // the lock and socket folder (lib/db/owner-lock.ts)
    };
  }
  try {
    step("playwright", bin("playwright"), ["test"], e2eEnv);
  } finally {
    await cleanup();
  }
}

main().then(
  () => {
    console.log("\nAll tests passed.");
    for (const [name, millis] of timings) console.log(`  ${name.padEnd(28)} ${(millis / 1000).toFixed(1)} s`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof StepFailed ? `\n✖ ${error.step} failed.` : error);
    process.exit(error instanceof StepFailed ? error.code : 1);
  },
);
