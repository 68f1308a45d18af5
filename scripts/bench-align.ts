// The aligner benchmark (npm run bench:align): builds test documents with exact gold from the parallel data in
// ../shared/bench/data (or $BENCH_DATA), and scores our aligner and the plain Gale-Church baseline leave-one-dataset-
// out (bench/lodo.ts) at a low and a high rate of merges, splits and drops. Prints per held-out dataset and language
// pair: strict F1 of ours and of Gale-Church with a guard (red when ours is below), non-1-1 links exact, links and
// rows scored >= 0.9 that are right, sentence F1 (strict, and at the gold's grain: bench/metrics.ts atResolutionOf);
// then the goals, short documents of 3-34 rows against Gale-Church (bench/short.ts, part of the guard), the same
// windows of Bible documents made like issue 10's held-out source (bench/issue-source.ts, part of the guard),
// documents built far from the benchmark's rates (bench/stress.ts) and news quoting Bible verses (bench/quoted.ts),
// both part of the guard too, the demo document's check, an annotated translation (bench/annotated.ts) and, with
// --speed, the command-line speed against hunalign and the in-process time and memory up to 10,000 paragraphs.
//   npm run bench:align -- [--rates low|high|both] [--seeds 1,2] [--details] [--strict] [--speed]
// --strict: exit 1 when a guard fails (ours below Gale-Church on some dataset and pair, whole, in short documents,
// like issue 10's source, far from the benchmark's rates or in news quoting scripture).

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { planAlignment } from "@/lib/core/jobs";
import { benchDataDir, DATASETS, loadDocuments } from "@/bench/corpus";
import { benchDictionaries } from "@/bench/corpus-words";
import { dictionaryDir } from "@/lib/system-dictionaries";
import { RATE_PRESETS, type RatePreset } from "@/bench/documents";
import { runAnnotated } from "@/bench/annotated";
import { runIssueSource, runVerses } from "@/bench/issue-source";
import { loadQuran, runQuran } from "@/bench/quran";
import { calibrationTable, TRANSLATIONS, type Scored } from "@/bench/evaluate";
import { runLodo, type SplitResult } from "@/bench/lodo";
import { runShort, SHORT_ROWS, type ShortFigures } from "@/bench/short";
import { runQuoted } from "@/bench/quoted";
import { runStress } from "@/bench/stress";
import { prf, type Tally } from "@/bench/metrics";
import { runSpeed } from "@/bench/speed";
import { buildLargeDocument, LONG_PARAGRAPHS, scoreLarge } from "@/bench/large";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const GOALS = { strictF1: 0.97, otherExact: 0.9, rowsAbove: 0.97, sentenceF1: 0.9 };
const color = process.stdout.isTTY || process.env.FORCE_COLOR === "1";
const red = (text: string) => (color ? `\u001b[31m${text}\u001b[0m` : text);
const green = (text: string) => (color ? `\u001b[32m${text}\u001b[0m` : text);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);
/** "x < bound" with as many decimals as it takes to tell them apart: 0.96994 against 0.97 is "0.9699 < 0.9700". */
const below = (x: number, bound: number) => {
  let digits = 3;
  while (digits < 6 && x.toFixed(digits) === bound.toFixed(digits)) digits++;
  return `${x.toFixed(digits)} < ${bound.toFixed(digits)}`;
};

function line(text = ""): void {
  process.stdout.write(`${text}\n`);
}

const strictF1 = (tally: Tally) => prf(tally, "all", "strict").f1;
const otherExact = (tally: Tally) => (tally.otherExact.total === 0 ? 1 : tally.otherExact.found / tally.otherExact.total);

function above(scored: readonly Scored[]): { count: number; right: number } {
  const high = scored.filter((s) => s.score >= 0.9);
  return { count: high.length, right: high.filter((s) => s.correct).length };
}

function describeTally(tally: Tally): string {
  const strict = prf(tally, "all", "strict");
  const lax = prf(tally, "all", "lax");
  return (
    `strict P ${num(strict.precision)} R ${num(strict.recall)} F1 ${num(strict.f1)} | lax F1 ${num(lax.f1)} | ` +
    `F1 1-1 ${num(prf(tally, "1-1", "strict").f1)}, other ${num(prf(tally, "other", "strict").f1)}`
  );
}

function printCalibration(title: string, scored: readonly Scored[]): void {
  line(`    ${title}: score bin -> count, right`);
  for (const bin of calibrationTable(scored)) {
    if (bin.count === 0) continue;
    line(`      [${bin.low.toFixed(2)}, ${bin.high.toFixed(2)}${bin.high >= 1 ? "]" : ")"}  ${String(bin.count).padStart(6)}  ${pct(bin.correct / bin.count).padStart(6)}`);
  }
}

