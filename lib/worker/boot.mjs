// Entry of every worker thread. Plain JavaScript, because a worker starts outside the app's bundle: it loads the job
// table from a prebuilt bundle of our TypeScript (./bundle.mjs), rebuilt when a source file changes. Loading it
// through tsx instead transpiled every module of the parser and the aligner at each thread's start (about a second).
import { workerData } from "node:worker_threads";
import { bundledEntry } from "./bundle.mjs";

await import(await bundledEntry(workerData.entry, "worker-entry"));
