// The pool's priming, in a file of its own: it needs a pool whose threads this file starts.
import { describe, expect, it } from "vitest";
import { parseTexts, type TextToParse } from "@/lib/core/jobs";
import { poolSize, runJob, threadPriming, warmUpPool, type PrimingStep } from "@/lib/worker/pool";

const texts: TextToParse[] = [
  { lang: "en", format: "plain", content: { kind: "text", text: "The minister met his counterpart.\n\nThey signed three agreements." } },
  { lang: "fa", format: "plain", content: { kind: "text", text: "وزیر با همتای خود دیدار کرد.\n\nآنها سه توافق‌نامه امضا کردند." } },
];
const step: PrimingStep = { name: "primeImportJobs", input: texts };

describe("priming the worker pool", () => {
  it("gives each thread it starts the steps, and a caller's job stops them, waiting for one step at most", async () => {
    const primed = warmUpPool(Array.from({ length: 50 }, () => step));
    // Every thread has started; each has taken its first step.
    expect(threadPriming()).toEqual(Array.from({ length: poolSize() }, () => 49));
    const parsed = runJob("parseTexts", texts);
    expect(threadPriming().every((left) => left === null)).toBe(true);
    expect(await parsed).toEqual(parseTexts(texts));
    await expect(primed).resolves.toBeUndefined();
  });

  it("starts no thread that runs already, and settles at once", async () => {
    await expect(warmUpPool([step])).resolves.toBeUndefined();
    expect(threadPriming().every((left) => left === null)).toBe(true);
  });
});
