// Readies the import's worker threads as the server starts (instrumentation.ts) and again while a user is on the
// import form (app/page.tsx): each thread the pool has to start runs the demo document through the parser and the
// aligner a few times, so the document a user or a script then posts finds threads started and code compiled. A
// first import on a fresh thread is otherwise the aligner's cold case: V8 interprets code until it has run it a
// while (npm run bench:import reports both starts). Priming gives way to the first real job, and primed threads
// stand by (lib/worker/pool.ts keepPrimed): one that served an import is replaced by a fresh primed one once idle,
// so the memory a large import made it reach is given back. The app stays stateless: a thread holds no data.
import "server-only";
import type { TextToParse } from "@/lib/core/jobs";
import { readDemoTexts } from "@/lib/server/demo/load-demo";
import { keepPrimed, type PrimingStep } from "@/lib/worker/pool";

/**
 * Runs of the demo document per thread. With 1, 3 and 6 a 7,500-paragraph EN–FA import then took 4.5–4.8, 3.7–4.1
 * and 3.7–3.8 s on the embedded database (cold: 5.9–6.0 s, same hour), the priming itself 1.1, 1.6–2.5 and 2.1–2.2 s.
 */
const RUNS = 3;

let steps: PrimingStep[] | undefined;

function primingSteps(): PrimingStep[] {
  if (steps === undefined) {
    try {
      const texts: TextToParse[] = readDemoTexts().map(({ lang, bytes }) => ({ lang, format: "plain", content: { kind: "bytes", bytes } }));
      steps = Array.from({ length: RUNS }, () => ({ name: "primeImportJobs", input: texts }));
    } catch {
      steps = []; // no demo folder: the threads start unprimed
    }
  }
  return steps;
}

/**
 * Starts the threads not running yet, each priming itself, and keeps primed threads standing by from then on;
 * settles when the threads started now have stopped priming. Never rejects.
 */
export function primeImportThreads(): Promise<void> {
  return keepPrimed(primingSteps());
}
