// Builds the app only when its sources changed since the last build, so a second `npm start` starts at once.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const INPUTS = ["app", "components", "lib", "public", "instrumentation.ts", "next.config.js", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);
const MARKER = ".next/tarjuman-build.sha256";

function sourceHash(root: string): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!SKIP.has(entry)) visit(join(path, entry));
    } else {
      hash.update(path).update(readFileSync(path));
    }
  };
  for (const input of INPUTS) visit(join(root, input));
  return hash.digest("hex");
}

export function ensureBuilt(root = process.cwd(), { force = false } = {}): { built: boolean; millis: number } {
  const started = Date.now();
  const hash = sourceHash(root);
  const current = existsSync(join(root, ".next/BUILD_ID")) && existsSync(join(root, MARKER)) && readFileSync(join(root, MARKER), "utf8") === hash;
  if (current && !force) return { built: false, millis: Date.now() - started };
  console.log("Building the app (next build)...");
  const result = spawnSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}).`);
  writeFileSync(join(root, MARKER), hash);
  return { built: true, millis: Date.now() - started };
}
