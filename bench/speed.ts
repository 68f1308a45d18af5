// Speed (npm run bench:align -- --speed): the command line on a 7,500-paragraph English-Persian pair in cold
// processes, exactly as a user runs it, against hunalign on the same files when it is installed; then in-process
// time and peak memory of alignPair and alignDocument up to 10,000 paragraphs a side (bench/timing.ts).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildLargeDocument } from "./large";
import { addToTally, emptyTally, prf } from "./metrics";
import { median } from "./stats";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const CLI_PARAGRAPHS = 7500;
const CLI_RUNS = 3;
/** hunalign's time on this pair in the issue's measurement (issue 10), for when it cannot be run here. */
const HUNALIGN_REPORTED_SECONDS: readonly [number, number] = [18.7, 20.0];

type Print = (text?: string) => void;

function timed(command: string, args: readonly string[], cwd = REPO): { seconds: number; status: number | null; stdout: string; stderr: string } {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { seconds: (performance.now() - started) / 1000, status: child.status, stdout: child.stdout ?? "", stderr: child.stderr ?? "" };
}

function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).status === 0;
}

/**
 * One cold run of the command through npm, as a user types it: wall seconds, and CPU seconds (user + system) of npm
 * and everything it started, read from the shell's `times`. On a busy machine the wall time grows with the load and
 * the CPU time much less, so both are printed.
 */
