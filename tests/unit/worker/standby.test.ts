// Standby threads (keepPrimed), in a file of its own: it needs a pool whose threads this file starts.
import { describe, expect, it, vi } from "vitest";
import { parseTexts, type TextToParse } from "@/lib/core/jobs";
import { keepPrimed, poolSize, runJob, threadIds, threadPriming, type PrimingStep } from "@/lib/worker/pool";

const texts: TextToParse[] = [
  { lang: "en", format: "plain", content: { kind: "text", text: "The minister met his counterpart.\n\nThey signed three agreements." } },
  { lang: "fa", format: "plain", content: { kind: "text", text: "وزیر با همتای خود دیدار کرد.\n\nآنها سه توافق‌نامه امضا کردند." } },
];
const step: PrimingStep = { name: "primeImportJobs", input: texts };
const IDLE_MS = 300;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("standby threads", () => {
  it("keeps threads that only primed past the idle time, and replaces one that served a job by a fresh primed one", async () => {
    await keepPrimed([step, step], IDLE_MS);
    const primed = threadIds();
    expect(primed).toHaveLength(poolSize());
    expect(threadPriming().every((left) => left === null)).toBe(true);

    await pause(3 * IDLE_MS);
    expect(threadIds()).toEqual(primed);

    expect(await runJob("parseTexts", texts)).toEqual(parseTexts(texts));
    // The thread that served the job stops once idle, and a new one takes its place and primes itself.
    await vi.waitFor(
      () => {
        const now = threadIds();
        expect(now).toHaveLength(poolSize());
        expect(now.filter((id) => !primed.includes(id))).toHaveLength(1);
        expect(threadPriming().every((left) => left === null)).toBe(true);
      },
      { timeout: 20_000, interval: 50 },
    );
    // The newcomer has only primed: it stands by.
    const standing = threadIds();
    await pause(3 * IDLE_MS);
    expect(threadIds()).toEqual(standing);
  });
});
