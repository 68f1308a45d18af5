// The worker side: runs one job at a time from the pool and answers with its result, its error, or progress.
import { parentPort } from "node:worker_threads";
import { jobs, type JobName } from "./jobs";

export interface JobRequest {
  id: number;
  name: JobName;
  input: unknown;
}

export type JobMessage =
  | { id: number; type: "done"; output: unknown }
  | { id: number; type: "failed"; message: string; stack?: string }
  | { id: number; type: "progress"; stage: string; done: number; total: number };

const port = parentPort!;
port.on("message", ({ id, name, input }: JobRequest) => {
  const post = (message: JobMessage) => port.postMessage(message);
  try {
    const run = jobs[name] as (input: unknown, progress: (stage: string, done: number, total: number) => void) => unknown;
    const output = run(input, (stage, done, total) => post({ id, type: "progress", stage, done, total }));
    post({ id, type: "done", output });
  } catch (error) {
    post({ id, type: "failed", message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
  }
});
