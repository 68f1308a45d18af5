// Entry of every worker thread. Plain JavaScript, because a worker starts outside the app's bundle: it registers
// the TypeScript loader (tsx, a dependency of the app) and then loads the job table.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
