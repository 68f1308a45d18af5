// `npm run bench:import`: what a user waits for on a long document, and what it costs the server. For documents of
// 750, 7,500 and 15,000 paragraphs a side, with two (EN+FA) and three (EN+FA+AR) languages, it imports through the
// real use case (parsing and alignment on a worker thread, one write transaction), then re-aligns and loads what the
// workbench's first screen needs. Each document is imported by a fresh child process, as the app would do it, so
// its peak memory is that of the app's side alone; the database runs apart: the embedded one served by this process
// (as `npm start` runs it), then a throwaway PostgreSQL server started for the run; or only the server in DATABASE_URL.
// Each import starts two ways: "cold", on worker threads started for it (a request in a server's first seconds, before
// the threads it starts at boot have primed themselves), and "primed", on threads that ran the demo document first, as
// a server's are from its first seconds on (lib/server/document/prime-import.ts); the time that priming took is
// printed. Two kinds of document: "sentences", the benchmark's segments one a paragraph in every language (a row of
// one sentence a language takes its sentence link without a sentence pass), and "paragraphs", the command line's
// pair (bench/large.ts: paragraphs of one to five sentences that each translation merges, splits and drops), whose
// rows of several sentences go through the sentence pass, as a real article's do.
//   BENCH_IMPORT_SIZES=750,7500,15000 BENCH_IMPORT_LANGS=2,3 BENCH_IMPORT_DBS=embedded,postgres \
//     BENCH_IMPORT_STARTS=cold,primed BENCH_IMPORT_KINDS=sentences,paragraphs BENCH_IMPORT_REPEAT=1 npm run bench:import
// With BENCH_IMPORT_REPEAT=n every setting runs n times, round after round, and the medians follow the runs.
// Each imports as POST /api/documents does: it answers once the rows are stored, and the sentence links that cannot
// change the rows (rows of one paragraph a language, rows the seam pass has finished with) are aligned after it
// ("waiting", "links ms": from the answer until they are stored).
// Goals (issue 10): 7,500 paragraphs in under 5 s on the embedded database, under 500 MB.
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { benchDataDir, loadDocuments, LANGS, type BenchLang } from "@/bench/corpus";
import { buildLargeDocument } from "@/bench/large";
import { median } from "@/bench/stats";
import { closeDb, getDb } from "@/lib/db/client";
import { serveEmbedded } from "@/lib/db/embedded";
import { realignDocument } from "@/lib/server/alignment/realign-document";
import { getDocumentHead } from "@/lib/server/document/get-document-head";
import { getDocumentLayout } from "@/lib/server/document/get-document-layout";
import { whenSentencesAligned } from "@/lib/server/alignment/pending-sentences";
import { importDocument } from "@/lib/server/document/import-document";
import { primeImportThreads } from "@/lib/server/document/prime-import";
import { appProcessEnv } from "./lib/app-process-env";
import { peakResidentMb } from "./lib/peak-memory";
import { loadItems } from "@/lib/server/document/load-items";

const SELF = fileURLToPath(import.meta.url);
const REPO = fileURLToPath(new URL("..", import.meta.url));
const sizes = (process.env.BENCH_IMPORT_SIZES ?? "750,7500,15000").split(",").map(Number);
const langCounts = (process.env.BENCH_IMPORT_LANGS ?? "2,3").split(",").map(Number);
const STARTS = ["cold", "primed"] as const;
type Start = (typeof STARTS)[number];
const starts = (process.env.BENCH_IMPORT_STARTS ?? STARTS.join(",")).split(",").filter((s): s is Start => (STARTS as readonly string[]).includes(s));
const KINDS = ["sentences", "paragraphs"] as const;
type Kind = (typeof KINDS)[number];
const kinds = (process.env.BENCH_IMPORT_KINDS ?? KINDS.join(",")).split(",").filter((k): k is Kind => (KINDS as readonly string[]).includes(k));
/** Runs of each setting (BENCH_IMPORT_REPEAT): with more than one, the medians are printed after the runs. */
const repeat = Math.max(1, Math.floor(Number(process.env.BENCH_IMPORT_REPEAT ?? 1)) || 1);

interface Measure {
  /** How long priming the threads took before the import ("primed" start), else 0. */
  primeMs: number;
  /** Until the import answers: its rows stored, the sentence links that cannot change them still waiting. */
  importMs: number;
  /** CPU time of the whole app process (every thread) during the import: wall time on a busy machine grows more. */
  importCpuMs: number;
  rows: number;
  /** Rows stored waiting for their sentence links, and how long after the answer they were stored. */
  pendingRows: number;
  linksMs: number;
  realignMs: number;
  firstScreenMs: number;
  /** Peak resident memory of the app process after the import, after its waiting links, and after the re-align and first screen too. */
  importPeakMb: number;
  linksPeakMb: number;
  peakMb: number;
  /** Wall time of each stage of the import, in the order the progress reported them: "parse 1.0 s, align …". */
  stages: string;
}