interface Verdict {
  guardsBroken: string[];
  goalsMissed: string[];
}

function printPreset(preset: RatePreset, splits: readonly SplitResult[], details: boolean, verdict: Verdict): void {
  const rates = RATE_PRESETS[preset];
  line();
  line(
    `== Held out, builder rates ${preset}: merges ${pct(rates.merge)}, splits ${pct(rates.split)}, drops ${pct(rates.drop)} ` +
      `(clutter top ${pct(rates.clutterTop)}, bottom ${pct(rates.clutterBottom)}, between ${pct(rates.clutterMiddle)}) ==`,
  );
  line("held out  fitted on        docs  pair   ours F1  G-C F1  guard    non-1-1 exact        links >=0.9 right     sentence F1 (at gold's grain)");
  for (const split of splits) {
    for (const lang of TRANSLATIONS) {
      const figures = split.pairs[lang];
      const ours = strictF1(figures.ours);
      const baseline = strictF1(figures.baseline);
      const isBroken = ours < baseline;
      if (isBroken) verdict.guardsBroken.push(`${preset} ${split.heldOut} EN-${lang.toUpperCase()}: ${below(ours, baseline)}`);
      const links = above(figures.scored);
      const sentence = strictF1(split.sentences.projected[lang]);
      const exact = otherExact(figures.ours);
      const where = `${preset} ${split.heldOut} EN-${lang.toUpperCase()}`;
      if (ours < GOALS.strictF1) verdict.goalsMissed.push(`${where} strict F1 ${below(ours, GOALS.strictF1)}`);
      if (exact < GOALS.otherExact) verdict.goalsMissed.push(`${where} non-1-1 exact ${pct(exact)} < ${pct(GOALS.otherExact)}`);
      if (sentence < GOALS.sentenceF1) verdict.goalsMissed.push(`${where} sentence F1 ${below(sentence, GOALS.sentenceF1)}`);
      line(
        [
          split.heldOut.padEnd(9),
          split.fittedOn.join("+").padEnd(15),
          String(split.documents).padStart(5),
          ` EN-${lang.toUpperCase()}`,
          `  ${num(ours)}  `,
          `${num(baseline)}  `,
          (isBroken ? red("BELOW") : green("ok   ")).padEnd(5),
          `   ${pct(exact).padStart(6)} of ${String(figures.ours.otherExact.total).padEnd(6)}`,
          `   ${pct(links.right / Math.max(links.count, 1)).padStart(6)} of ${String(links.count).padEnd(6)}`,
          `     ${num(sentence)} (${num(strictF1(split.sentences.atGoldResolution[lang]))})`,
        ].join(""),
      );
    }
  }
  line("held out  n-way rows (EN+FA+AR, pivot EN): exactly right, and rows scored >= 0.9 that are right");
  for (const split of splits) {
    const rows = above(split.rows.scored);
    const share = rows.right / Math.max(rows.count, 1);
    if (share < GOALS.rowsAbove) verdict.goalsMissed.push(`${preset} ${split.heldOut} rows >= 0.9 right ${pct(share)} < ${pct(GOALS.rowsAbove)}`);
    line(
      `${split.heldOut.padEnd(9)} ${pct(split.rows.rowsRight / Math.max(split.rows.rows, 1)).padStart(6)} of ${split.rows.rows} rows ` +
        `(${split.rows.goldRows} gold);  >= 0.9: ${pct(share)} of ${rows.count} (${pct(rows.count / Math.max(split.rows.rows, 1))} of all rows)`,
    );
  }
  line("held out  the rows an import writes (cut at their sentence seams after the sentence pass): exactly right, of all gold rows");
  for (const split of splits) {
    const { rows, rowsRight, goldRows } = split.planned;
    line(
      `${split.heldOut.padEnd(9)} ${pct(rowsRight / Math.max(rows, 1)).padStart(6)} of ${rows} rows, ${pct(rowsRight / Math.max(goldRows, 1))} of ${goldRows} gold ` +
        `(before the cuts ${pct(split.rows.rowsRight / Math.max(split.rows.goldRows, 1))})`,
    );
  }
  if (!details) return;
  for (const split of splits) {
    line(`  -- ${split.heldOut} held out (${Math.round(split.millis)} ms for the fit and the n-way and sentence runs) --`);
    for (const lang of TRANSLATIONS) {
      line(`    EN-${lang.toUpperCase()} ours      ${describeTally(split.pairs[lang].ours)}`);
      line(`    EN-${lang.toUpperCase()} G-Church  ${describeTally(split.pairs[lang].baseline)}`);
      line(`    EN-${lang.toUpperCase()} n-way     ${describeTally(split.rows.projected[lang])}`);
      line(`    EN-${lang.toUpperCase()} sentences ${describeTally(split.sentences.projected[lang])}`);
      line(`    EN-${lang.toUpperCase()} sentences at gold's grain ${describeTally(split.sentences.atGoldResolution[lang])}`);
    }
    printCalibration("pairwise links", TRANSLATIONS.flatMap((lang) => split.pairs[lang].scored));
    printCalibration("n-way rows", split.rows.scored);
  }
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
  // The rows as an import writes them: the sentence pass may cut some (lib/core/jobs splitAtSentenceSeams).
  const plan = planAlignment({ texts, pivot: "en", dictionaries: benchDictionaries() });
  if (!plan.ok) throw new Error(`Demo document: no plan (${plan.message})`);
  const { rows } = plan;
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

function printAnnotated(seeds: readonly number[]): void {
  line(
    "Annotated translation (bench/annotated.ts): the Bible documents at the low rate, half the English paragraphs " +
      "with glosses in square brackets; strict F1.",
  );
  for (const figures of runAnnotated(seeds, TRANSLATIONS)) {
    line(
      `  EN-${figures.lang.toUpperCase()} (${figures.documents} docs): as built ${num(figures.plain)}, annotated ${num(figures.annotated)}, ` +
        `glosses in round brackets ${num(figures.roundBrackets)}, Gale-Church annotated ${num(figures.baseline)}`,
    );
  }
}

function printShort(seeds: readonly number[], presets: readonly RatePreset[], verdict: Verdict): void {
  line(
    `Short documents (bench/short.ts): every built document cut into windows of ${SHORT_ROWS.min}-${SHORT_ROWS.max} gold rows, ` +
      "each aligned on its own (the model's constants as shipped); strict F1, ours and Gale-Church.",
  );
  printWindows("short", runShort(seeds, presets), verdict);
}

function printIssueSource(seeds: readonly number[], presets: readonly RatePreset[], verdict: Verdict): void {
  line(
    "Like issue 10's held-out source (bench/issue-source.ts): the Bible documents with the English glossed in square " +
      "brackets and the originals without punctuation, cut into short windows as above; strict F1, ours and " +
      "Gale-Church, part of the guard. Then verse by verse, as that source's documents are: windows of 3-34 verses, one " +
      "paragraph a verse, the English cutting some verses in two at a sentence end (a share of those that have one), the " +
      "originals without punctuation or with a comma for each sentence end inside a verse.",
  );
  printWindows("like issue 10's source", runIssueSource(seeds, presets), verdict);
  const verses = runVerses(seeds);
  const width = Math.max(...verses.map((figures) => figures.setting.length));
  for (const figures of verses) {
    guardLine(figures.setting, figures.setting.padEnd(width), figures, `${String(figures.documents).padStart(4)} docs`, verdict);
  }
  const quran = process.env.BENCH_QURAN;
  if (!quran) return;
  line(`The Quran (bench/quran.ts, BENCH_QURAN=${quran}; outside the benchmark's data, never tuned on), EN-AR:`);
  for (const figures of runQuran(loadQuran(quran), seeds)) {
    guardLine(figures.setting, figures.setting.padEnd(58), figures, `${String(figures.documents).padStart(4)} docs`, verdict);
  }
}

function printWindows(title: string, all: readonly ShortFigures[], verdict: Verdict): void {
  for (const figures of all) {
    guardLine(`${title} ${figures.rates}`, figures.rates.padEnd(4), figures, `${String(figures.windows).padStart(4)} windows`, verdict);
  }
}

function printStress(seed: number, verdict: Verdict): void {
  line(
    `Far from the benchmark's rates (bench/stress.ts; seed ${seed}, the model's constants as shipped, tuned on none of ` +
      "these; the case of a text that marks no sentences was built looking at the unpunctuated originals) and news " +
      "quoting Bible verses (bench/quoted.ts): strict F1, ours and Gale-Church, part of the guard.",
  );
  for (const figures of [...runStress([seed]), ...runQuoted([seed])]) {
    guardLine(figures.setting, figures.setting.padEnd(49), figures, `${String(figures.documents).padStart(4)} docs`, verdict);
  }
}

/** One line of a guard: ours against Gale-Church on one setting, dataset and pair, recorded in the verdict when below. */
function guardLine(
  setting: string,
  column: string,
  figures: { dataset: string; lang: string; ours: Tally; baseline: Tally },
  count: string,
  verdict: Verdict,
): void {
  const ours = strictF1(figures.ours);
  const baseline = strictF1(figures.baseline);
  const pair = `EN-${figures.lang.toUpperCase()}`;
  if (ours < baseline) verdict.guardsBroken.push(`${setting} ${figures.dataset} ${pair}: ${below(ours, baseline)}`);
  line(`  ${column} ${figures.dataset.padEnd(9)} ${pair} ${count}: ours ${num(ours)}  G-C ${num(baseline)}  ${ours < baseline ? red("BELOW") : green("ok")}`);
}

function printLong(): void {
  line(
    `Long documents (bench/large.ts): one document a pair of ${LONG_PARAGRAPHS} English paragraphs, the news datasets' built ` +
      "documents end to end (default rates), aligned whole as the command line aligns them (its corpus pairs, learned from " +
      "tico19 among others, and the machine's dictionaries); strict F1.",
  );
  for (const lang of TRANSLATIONS) {
    const { f1, sizes } = scoreLarge(buildLargeDocument(LONG_PARAGRAPHS, ["en", lang]), lang, { dictionaries: benchDictionaries() });
    line(`  EN-${lang.toUpperCase()} ${sizes[0]} x ${sizes[1]} paragraphs: ours ${f1.toFixed(5)}`);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rates: { type: "string", default: "both" },
      seeds: { type: "string", default: process.env.BENCH_SEEDS ?? "1,2" },
      details: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      speed: { type: "boolean", default: false },
    },
  });
  const presets: RatePreset[] = values.rates === "both" ? ["low", "high"] : [values.rates as RatePreset];
  if (!presets.every((preset) => preset in RATE_PRESETS)) throw new Error(`--rates must be low, high or both, not ${values.rates}`);
  const seeds = values.seeds.split(",").map(Number);
  const started = performance.now();
  const sources = loadDocuments(undefined, DATASETS);
  const count = (dataset: string) => sources.filter((source) => source.dataset === dataset).length;
  line("Tarjuman aligner benchmark, leave one dataset out.");
  line(`Data: ${benchDataDir()}: ${DATASETS.map((d) => `${d} (${count(d)} documents)`).join(", ")}; seeds ${seeds.join(",")}.`);
  const dictionaries = benchDictionaries();
  line(
    dictionaries.length > 0
      ? `Dictionaries of this machine: ${dictionaries.map((d) => `${d.name} (${d.definitions.size} headwords)`).join(", ")}, from ${dictionaryDir()}.`
      : `Dictionaries: none (${dictionaryDir() === null ? "DICTIONARY_DIR=none" : `none installed in ${dictionaryDir()}`}; apt install dict-freedict-eng-ara adds English-Arabic).`,
  );
  line(
    "Documents: English keeps a base paragraphing of 1-5 segments; each translation merges and splits paragraphs on its " +
      "own, every language drops segments, and one side may carry web clutter (bench/documents.ts).",
  );
  line(
    "Per split, the score calibration is fitted on the two other datasets; the model's constants are fixed (README). " +
      "Scores: Vecalign/Bertalign convention; G-C is plain Gale-Church on the same documents.",
  );

  const verdict: Verdict = { guardsBroken: [], goalsMissed: [] };
  const splits = runLodo({ seeds, presets });
  for (const preset of presets) printPreset(preset, splits.filter((split) => split.rates === preset), values.details, verdict);

  line();
  line(
    `Goals on each held-out dataset: strict F1 >= ${GOALS.strictF1} (EN-FA and EN-AR), non-1-1 links >= ${pct(GOALS.otherExact)} exact, ` +
      `rows scored >= 0.9 right >= ${pct(GOALS.rowsAbove)}, sentence strict F1 >= ${GOALS.sentenceF1}.`,
  );
  line(verdict.goalsMissed.length === 0 ? green("All goals met.") : `Not met (${verdict.goalsMissed.length}):`);
  for (const missed of verdict.goalsMissed) line(`  ${missed}`);
  line();
  printShort(seeds, presets, verdict);
  line();
  printIssueSource(seeds, presets, verdict);
  line();
  printStress(seeds[0]!, verdict);
  line();
  line(
    verdict.guardsBroken.length === 0
      ? green(
          "Guard: ours >= Gale-Church on every dataset and pair, whole, in short documents, like issue 10's source, far " +
            "from the benchmark's rates and in news quoting scripture.",
        )
      : red(`Guard broken: ${verdict.guardsBroken.join("; ")}`),
  );
  line();
  checkDemo();
  line();
  printAnnotated(seeds);
  line();
  printLong();
  if (values.speed) {
    line();
    runSpeed(line);
  }
  line();
  line(`Benchmark ran in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (values.strict && verdict.guardsBroken.length > 0) process.exitCode = 1;
}

main();
