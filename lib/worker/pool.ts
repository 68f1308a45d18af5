// Heavy work (parsing, alignment) runs on worker threads, so that one user's 8 MiB import or 7,000-row re-align
// never holds up another user's page: the request's event loop only waits on a promise. A few long-lived threads
// serve a queue; a thread is restarted after a crash or a job that overran its bound.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import type { JobMessage, JobRequest } from "./entry";
import type { JobInput, JobName, JobOutput, JobProgress } from "./jobs";

/** A job ran past its bound and its thread was stopped. */
export class JobTimeoutError extends Error {
  constructor(readonly job: string, readonly millis: number) {
    super(`${job} did not finish within ${Math.round(millis / 1000)} s and was stopped.`);
    this.name = "JobTimeoutError";
  }
}

export interface RunJobOptions {
  onProgress?: JobProgress;
  /** Default 10 minutes: well past the aligner's own bound on a document at the import size limit. */
  timeoutMs?: number;
}

interface Pending {
  request: JobRequest;
  options: RunJobOptions;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

/** A job a fresh thread runs for its own sake, before any caller's (see warmUpPool). */
export interface PrimingStep<K extends JobName = JobName> {
  name: K;
  input: JobInput<K>;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  timer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
  /** The priming steps this thread has still to run, and what to call when it stops priming. */
  priming: { steps: PrimingStep[]; stop(): void } | null;
  /** Whether the thread has run a caller's job, not only priming steps. */
  served: boolean;
}

// As many threads as cores, up to four: the request's thread only waits while they work (a sentence pass shared
// between two threads on two cores takes half as long).
const SIZE = Math.max(1, Math.min(4, availableParallelism()));
/**
 * Each thread's young generation (V8's nursery), in MB. V8's default on 64 bits is 48 MB per thread; a thread's
 * jobs (a parse, the rows of a 7,500-paragraph document, batches of its sentence pass) fill it with short-lived
 * objects, and every thread keeps the memory it reached. Smaller, it is scavenged more often at no measurable cost in
 * CPU: a 7,500-paragraph EN+FA+AR import peaked at 500-540 MB instead of 620-650 (npm run bench:import).
 */
export const WORKER_YOUNG_GENERATION_MB = 8;
const IDLE_MS = 120_000; // a thread costs memory and ~0.5 s to start; keep it while work is likely to follow
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

interface Pool {
  slots: Slot[];
  queue: Pending[];
  nextId: number;
  /** The steps that prime a standby thread, once keepPrimed asked for them (see there). */
  standby: readonly PrimingStep[] | null;
  /** How long a thread that served a job stays after its last one. */
  idleMs: number;
}

const state = globalThis as unknown as { __tarjumanPool?: Pool };
const pool = (state.__tarjumanPool ??= { slots: [], queue: [], nextId: 1, standby: null, idleMs: IDLE_MS });

export function runJob<K extends JobName>(name: K, input: JobInput<K>, options: RunJobOptions = {}): Promise<JobOutput<K>> {
  // A caller's job ends every thread's priming: the steps left would only hold up the jobs that follow this one.
  for (const slot of pool.slots) stopPriming(slot);
  return new Promise<JobOutput<K>>((resolve, reject) => {
    pool.queue.push({ request: { id: pool.nextId++, name, input }, options, resolve: resolve as (output: unknown) => void, reject });
    dispatch();
  });
}

/** Threads that serve jobs at once: how many pieces a job that can be shared should be cut into. */
export function poolSize(): number {
  return SIZE;
}

/** The resource limits of each running thread (for tests). */
export function threadResourceLimits(): Array<Worker["resourceLimits"]> {
  return pool.slots.map((slot) => slot.worker.resourceLimits);
}

/** The priming steps each running thread has yet to run, null once it has stopped priming (for tests). */
export function threadPriming(): Array<number | null> {
  return pool.slots.map((slot) => slot.priming?.steps.length ?? null);
}

/**
 * Starts the threads not running yet, so that their start-up (loading the parser and aligner) overlaps the work
 * before a job that will be shared among them. Each thread it starts then runs `priming`, one step after another,
 * until the steps are done or a caller's job arrives (which waits for one step at most); the promise settles when
 * every such thread has stopped priming, and never rejects: a failed step only ends that thread's priming.
 */
export function warmUpPool(priming: readonly PrimingStep[] = []): Promise<void> {
  const primed: Array<Promise<void>> = [];
  while (pool.slots.length < SIZE) {
    const slot = startSlot();
    if (priming.length > 0) primed.push(new Promise<void>((resolve) => (slot.priming = { steps: [...priming], stop: resolve })));
  }
  dispatch();
  return Promise.all(primed).then(() => undefined);
}

/**
 * Keeps primed threads standing by, as many as the pool runs (a server calls it as it starts): warmUpPool with
 * `priming` now, and from then on a thread that has only primed does not stop when idle, while one that served jobs
 * is replaced by a freshly primed one once idle for `idleMs`. So a script's first import, at any time after the
 * server's first seconds, finds its threads started and their code compiled, and a thread does not keep the memory
 * a large import made it reach (a thread keeps its heap's size): a standby thread holds about 45 MB. Settles as
 * warmUpPool's promise.
 */
export function keepPrimed(priming: readonly PrimingStep[], idleMs = IDLE_MS): Promise<void> {
  pool.standby = priming;
  pool.idleMs = idleMs;
  return warmUpPool(priming);
}

/** Each running thread's id, in the pool's order (for tests). */
export function threadIds(): number[] {
  return pool.slots.map((slot) => slot.worker.threadId);
}

function stopPriming(slot: Slot): void {
  const priming = slot.priming;
  slot.priming = null;
  priming?.stop();
}

function dispatch(): void {
  while (pool.queue.length > 0) {
    let slot = pool.slots.find((s) => s.job === null);
    if (!slot && pool.slots.length < SIZE) slot = startSlot();
    if (!slot) return;
    assign(slot, pool.queue.shift()!);
  }
  for (const slot of pool.slots) {
    if (slot.job !== null || slot.priming === null) continue;
    const step = slot.priming.steps.shift();
    if (!step) {
      stopPriming(slot);
      continue;
    }
    // The next step follows when this one finishes (finish dispatches again).
    const failed = () => stopPriming(slot);
    assign(slot, { request: { id: pool.nextId++, name: step.name, input: step.input }, options: {}, resolve: () => undefined, reject: failed }, false);
  }
}

function assign(slot: Slot, job: Pending, served = true): void {
  slot.job = job;
  slot.served ||= served;
  if (slot.idleTimer) clearTimeout(slot.idleTimer);
  slot.idleTimer = null;
  slot.worker.ref(); // a running job keeps a command-line process alive until it answers
  const timeout = job.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  slot.timer = setTimeout(() => fail(slot, new JobTimeoutError(job.request.name, timeout)), timeout);
  slot.worker.postMessage(job.request);
}

// The app's bundler treats `new Worker(...)` from node:worker_threads as a script to bundle; ours must not be (it
// loads a bundle of the TypeScript sources built at run time, see boot.mjs), so the class is taken from Node where
// no bundler looks.
const { Worker: WorkerThread } = process.getBuiltinModule("node:worker_threads");

function startSlot(): Slot {
  const root = /*turbopackIgnore: true*/ process.cwd();
  const worker: Worker = new WorkerThread(join(root, "lib/worker/boot.mjs"), {
    workerData: { entry: "lib/worker/entry.ts" },
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const slot: Slot = { worker, job: null, timer: null, idleTimer: null, priming: null, served: false };
  worker.on("message", (message: JobMessage) => {
    const job = slot.job;
    if (!job || message.id !== job.request.id) return;
    if (message.type === "progress") {
      job.options.onProgress?.(message.stage, message.done, message.total);
      return;
    }
    finish(slot);
    if (message.type === "done") job.resolve(message.output);
    else job.reject(Object.assign(new Error(message.message), { stack: message.stack }));
  });
  worker.on("error", (error) => fail(slot, error));
  worker.on("exit", (code) => {
    if (slot.job) fail(slot, new Error(`The worker thread exited (code ${code}) during ${slot.job.request.name}.`));
    stopPriming(slot);
    pool.slots = pool.slots.filter((s) => s !== slot);
  });
  worker.unref();
  pool.slots.push(slot);
  return slot;
}

function finish(slot: Slot): void {
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  slot.job = null;
  slot.worker.unref();
  // A standby thread that has only primed stays; any other stops when idle, and a standby one takes its place.
  if (slot.served || pool.standby === null) {
    slot.idleTimer = setTimeout(() => void retire(slot), pool.idleMs);
    slot.idleTimer.unref();
  }
  setImmediate(dispatch);
}

async function retire(slot: Slot): Promise<void> {
  await slot.worker.terminate();
  if (pool.standby !== null) void warmUpPool(pool.standby);
}

// A crashed or overrunning thread is stopped and dropped; the next job gets a fresh one.
function fail(slot: Slot, error: Error): void {
  const job = slot.job;
  stopPriming(slot);
  if (slot.timer) clearTimeout(slot.timer);
  slot.job = null;
  pool.slots = pool.slots.filter((s) => s !== slot);
  void slot.worker.terminate();
  job?.reject(error);
  setImmediate(dispatch);
}