/** Records when each stage of a progress report begins, and spells out how long each lasted. */
function stageClock(): { onProgress: (stage: string) => void; spell: () => string } {
  const starts: Array<[string, number]> = [];
  return {
    onProgress: (stage) => {
      if (starts.at(-1)?.[0] !== stage) starts.push([stage, performance.now()]);
    },
    spell: () => {
      const end = performance.now();
      return starts.map(([stage, at], k) => `${stage} ${(((starts[k + 1]?.[1] ?? end) - at) / 1000).toFixed(1)} s`).join(", ");
    },
  };
}

function peakMemoryMb(): number {
  return Math.round(peakResidentMb());
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
}

/** Each language's paragraphs of a document of `kind` with `size` paragraphs of English. */
function paragraphsOf(kind: Kind, size: number, langs: readonly BenchLang[]): Array<readonly string[]> {
  if (kind === "paragraphs") {
    const document = buildLargeDocument(size, langs);
    return langs.map((lang) => document.sides[lang]!);
  }
  const segments = loadDocuments().flatMap((d) => d.segments);
  const pick = Array.from({ length: size }, (_, i) => segments[i % segments.length]!);
  return langs.map((lang) => pick.map((s) => s[lang]));
}

// In a child: one import, re-align and first screen, then the process's own peak memory.
async function measureOne(size: number, langCount: number, start: Start, kind: Kind): Promise<Measure> {
  const langs = LANGS.slice(0, langCount);
  const paragraphs = paragraphsOf(kind, size, langs);
  const texts = langs.map((lang, k) => ({
    lang,
    role: lang === "en" ? ("translation" as const) : ("original" as const),
    format: "plain" as const,
    content: { kind: "text" as const, text: paragraphs[k]!.join("\n\n") },
  }));
  const db = await getDb();
  let primeMs = 0;
  if (start === "primed") {
    // As a server has from its start (and the home page's import form again): its threads primed.
    [, primeMs] = await timed(() => Promise.all([db.document.count(), primeImportThreads()]));
  }
  const cpuBefore = process.cpuUsage();
  const clock = stageClock();
  // As POST /api/documents imports: it answers once the rows are stored, and the links of rows of one paragraph a
  // language follow (lib/server/alignment/pending-sentences.ts).
  const [imported, importMs] = await timed(() =>
    importDocument(db, { title: `bench ${size}×${langCount}`, corpusSlug: "bench-import", texts, onProgress: clock.onProgress, sentences: "after" }),
  );
  const stages = clock.spell();
  const cpu = process.cpuUsage(cpuBefore);
  const importPeakMb = peakMemoryMb();
  const importCpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const [, linksMs] = await timed(() => whenSentencesAligned(imported.documentId, db));
  const linksPeakMb = peakMemoryMb();
  const [, realignMs] = await timed(() => realignDocument(db, { documentId: imported.documentId }));
  const [, firstScreenMs] = await timed(async () => {
    const [, layout] = await Promise.all([getDocumentHead(db, imported.documentId), getDocumentLayout(db, imported.documentId)]);
    await loadItems(db, imported.documentId, layout.items.slice(0, 40));
  });
  await closeDb();
  return { primeMs, importMs, importCpuMs, rows: imported.rows, pendingRows: imported.sentencesPending, linksMs, realignMs, firstScreenMs, importPeakMb, linksPeakMb, peakMb: peakMemoryMb(), stages };
}

// The child runs from a prebuilt bundle of this file (scripts/bundled.mjs), as the app runs from Next's build:
// transpiling through tsx would add its own start-up and memory to the app's figures.
function runChild(size: number, langCount: number, start: Start, kind: Kind, databaseUrl: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(join(REPO, "scripts/bundled.mjs"), [relative(REPO, SELF), "--child", String(size), String(langCount), start, kind], {
      cwd: REPO,
      execArgv: ["--conditions=react-server"],
      // The bundle lives elsewhere than this file: the data folder is found here and passed on.
      env: { ...appProcessEnv(), DATABASE_URL: databaseUrl, BENCH_DATA: benchDataDir() },
    });
    child.once("message", (message) => resolve(message as Measure));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`The import child exited with ${code}.`))));
  });
}

interface Database {
  label: string;
  url: string;
  close(): Promise<void>;
}

/**
 * The embedded database as `npm start` runs it: PGlite in a folder on disk, served by this process. In memory, its
 * files grow by copying themselves (0.7 s of the server's CPU in one 7,500-paragraph run), which a user's is spared.
 */
