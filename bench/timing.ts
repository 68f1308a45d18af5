// One timing run in a process of its own, so that its peak memory is its own: aligns a long English-Persian
// document (or English, Persian and Arabic) and prints JSON: {cpuMillis, wallMillis, rssBeforeMB, peakRssMB,
// heapUsedMB, units, strictF1, runs}.
//   node --import tsx bench/timing.ts SIZE [pair|document] [warm]
// With "warm", a 500-paragraph document is aligned first, untimed, and the alignment is then timed three times in a
// row: cpuMillis is the first of them (code compiled for the small document only), bestCpuMillis the best of the
// three, the steady state of a running server that has aligned a few documents (and the figure least disturbed by
// other work on the machine). CPU is user + system of the whole process, JIT and GC threads included.

import { alignDocument, alignPair } from "../lib/core/align";
import { buildLargeDocument } from "./large";
import { addToTally, emptyTally, prf } from "./metrics";

const size = Number(process.argv[2] ?? 10000);
const mode = process.argv[3] ?? "pair";
const document = buildLargeDocument(size, mode === "document" ? ["en", "fa", "ar"] : ["en", "fa"]);
const { en, fa, ar } = document.sides as Record<string, string[]>;
const warm = process.argv[4] === "warm";
if (warm) {
  const small = buildLargeDocument(500, ["en", "fa"], 7);
  alignPair({ lang: "en", units: small.sides.en! }, { lang: "fa", units: small.sides.fa! });
}
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;

function run(): { cpuMillis: number; wallMillis: number; status: string; strictF1?: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let strictF1: number | undefined;
  let status: string;
  if (mode === "pair") {
    const result = alignPair({ lang: "en", units: en! }, { lang: "fa", units: fa! });
    status = result.status;
    const tally = emptyTally();
    addToTally(tally, document.gold.map((row) => ({ source: row.en!, target: row.fa! })), result.links);
    strictF1 = prf(tally, "all", "strict").f1;
  } else {
    const result = alignDocument(
      [
        { lang: "en", units: en! },
        { lang: "fa", units: fa! },
        { lang: "ar", units: ar! },
      ],
      { pivot: "en" },
    );
    status = result.status;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuMillis: Math.round((cpu.user + cpu.system) / 1000), wallMillis: Math.round(performance.now() - started), status, strictF1 };
}

const runs = Array.from({ length: warm ? 3 : 1 }, run);
const megabytes = (bytes: number) => Math.round(bytes / 1048576);
process.stdout.write(
  `${JSON.stringify({
    mode,
    warm,
    units: [en!.length, fa!.length, ...(ar ? [ar.length] : [])],
    status: runs[0]!.status,
    cpuMillis: runs[0]!.cpuMillis,
    wallMillis: runs[0]!.wallMillis,
    bestCpuMillis: Math.min(...runs.map((r) => r.cpuMillis)),
    runs: runs.map((r) => r.cpuMillis),
    rssBeforeMB: megabytes(rssBefore),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMB: megabytes(process.memoryUsage().heapUsed),
    strictF1: runs[0]!.strictF1,
  })}\n`,
);
