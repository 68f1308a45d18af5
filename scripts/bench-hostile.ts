// `npm run bench:hostile`: adversarial inputs (bench/hostile/inputs.ts) against every parser entry point
// (bench/hostile/entries.ts and the readers registered beside it), at 1 and 8 MiB. Prints, per entry point, the
// worst time per MiB at each size and which input caused it, and how much worse the time per MiB gets from 1 to 8
// MiB (about 1 when linear; a case under a second counts by the median of three runs). Goal: linear, under 0.5 s
// per MiB everywhere. Each case runs in a worker thread and is stopped after BENCH_HOSTILE_TIMEOUT_S seconds
// (default 20).
//   BENCH_HOSTILE_ONLY="html,headings" BENCH_HOSTILE_SIZES=1,8 BENCH_HOSTILE_VERBOSE=1 npm run bench:hostile

import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import "@/bench/hostile/entries";
import { SHARED_INPUTS, type HostileInput } from "@/bench/hostile/inputs";
import { hostileEntries } from "@/bench/hostile/registry";
import type { CaseRequest, CaseResult } from "@/bench/hostile/worker";

const MIB = 1024 * 1024;
const GOAL_SECONDS_PER_MIB = 0.5;
/** Below this at the smaller size, a run is too short for its growth from 1 to 8 MiB to mean anything. */
const MIN_MS_FOR_GROWTH = 50;
const sizes = (process.env.BENCH_HOSTILE_SIZES ?? "1,8").split(",").map(Number);
const timeoutMs = Number(process.env.BENCH_HOSTILE_TIMEOUT_S ?? 20) * 1000;
const only = process.env.BENCH_HOSTILE_ONLY?.split(",").map((s) => s.trim()).filter(Boolean);
const onlyInputs = process.env.BENCH_HOSTILE_INPUTS?.split(",").map((s) => s.trim()).filter(Boolean);
const verbose = process.env.BENCH_HOSTILE_VERBOSE === "1";

// A worker thread does not get the TypeScript loader that `--import tsx` registered in the main thread (on Node 20
// not even with the same execArgv): it registers tsx itself, then loads the worker module.
const WORKER_BOOT = `import("tsx/esm/api").then((tsx) => tsx.register()).then(() => import(${JSON.stringify(
  new URL("../bench/hostile/worker.ts", import.meta.url).href,
)}))`;

type Outcome = { kind: "done"; result: CaseResult } | { kind: "timeout" } | { kind: "skipped" };

class CaseRunner {
  private worker: Worker | null = null;

