// A TypeScript entry point of ours as one prebuilt ES module, for code that starts outside any bundler: the worker
// threads (./boot.mjs) and the command-line tools (scripts/bundled.mjs). Transpiling through tsx on every start
// costs about a second of a worker's start and half a second of a cold `npm run align`; the bundle, built with
// esbuild (which tsx brings) on first use and again whenever one of its source files changes, costs nothing. The
// cache key is a hash of the contents of every file esbuild read for the bundle (its metafile), so a fresh clone,
// a pull or an edit rebuilds without any step of its own, and a stale bundle is never run.
// Plain JavaScript, since it is what makes TypeScript loadable.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

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
  throw new Error("no writable directory for the bundle of a TypeScript entry point");
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
  const suffix = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(bundle + suffix, result.outputFiles[0].contents);
  writeFileSync(manifest + suffix, JSON.stringify({ inputs, hash: hashOf(inputs) }));
  renameSync(bundle + suffix, bundle);
  renameSync(manifest + suffix, manifest);
}

/**
 * The file URL of an up-to-date bundle of `entry` (a path relative to the repository), built first if needed.
 * `name` names the bundle in the cache; two entry points must not share one.
 */
export async function bundledEntry(entry, name) {
  const relative = entry.replace(/^\.\//, "");
  const dir = cacheDir();
  const bundle = join(dir, `${name}.mjs`);
  const manifest = join(dir, `${name}.json`);
  let isFresh = false;
  try {
    const { inputs, hash } = JSON.parse(readFileSync(manifest, "utf8"));
    isFresh = inputs.includes(relative) && hashOf(inputs) === hash;
  } catch {
    isFresh = false;
  }
  if (!isFresh) await build(relative, bundle, manifest);
  return pathToFileURL(bundle).href;
}

export { REPO };
