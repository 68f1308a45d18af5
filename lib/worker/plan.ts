// planAlignment (lib/core/jobs) on the worker threads, its sentence pass shared among them: the rows are aligned by
// one thread while another splits the texts' sentences, then the sentences of every new row of more than one
// sentence in some language are aligned in batches, which the pool runs on all its threads at once. The plan is the
// same as planAlignment's.
import type { AlignmentPlan, AlignmentPlanInput, SentenceStep } from "@/lib/core/jobs";
import { reSentencingCanWait, sentenceCells, sentencesCanWait, sentenceStage } from "@/lib/core/jobs";
import type { JobInput, JobOutput, JobProgress } from "./jobs";
import { poolSize, runJob, warmUpPool } from "./pool";

/** Batches per thread: enough for progress to move and for the threads to finish together, few enough to cost nothing. */
const BATCHES_PER_THREAD = 8;
/**
 * Rows per batch at least. Each thread compiles the aligner's hot code for itself, so sharing a short document's
 * few hundred rows would cost more than it saves; below twice this, one thread does them all.
 */
const MIN_BATCH = 400;

export async function planAlignmentOnThreads(input: AlignmentPlanInput, onProgress: JobProgress = () => undefined): Promise<AlignmentPlan> {
  const rows = await planRowsOnThreads(input, onProgress);
  return rows.ok ? rows.withSentences() : rows;
}

type PlannedAlignment = Extract<AlignmentPlan, { ok: true }>;

export interface SentenceOptions {
  /**
   * Leave the rows whose sentences can wait (sentencesCanWait, reSentencingCanWait) without them, still waiting for
   * their pass (needsSentencePass): the plan's rows are the same, and their sentences are aligned after they are
   * stored.
   */
  later?: boolean;
}

/**
 * planAlignmentOnThreads in two steps: the rows, then, when the caller asks, their sentences. Between the two the
 * caller may do work of its own on this thread while the sentence pass keeps the others busy (an import writes its
 * paragraphs).
 */
export async function planRowsOnThreads(
  input: AlignmentPlanInput,
  onProgress: JobProgress = () => undefined,
): Promise<Exclude<AlignmentPlan, { ok: true }> | { ok: true; withSentences: (options?: SentenceOptions) => Promise<PlannedAlignment> }> {
  void warmUpPool();
  // A row of one sentence a language needs no sentence pass, only its texts' sentences: they are split on another
  // thread while this one aligns the rows.
  const sentences = runJob("textSentences", input.texts);
  sentences.catch(() => undefined); // awaited by withSentences, unless the plan fails first
  const plan = await runJob("planRows", input, { onProgress });
  if (!plan.ok) return plan;
  return { ok: true, withSentences: async (options = {}) => withSentences(plan, input, await sentences, onProgress, options) };
}

async function withSentences(
  plan: PlannedAlignment,
  input: AlignmentPlanInput,
  split: JobOutput<"textSentences">,
  onProgress: JobProgress,
  { later = false }: SentenceOptions,
): Promise<PlannedAlignment> {
  const total = plan.rows.length;
  let pass = 0;
  // Only the first step moves the progress: the second aligns a few of its rows again (see sentenceStage). Rows
  // that can wait are in both: the first step's rows of one paragraph a language, and the second's rows of several
  // sentences, which the first gave their final paragraphs.
  for (const step of sentenceStage(plan, input, split)) {
    if (later && pass === 0) step.rows = step.rows.filter((index) => !sentencesCanWait(plan.rows[index]!));
    if (later && pass === 1) {
      const waiting = new Set(step.rows.filter((index) => reSentencingCanWait(plan.rows[index]!, input.texts, split)));
      for (const index of waiting) plan.rows[index]!.sentences = [];
      step.rows = step.rows.filter((index) => !waiting.has(index));
    }
    if (pass++ === 0) {
      let done = total - step.rows.length;
      onProgress("sentences", done, total);
      await sentencePass(plan, input, split, step, (rows) => onProgress("sentences", (done += rows), total));
    } else {
      await sentencePass(plan, input, split, step);
    }
  }
  return plan;
}

/** The sentence pass of a step's rows, on all the pool's threads at once. */
async function sentencePass(
  plan: PlannedAlignment,
  input: AlignmentPlanInput,
  split: JobOutput<"textSentences">,
  { rows: pending, measures }: SentenceStep,
  onBatch: (rows: number) => void = () => undefined,
): Promise<void> {
  const rows = pending.map((index) => {
    const row = plan.rows[index]!;
    return { cells: sentenceCells(row, input.texts, split), seams: row.seamPriced === true };
  });
  const links = await alignSentencesOnThreads({ pivot: input.pivot, measures, rows }, onBatch);
  pending.forEach((index, k) => (plan.rows[index]!.sentences = links[k]!));
}

/** alignRowSentences of each row, in batches that the pool runs on all its threads at once; the links in row order. */
export async function alignSentencesOnThreads(
  { pivot, measures, rows }: JobInput<"alignRowSentences">,
  onBatch: (rows: number) => void = () => undefined,
): Promise<JobOutput<"alignRowSentences">> {
  const size = rows.length < 2 * MIN_BATCH ? rows.length : Math.max(MIN_BATCH, Math.ceil(rows.length / (poolSize() * BATCHES_PER_THREAD)));
  const batches: Array<Promise<JobOutput<"alignRowSentences">>> = [];
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size);
    batches.push(
      runJob("alignRowSentences", { pivot, measures, rows: batch }).then((links) => {
        onBatch(batch.length);
        return links;
      }),
    );
  }
  return (await Promise.all(batches)).flat();
}
