// First step of `npm start` and `npm test`, in plain Node so it runs before anything is installed:
// install dependencies when they are missing or older than package-lock.json, and generate the Prisma client
// when schema.prisma changed. A second run finds both current and takes a few milliseconds.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 9)) {
  console.error(`Tarjuman needs Node.js 20.9 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

const hashOf = (...files) => {
  const hash = createHash("sha256");
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest("hex");
};

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const depsMarker = "node_modules/.tarjuman-deps.sha256";
const depsHash = hashOf("package-lock.json");
if (!existsSync(depsMarker) || readFileSync(depsMarker, "utf8") !== depsHash) {
  console.log("Installing dependencies (npm ci)...");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(depsMarker, depsHash);
}

const clientMarker = "lib/generated/prisma/.schema.sha256";
const schemaHash = hashOf("prisma/schema.prisma", "package-lock.json");
if (!existsSync(clientMarker) || readFileSync(clientMarker, "utf8") !== schemaHash) {
  console.log("Generating the Prisma client...");
  // The Prisma 7 CLI would fetch a native schema engine it does not need for `generate`.
  run("node", ["node_modules/prisma/build/index.js", "generate"], { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", CHECKPOINT_DISABLE: "1" });
  writeFileSync(clientMarker, schemaHash);
}
