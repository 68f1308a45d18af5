// Runs bench:hostile cases in a worker thread, so that the main thread can stop one that runs past its time limit
// (Worker.terminate interrupts even a regular expression stuck in backtracking).

import { parentPort } from "node:worker_threads";
import "./entries";
import { SHARED_INPUTS, utf8Length } from "./inputs";
import { hostileEntries } from "./registry";

export interface CaseRequest {
  entry: string;
  input: string;
  bytes: number;
}

export interface CaseResult {
  ms: number;
  /** The actual size of the text, in bytes of UTF-8. */
  bytes: number;
  /** What the entry threw, if it refused the input. */
  refused?: string;
}

parentPort!.on("message", async (request: CaseRequest) => {
  const entry = hostileEntries().find((e) => e.name === request.entry)!;
  const input = [...SHARED_INPUTS, ...(entry.inputs ?? [])].find((i) => i.name === request.input)!;
  const text = input.make(request.bytes);
  let prepared: unknown;
  try {
    prepared = entry.prepare ? entry.prepare(text, input) : text;
  } catch (error) {
    // The untimed preparation (splitting paragraphs, say) can itself fail on hostile input.
    parentPort!.postMessage("started");
    parentPort!.postMessage({ ms: 0, bytes: utf8Length(text), refused: `while preparing: ${nameOf(error)}` } satisfies CaseResult);
    return;
  }
  let refused: string | undefined;
  // The time limit starts now: building an 8 MiB input is not the parser's time.
  parentPort!.postMessage("started");
  const started = performance.now();
  try {
    // The streaming readers return a promise that settles when the whole text has been read.
    await entry.run(prepared, input);
  } catch (error) {
    refused = nameOf(error);
  }
  const ms = performance.now() - started;
  parentPort!.postMessage({ ms, bytes: utf8Length(text), refused } satisfies CaseResult);
});

function nameOf(error: unknown): string {
  return error instanceof Error ? ((error as { code?: string }).code ?? error.name) : String(error);
}