  run(request: CaseRequest): Promise<Outcome> {
    const worker = (this.worker ??= new Worker(WORKER_BOOT, { eval: true }));
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const onMessage = (message: CaseResult | "started") => {
        if (message === "started") {
          timer = setTimeout(() => {
            cleanup();
            this.worker = null;
            void worker.terminate();
            resolve({ kind: "timeout" });
          }, timeoutMs);
          return;
        }
        cleanup();
        resolve({ kind: "done", result: message });
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = null;
        reject(error);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

/**
 * A case that ran in under REPEAT_BELOW_MS runs twice more and counts by its median: a run of 50-100 ms swings by
 * a third with the collector's and the compiler's timing, and the growth from 1 to 8 MiB divides by it.
 */
const REPEAT_BELOW_MS = 1000;

async function runMedian(runner: CaseRunner, request: CaseRequest): Promise<Outcome> {
  const first = await runner.run(request);
  if (first.kind !== "done" || first.result.ms >= REPEAT_BELOW_MS) return first;
  const runs = [first.result];
  for (let k = 0; k < 2; k++) {
    const again = await runner.run(request);
    if (again.kind !== "done") return again;
    runs.push(again.result);
  }
  runs.sort((a, b) => a.ms - b.ms);
  return { kind: "done", result: runs[1]! };
}

interface Figure {
  input: string;
  /** Seconds per MiB; for a timeout, the least it can be. */
  secondsPerMib: number;
  ms: number;
  note: string;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function describe(figure: Figure | undefined): string {
  if (!figure) return "-";
  const value = `${figure.note === "timeout" ? ">" : ""}${figure.secondsPerMib.toFixed(3)}`;
  return `${value} (${figure.input})`;
}

async function main() {
  const runner = new CaseRunner();
  const entries = hostileEntries().filter((e) => !only || only.some((name) => e.name.includes(name)));
  const rows: string[][] = [];
  let failures = 0;
  const started = performance.now();
  // Times are wall times: on a busy machine they say more about the machine than about the parsers.
  const loadAtStart = loadavg()[0]!;
  for (const entry of entries) {
    const inputs: HostileInput[] = [...SHARED_INPUTS, ...(entry.inputs ?? [])].filter(
      (i) => !onlyInputs || onlyInputs.some((name) => i.name.includes(name)),
    );
    // Warm the code up so that the first input does not pay for compilation.
    await runner.run({ entry: entry.name, input: inputs[0]!.name, bytes: 64 * 1024 });
    const worst = new Map<number, Figure>();
    let worstGrowth: { input: string; growth: number } | null = null;
    for (const input of inputs) {
      const perSize = new Map<number, Figure>();
      for (const size of sizes) {
        const bytes = size * MIB;
        const smaller = [...perSize.values()].at(-1);
        let outcome: Outcome;
        const smallerBytes = sizes[sizes.indexOf(size) - 1]! * MIB;
        if (smaller && (smaller.note === "timeout" || (smaller.ms * bytes) / smallerBytes > 2 * timeoutMs)) {
          outcome = { kind: "skipped" };
        } else outcome = await runMedian(runner, { entry: entry.name, input: input.name, bytes });
        let figure: Figure;
        if (outcome.kind === "done") {
          const { ms, bytes: actual, refused } = outcome.result;
          figure = { input: input.name, ms, secondsPerMib: ms / 1000 / (actual / MIB), note: refused ? `refused: ${refused}` : "" };
        } else if (outcome.kind === "timeout") {
          figure = { input: input.name, ms: timeoutMs, secondsPerMib: timeoutMs / 1000 / size, note: "timeout" };
        } else {
          // Not run: at least as slow per MiB as the smaller size, which already (nearly) timed out.
          figure = { input: input.name, ms: NaN, secondsPerMib: smaller!.secondsPerMib, note: "timeout" };
        }
        perSize.set(size, figure);
        const current = worst.get(size);
        if (!current || figure.secondsPerMib > current.secondsPerMib) worst.set(size, figure);
        if (verbose || figure.secondsPerMib > GOAL_SECONDS_PER_MIB / 5) {
          console.log(
            `  ${pad(entry.name, 16)} ${pad(input.name, 42)} ${String(size).padStart(2)} MiB ` +
              `${Number.isNaN(figure.ms) ? "      -" : `${figure.ms.toFixed(0).padStart(7)} ms`} ` +
              `${figure.secondsPerMib.toFixed(3)} s/MiB ${figure.note}`,
          );
        }
      }
      const first = perSize.get(sizes[0]!);
      const last = perSize.get(sizes.at(-1)!);
      if (first && last && sizes.length > 1 && last.note !== "timeout" && first.note !== "timeout" && first.ms >= MIN_MS_FOR_GROWTH) {
        const growth = last.secondsPerMib / first.secondsPerMib;
        if (!worstGrowth || growth > worstGrowth.growth) worstGrowth = { input: input.name, growth };
      } else if (last?.note === "timeout" || first?.note === "timeout") {
        worstGrowth = { input: input.name, growth: Infinity };
      }
    }
    const worstSeconds = Math.max(...[...worst.values()].map((f) => f.secondsPerMib));
    const isLinear = !worstGrowth || worstGrowth.growth < 2;
    const ok = worstSeconds < GOAL_SECONDS_PER_MIB && isLinear;
    if (!ok) failures++;
    rows.push([
      entry.name,
      ...sizes.map((size) => describe(worst.get(size))),
      worstGrowth ? `${Number.isFinite(worstGrowth.growth) ? worstGrowth.growth.toFixed(2) : "∞"} (${worstGrowth.input})` : "< 0.1 s",
      ok ? "ok" : "FAIL",
    ]);
  }
  await runner.close();

  const header = ["entry point", ...sizes.map((s) => `worst s/MiB at ${s} MiB (input)`), "growth 1→8 (input)", "goal"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log();
  console.log(header.map((h, i) => pad(h, widths[i]!)).join(" | "));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) console.log(row.map((cell, i) => pad(cell, widths[i]!)).join(" | "));
  console.log(
    `\n${entries.length} entry points, ${SHARED_INPUTS.length}+ inputs each, timeout ${timeoutMs / 1000} s; ` +
      `goal < ${GOAL_SECONDS_PER_MIB} s/MiB and growth < 2; ${failures} failing; ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(
    `wall times; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ` +
      `${availableParallelism()} cores (the benchmark itself adds about 1)`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
