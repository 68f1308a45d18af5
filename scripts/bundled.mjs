// Runs a TypeScript command-line entry point from a prebuilt bundle (lib/worker/bundle.mjs):
//   node scripts/bundled.mjs scripts/align.ts [arguments...]
// Transpiling the aligner's TypeScript on every run (tsx) costs about half a second of a cold run; the bundle costs
// nothing, and is rebuilt whenever one of its source files changes.

import { basename, join } from "node:path";
import { bundledEntry, REPO } from "../lib/worker/bundle.mjs";

const entry = process.argv[2];
if (!entry) {
  process.stderr.write("usage: node scripts/bundled.mjs ENTRY.ts [arguments...]\n");
  process.exit(1);
}
const url = await bundledEntry(entry, basename(entry).replace(/\.[cm]?tsx?$/, ""));
// The entry point reads its arguments from process.argv.slice(2), as it would when run by itself.
process.argv.splice(1, 2, join(REPO, entry));
await import(url);
