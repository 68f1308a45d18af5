// Runs a TypeScript command-line entry point from a prebuilt bundle:
//   node scripts/bundled.mjs scripts/align.ts [arguments...]
// Transpiling the aligner's TypeScript on every run (tsx) costs about half a second of a cold run; the bundle, built
// with esbuild (which tsx brings) on the first run and again whenever one of its source files changes, costs
// nothing. The cache key is a hash of the contents of every file esbuild read for the bundle (its metafile), so a
// fresh clone, a pull or an edit rebuilds without any step of its own, and a stale bundle is never run.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function hashOf(files) {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update("\0");
    try {
      hash.update(readFileSync(join(REPO, file)));
    } catch {
      hash.update("(missing)");
    }
    hash.update("\0");
  }
  return hash.digest("hex");
}

function cacheDir() {
  for (const dir of [join(REPO, "node_modules", ".cache", "tarjuman-cli"), join(tmpdir(), "tarjuman-cli")]) {
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch {
      // read-only: try the next
    }
  }
  throw new Error("no writable directory for the command's bundle");
}

async function build(entry, bundle, manifest) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [join(REPO, entry)],
    absWorkingDir: REPO,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["react-server"],
    // Packages stay imports of node_modules: only our own source is bundled, and hashed.
    packages: "external",
    metafile: true,
    write: false,
    logLevel: "error",
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  // Written under temporary names and renamed, so that two first runs at once never read half a file.
  const suffix = `.${process.pid}.tmp`;
  writeFileSync(bundle + suffix, result.outputFiles[0].contents);
  writeFileSync(manifest + suffix, JSON.stringify({ inputs, hash: hashOf(inputs) }));
  renameSync(bundle + suffix, bundle);
  renameSync(manifest + suffix, manifest);
}

async function main() {
  const entry = process.argv[2];
  if (!entry) {
    process.stderr.write("usage: node scripts/bundled.mjs ENTRY.ts [arguments...]\n");
    process.exit(1);
  }
  const dir = cacheDir();
  const name = basename(entry).replace(/\.[cm]?tsx?$/, "");
  const bundle = join(dir, `${name}.mjs`);
  const manifest = join(dir, `${name}.json`);
  let isFresh = false;
  try {
    const { inputs, hash } = JSON.parse(readFileSync(manifest, "utf8"));
    isFresh = inputs.includes(entry.replace(/^\.\//, "")) && hashOf(inputs) === hash;
  } catch {
    isFresh = false;
  }
  if (!isFresh) await build(entry, bundle, manifest);
  // The entry point reads its arguments from process.argv.slice(2), as it would when run by itself.
  process.argv.splice(1, 2, join(REPO, entry));
  await import(pathToFileURL(bundle).href);
}

await main();
