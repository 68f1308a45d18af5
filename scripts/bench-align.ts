// The aligner benchmark (npm run bench:align): builds test documents with exact gold from the parallel data in
// ../shared/bench/data (or $BENCH_DATA), runs our aligner and the plain Gale-Church baseline, and prints link
// scores per language pair and per half (dev: what the model was tuned on; test: held out), sentence scores,
// the calibration table, the demo document's check and the time for 10,000 paragraphs a side.
// Environment: BENCH_SEEDS (default "1,2"), BENCH_SKIP_TIMING=1 to skip the timing runs.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { alignDocument } from "@/lib/core/align";
import { benchDataDir, loadDocuments } from "@/bench/corpus";
import { buildDocument, DEFAULT_RATES, type BuiltDocument } from "@/bench/documents";
import {
  calibrationTable,
  evaluateDocuments,
  evaluatePairs,
  evaluateSentences,
  TRANSLATIONS,
  type Scored,
} from "@/bench/evaluate";
import { prf, type Tally } from "@/bench/metrics";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const seeds = (process.env.BENCH_SEEDS ?? "1,2").split(",").map(Number);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const num = (x: number) => x.toFixed(3);

function line(text = ""): void {
  process.stdout.write(`${text}\n`);
}

function describeTally(tally: Tally): string {
  const strict = prf(tally, "all", "strict");
  const lax = prf(tally, "all", "lax");
  const one = prf(tally, "1-1", "strict");
  const other = prf(tally, "other", "strict");
  const exact = tally.otherExact.total === 0 ? 1 : tally.otherExact.found / tally.otherExact.total;
  return (
    `strict P ${num(strict.precision)} R ${num(strict.recall)} F1 ${num(strict.f1)} | ` +
    `lax P ${num(lax.precision)} R ${num(lax.recall)} F1 ${num(lax.f1)} | ` +
    `F1 1-1 ${num(one.f1)}, other ${num(other.f1)} | non-1-1 exact ${pct(exact)} of ${tally.otherExact.total}`
  );
}

function printCalibration(title: string, scored: readonly Scored[]): void {
  line(`  ${title}: score bin -> links, accuracy`);
  for (const bin of calibrationTable(scored)) {
    if (bin.count === 0) continue;
    line(`    [${bin.low.toFixed(2)}, ${bin.high.toFixed(2)}${bin.high >= 1 ? "]" : ")"}  ${String(bin.count).padStart(6)}  ${pct(bin.correct / bin.count)}`);
  }
  const high = scored.filter((s) => s.score >= 0.9);
  const right = high.filter((s) => s.correct).length;
  line(`    scored >= 0.9: ${high.length} of ${scored.length} (${pct(high.length / Math.max(scored.length, 1))}), ${pct(right / Math.max(high.length, 1))} correct`);
}