async function embeddedDatabase(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), "bench-import-pglite-"));
  const embedded = await serveEmbedded(join(dir, "data"), "bench:import");
  return {
    label: "embedded PGlite on disk (a temporary folder), served by this process",
    url: embedded.url,
    close: async () => {
      await embedded.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A throwaway PostgreSQL server in a temporary folder (as .ci/run starts one), stopped and removed afterwards; null
 * when no server is installed. initdb refuses to run as root, so as root it runs as the postgres user.
 */
function throwawayPostgres(): Database | null {
  const bins = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(a) - Number(b)) : [];
  const bin = bins.length > 0 ? `/usr/lib/postgresql/${bins.at(-1)}/bin` : null;
  if (!bin || !existsSync(`${bin}/initdb`)) return null;
  const work = mkdtempSync(join(tmpdir(), "bench-import-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed: ${(result.stderr || result.stdout).trim().split("\n")[0]}`);
  };
  if (asRoot) chownSync(work, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim()), 0);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const stop = () => {
    spawnSync(asRoot ? "runuser" : `${bin}/pg_ctl`, [...(asRoot ? ["-u", "postgres", "--", `${bin}/pg_ctl`] : []), "-D", `${work}/data`, "-m", "immediate", "stop"]);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    run(`${bin}/initdb`, ["-D", `${work}/data`, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    run(`${bin}/pg_ctl`, ["-D", `${work}/data`, "-l", `${work}/server.log`, "-w", "-o",
      `-p ${port} -k ${work} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, "start"]);
  } catch (error) {
    stop();
    throw error;
  }
  return { label: `throwaway PostgreSQL (${bin}), fsync off`, url: `postgresql://postgres@127.0.0.1:${port}/postgres`, close: async () => stop() };
}

async function openDatabases(): Promise<Array<() => Promise<Database>>> {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    return [async () => ({ label: "PostgreSQL (DATABASE_URL)", url, close: async () => {} })];
  }
  const wanted = (process.env.BENCH_IMPORT_DBS ?? "embedded,postgres").split(",");
  const opens: Array<() => Promise<Database>> = [];
  if (wanted.includes("embedded")) opens.push(embeddedDatabase);
  if (wanted.includes("postgres")) {
    opens.push(async () => {
      const db = throwawayPostgres();
      if (!db) throw new Error("no PostgreSQL server installed (/usr/lib/postgresql/*/bin): set BENCH_IMPORT_DBS=embedded");
      return db;
    });
  }
  return opens;
}

async function main(): Promise<void> {
  console.log(`Machine: ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(" ")} (wall times grow with the load; CPU is of every thread of the app process).`);
  for (const open of await openDatabases()) {
    const database = await open();
    console.log();
    console.log(`Database: ${database.label}; each import in a fresh process.`);
    console.log(
      "document    paragraphs/lang  langs  start (primed ms)   import ms   import CPU ms   import peak MB     rows   waiting   links ms   links peak MB   re-align ms   first screen ms   app peak MB",
    );
    const stages: string[] = [];
    const runs = new Map<string, Measure[]>();
    try {
      // Round after round, every setting once a round: the machine's drift within the hour (±0.7 s on two cores)
      // then falls on every setting alike, and the medians below compare them.
      for (let round = 0; round < repeat; round++) {
        for (const kind of kinds) for (const langCount of langCounts) for (const size of sizes) for (const start of starts) {
          const m = await runChild(size, langCount, start, kind, database.url);
          const started = start === "primed" ? `primed (${m.primeMs})` : "cold";
          console.log(
            `${kind.padEnd(10)}  ${String(size).padStart(15)}  ${String(langCount).padStart(5)}  ${started.padEnd(17)}   ${String(m.importMs).padStart(9)}   ${String(m.importCpuMs).padStart(13)}   ${String(m.importPeakMb).padStart(14)}   ${String(m.rows).padStart(6)}   ${String(m.pendingRows).padStart(7)}   ${String(m.linksMs).padStart(8)}   ${String(m.linksPeakMb).padStart(13)}   ${String(m.realignMs).padStart(11)}   ${String(m.firstScreenMs).padStart(15)}   ${String(m.peakMb).padStart(11)}`,
          );
          const setting = `${kind}, ${size} × ${langCount}, ${start}`;
          stages.push(`  ${setting}: ${m.stages}`);
          runs.set(setting, [...(runs.get(setting) ?? []), m]);
        }
      }
      console.log("Import stages (wall time from each stage's first progress report to the next's):");
      for (const line of stages) console.log(line);
      if (repeat > 1) {
        console.log(`Medians of ${repeat} runs (min-max): import ms, import peak MB, links ms`);
        for (const [setting, measures] of runs) {
          const spread = (of: (m: Measure) => number) => {
            const values = measures.map(of).sort((a, b) => a - b);
            return `${Math.round(median(values))} (${values[0]}-${values.at(-1)})`;
          };
          console.log(`  ${setting}: ${spread((m) => m.importMs)} ms, ${spread((m) => m.importPeakMb)} MB, links ${spread((m) => m.linksMs)} ms`);
        }
      }
    } finally {
      await database.close();
    }
  }
}

if (process.argv[2] === "--child") {
  measureOne(Number(process.argv[3]), Number(process.argv[4]), process.argv[5] as Start, process.argv[6] as Kind).then(
    (measure) => process.send!(measure, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