function runCommand(args: readonly string[], output: string, isNpm = true): { seconds: number; cpu: number; status: number | null; stderr: string } {
  const quoted = args.map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(" ");
  const started = performance.now();
  const child = spawnSync("bash", ["-c", `${isNpm ? "npm " : ""}${quoted} > '${output}'; status=$?; times; exit $status`], { cwd: REPO, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  // `times` prints the shell's own user and system time, then its children's: "0m2.774s 0m0.489s".
  const children = (child.stdout ?? "").trim().split("\n").pop() ?? "";
  const cpu = [...children.matchAll(/(?<!\d)(\d+)m([\d.]+)s/g)].reduce((sum, [, min, sec]) => sum + Number(min) * 60 + Number(sec), 0);
  return { seconds, cpu, status: child.status, stderr: child.stderr ?? "" };
}

export function runSpeed(line: Print): void {
  runCliSpeed(line, CLI_RUNS);
  line();
  line("== In process: time and memory (one child process per run; CPU = user + system of the whole process; warm: after");
  line("   a 500-paragraph run, timed three times in a row: the first and the best of the three) ==");
  const runs = [
    [2500, "pair", false],
    [5000, "pair", false],
    [10000, "pair", false],
    [10000, "pair", true],
    [10000, "document", false],
    [10000, "document", true],
  ] as const;
  for (const [size, mode, warm] of runs) {
    const child = timed(process.execPath, ["--import", "tsx", join(REPO, "bench/timing.ts"), String(size), mode, ...(warm ? ["warm"] : [])]);
    if (child.status !== 0) {
      line(`  timing ${mode} ${size}: failed (${child.stderr.trim().split("\n")[0]})`);
      continue;
    }
    const result = JSON.parse(child.stdout) as Record<string, number | string | number[]>;
    const what = `${mode === "pair" ? "alignPair EN-FA" : "alignDocument EN+FA+AR"}${warm ? " (warm)" : ""}`;
    const f1 = typeof result.strictF1 === "number" ? `, strict F1 ${result.strictF1.toFixed(3)}` : "";
    const cpu = warm ? `CPU first ${result.cpuMillis} ms, best of 3 ${result.bestCpuMillis} ms` : `CPU ${result.cpuMillis} ms`;
    line(
      `  ${what} ${String(result.units)} paragraphs: ${cpu}, wall ${result.wallMillis} ms, ` +
        `RSS ${result.rssBeforeMB} MB before, ${result.peakRssMB} MB peak${f1}, status ${result.status}`,
    );
  }
}

function loadAverage(): string {
  return loadavg().map((x) => x.toFixed(1)).join(" ");
}

/**
 * The command line on the 7,500-paragraph pair, `runs` cold processes through npm as a user types it, and as many
 * of `node scripts/bundled.mjs` alone (npm's own start-up is about a quarter of a second of the first).
 */
export function runCliSpeed(line: Print, runs: number): void {
  line(`== Command line: one ${CLI_PARAGRAPHS}-paragraph EN-FA pair, each run a cold process ==`);
  const document = buildLargeDocument(CLI_PARAGRAPHS, ["en", "fa"]);
  const dir = mkdtempSync(join(tmpdir(), "bench-align-speed-"));
  try {
    const en = join(dir, "en.txt");
    const fa = join(dir, "fa.txt");
    writeFileSync(en, document.sides.en!.join("\n\n"));
    writeFileSync(fa, document.sides.fa!.join("\n\n"));
    line(`  ${document.sides.en!.length} x ${document.sides.fa!.length} paragraphs; machine load ${loadAverage()}`);
    const args = ["run", "--silent", "align", "--", "--source", en, "--source-lang", "en", "--target", fa, "--target-lang", "fa"];
    const output = join(dir, "links.json");
    // The first run after a change of the aligner's source builds the command's bundle; it is reported apart.
    const first = runCommand(args, output);
    if (first.status !== 0) {
      line(`  npm run align failed: ${first.stderr.trim().split("\n")[0]}`);
      return;
    }
    const timedRuns = Array.from({ length: runs }, () => runCommand(args, output));
    const direct = Array.from({ length: runs }, () => runCommand([process.execPath, "scripts/bundled.mjs", "scripts/align.ts", ...args.slice(4)], output, false));
    const walls = timedRuns.map((run) => run.seconds);
    const links = (JSON.parse(readFileSync(output, "utf8")) as { links: Array<{ source: number[]; target: number[] }> }).links;
    const tally = emptyTally();
    addToTally(tally, document.gold.map((row) => ({ source: row.en!, target: row.fa! })), links);
    line(
      `  npm run --silent align: wall ${walls.map((s) => `${s.toFixed(2)} s`).join(", ")} (median ${median(walls).toFixed(2)} s), ` +
        `CPU ${timedRuns.map((run) => `${run.cpu.toFixed(2)} s`).join(", ")}; first run ${first.seconds.toFixed(2)} s; ` +
        `strict F1 ${prf(tally, "all", "strict").f1.toFixed(3)}; load after ${loadAverage()}`,
    );
    const directWalls = direct.map((run) => run.seconds);
    line(
      `  node scripts/bundled.mjs scripts/align.ts (no npm): wall ${directWalls.map((s) => `${s.toFixed(2)} s`).join(", ")} ` +
        `(median ${median(directWalls).toFixed(2)} s), CPU ${direct.map((run) => `${run.cpu.toFixed(2)} s`).join(", ")}`,
    );
    if (loadavg()[0]! > cpus().length) {
      line(`  (the machine's load is above its ${cpus().length} cores: wall times are inflated, the CPU times much less)`);
    }
    if (hasCommand("hunalign")) {
      // hunalign reads one unit a line and needs a dictionary file; an empty one makes it build its own.
      const enLines = join(dir, "en.lines");
      const faLines = join(dir, "fa.lines");
      const dictionary = join(dir, "empty.dic");
      writeFileSync(enLines, `${document.sides.en!.map((p) => p.replace(/\s+/g, " ")).join("\n")}\n`);
      writeFileSync(faLines, `${document.sides.fa!.map((p) => p.replace(/\s+/g, " ")).join("\n")}\n`);
      writeFileSync(dictionary, "");
      const hun = timed("hunalign", [dictionary, enLines, faLines]);
      const ratio = hun.seconds / median(walls);
      line(`  hunalign (same files, empty dictionary): ${hun.seconds.toFixed(2)} s, status ${hun.status}; ours is ${ratio.toFixed(1)}x faster (goal 15x)`);
    } else {
      const [low, high] = HUNALIGN_REPORTED_SECONDS;
      const cpu = median(timedRuns.map((run) => run.cpu));
      const times = (seconds: number) => `${(low / seconds).toFixed(1)}-${(high / seconds).toFixed(1)}x`;
      line(
        `  hunalign: not installed here (Debian 12 has no hunalign package, and nothing but the npm and Debian registries is ` +
          `reachable); against the issue's ${low}-${high} s for it on this pair, ours is ${times(median(walls))} faster by ` +
          `wall time and ${times(cpu)} by CPU time (goal 15x)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