function runTiming(size: number, mode: "pair" | "document", warm: boolean): Record<string, unknown> | undefined {
  const args = ["--import", "tsx", join(REPO, "bench/timing.ts"), String(size), mode, ...(warm ? ["warm"] : [])];
  const child = spawnSync(process.execPath, args, {
    cwd: REPO,
    encoding: "utf8",
    env: process.env,
  });
  if (child.status !== 0) {
    line(`  timing ${mode} ${size}: failed (${child.stderr.trim().split("\n")[0]})`);
    return undefined;
  }
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

function checkDemo(): void {
  const dir = join(REPO, "prisma/demo");
  if (!existsSync(join(dir, "gold.json"))) {
    line("Demo document: prisma/demo/gold.json not found, skipped.");
    return;
  }
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as {
    boilerplate: Record<string, number[]>;
    rows: Array<Record<string, number[]>>;
  };
  const langs = ["en", "fa", "ar"];
  const kept = new Map<string, number[]>();
  const texts = langs.map((lang) => {
    const paragraphs = readFileSync(join(dir, `letter-article.${lang}.txt`), "utf8")
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const indices = paragraphs.map((_, i) => i).filter((i) => !(gold.boilerplate[lang] ?? []).includes(i));
    kept.set(lang, indices);
    return { lang, units: indices.map((i) => paragraphs[i]!) };
  });
  const { rows } = alignDocument(texts, { pivot: "en" });
  const keyOf = (cells: Record<string, readonly number[]>) => langs.map((lang) => (cells[lang] ?? []).join(",")).join("|");
  const expected = new Set(gold.rows.map(keyOf));
  const mapped = rows.map((row) => ({
    key: keyOf(Object.fromEntries(langs.map((lang) => [lang, (row.cells[lang] ?? []).map((u) => kept.get(lang)![u]!)]))),
    score: row.score,
  }));
  const right = mapped.filter((row) => expected.has(row.key)).length;
  line(`Demo document (prisma/demo, boilerplate removed): ${right} of ${gold.rows.length} gold rows reproduced exactly; ${rows.length} rows proposed.`);
  for (const row of mapped.filter((r) => !expected.has(r.key))) line(`  not in gold: ${row.key} (score ${num(row.score)})`);
}

function main(): void {
  const started = performance.now();
  const sources = loadDocuments();
  line(`Tarjuman aligner benchmark. Data: ${benchDataDir()}`);
  line(
    `Documents: ${sources.length} (ntrex128 news and tico19 COVID-19 texts, CMU_1 left out), built with seeds ${seeds.join(",")}: ` +
      `English keeps a base paragraphing of 1-5 segments; each translation merges ${pct(DEFAULT_RATES.merge).trim()} of its ` +
      `paragraph boundaries and splits ${pct(DEFAULT_RATES.split).trim()} of its inner ones; every language drops ` +
      `${pct(DEFAULT_RATES.drop).trim()} of segments; one side may carry clutter (top ${pct(DEFAULT_RATES.clutterTop).trim()}, ` +
      `bottom ${pct(DEFAULT_RATES.clutterBottom).trim()}, between paragraphs ${pct(DEFAULT_RATES.clutterMiddle).trim()}).`,
  );
  line("Halves by document id: dev (the model's constants and calibration were tuned on it) and test (held out).");
  line("Scores: Vecalign/Bertalign convention (precision over all test links, recall over gold links that are not 1-0/0-1).");
  const docs: BuiltDocument[] = seeds.flatMap((seed) => sources.map((source) => buildDocument(source, seed)));
  const halves = { dev: docs.filter((d) => d.half === "dev"), test: docs.filter((d) => d.half === "test") };
  line(`Built: ${halves.dev.length} dev and ${halves.test.length} test documents.`);

  const pairScored: Record<string, Scored[]> = { dev: [], test: [] };
  const rowScored: Record<string, Scored[]> = { dev: [], test: [] };
  for (const [half, set] of Object.entries(halves)) {
    line();
    line(`== ${half} half ==`);
    line("Paragraph level, pairwise (alignPair vs galeChurch):");
    for (const lang of TRANSLATIONS) {
      const result = evaluatePairs(set, lang);
      pairScored[half]!.push(...result.scored);
      line(`  EN-${lang.toUpperCase()} ours      ${describeTally(result.ours)}  (${Math.round(result.millis)} ms)`);
      line(`  EN-${lang.toUpperCase()} G-Church  ${describeTally(result.baseline)}`);
    }
    const documents = evaluateDocuments(set);
    rowScored[half]!.push(...documents.scored);
    line("Paragraph level, n-way (alignDocument on EN+FA+AR, pivot EN; rows against n-way gold):");
    line(`  rows exactly right: ${documents.rowsRight} of ${documents.rows} proposed (${pct(documents.rowsRight / documents.rows)}), ${documents.goldRows} gold rows (${pct(documents.rowsRight / documents.goldRows)} recovered)  (${Math.round(documents.millis)} ms)`);
    for (const lang of TRANSLATIONS) line(`  EN-${lang.toUpperCase()} projected  ${describeTally(documents.projected[lang])}`);
    const sentences = evaluateSentences(set);
    line(`Sentence level (alignSentences inside ${sentences.rows} gold rows, three languages):`);
    for (const lang of TRANSLATIONS) line(`  EN-${lang.toUpperCase()}  ${describeTally(sentences.projected[lang])}`);
  }

  line();
  line("== Calibration (score = estimated probability that the link or row is exactly right) ==");
  for (const half of ["dev", "test"]) {
    printCalibration(`${half}, pairwise links (EN-FA and EN-AR)`, pairScored[half]!);
    printCalibration(`${half}, n-way rows`, rowScored[half]!);
  }

  line();
  checkDemo();

  line();
  if (process.env.BENCH_SKIP_TIMING === "1") {
    line("Timing skipped (BENCH_SKIP_TIMING=1).");
  } else {
    line("== Speed and memory (one child process per run, cold start unless warm; CPU = user + system of the whole process,");
    line("   JIT and GC threads included; RSS includes Node and tsx, about 100 MB before any alignment; warm: after a");
    line("   500-paragraph run, then timed three times in a row: the first and the best of the three) ==");
    const runs = [
      [2500, "pair", false],
      [5000, "pair", false],
      [10000, "pair", false],
      [10000, "pair", true],
      [10000, "document", false],
      [10000, "document", true],
    ] as const;
    for (const [size, mode, warm] of runs) {
      const result = runTiming(size, mode, warm);
      if (!result) continue;
      const what = `${mode === "pair" ? "alignPair EN-FA" : "alignDocument EN+FA+AR"}${warm ? " (warm)" : ""}`;
      const f1 = typeof result.strictF1 === "number" ? `, strict F1 ${num(result.strictF1)}` : "";
      const cpu = warm ? `CPU first ${result.cpuMillis} ms, best of 3 ${result.bestCpuMillis} ms` : `CPU ${result.cpuMillis} ms`;
      line(
        `  ${what} ${String(result.units)} paragraphs: ${cpu}, wall ${result.wallMillis} ms, ` +
          `RSS ${result.rssBeforeMB} MB before, ${result.peakRssMB} MB peak${f1}, status ${result.status}`,
      );
    }
  }
  line();
  line(`Benchmark ran in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main();
