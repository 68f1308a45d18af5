// The job table a worker thread serves: each job is a pure function of lib/core, so the same call runs in tests
// without a thread. The alignments also read the machine's bilingual dictionaries (lib/system-dictionaries.ts), when
// a document's languages need one, once per thread, here rather than in the request: a message would copy them for
// every job.
import type { AlignText, SentenceCell, SentenceLink, UnitSentences } from "@/lib/core/align";
import {
  alignRowSentences,
  alignStoredRowSentences,
  parseTexts,
  planRows,
  primeImportJobs,
  textSentences,
  type AlignmentPlan,
  type AlignmentPlanInput,
  type ParseOutcome,
  type SentenceMeasures,
  type TextToParse,
} from "@/lib/core/jobs";
import { systemDictionaries } from "@/lib/system-dictionaries";

export type JobProgress = (stage: string, done: number, total: number) => void;

export const jobs = {
  parseTexts: (input: TextToParse[]): ParseOutcome[] => parseTexts(input),
  planRows: (input: AlignmentPlanInput, progress: JobProgress): AlignmentPlan =>
    planRows({ ...input, dictionaries: input.dictionaries ?? systemDictionaries(input.texts.map((text) => text.lang)) }, progress),
  /** A sample document through a fresh thread's parser and aligner, before a user's (lib/core/jobs/prime.ts). */
  // Without the dictionaries: an English-Persian import would otherwise carry the English-Arabic one's 60 MB.
  primeImportJobs: (input: TextToParse[]): number => primeImportJobs(input),
  /** The texts' sentences, split while another thread aligns their rows (see lib/worker/plan.ts). */
  textSentences: (input: AlignText[]): UnitSentences[] => textSentences(input),
  /**
   * The sentence pass of a batch of rows (see lib/worker/plan.ts); a row given with its `score` is a stored row,
   * aligned again from its texts (alignStoredRowSentences).
   */
  alignRowSentences: (input: { pivot: string; measures: SentenceMeasures; rows: Array<{ cells: SentenceCell[]; seams: boolean; score?: number }> }): SentenceLink[][] =>
    input.rows.map((row) =>
      row.score === undefined
        ? alignRowSentences(row.cells, input.pivot, input.measures, row.seams)
        : alignStoredRowSentences(row.cells, row.score, input.pivot, input.measures),
    ),
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobInput<K extends JobName> = Parameters<Jobs[K]>[0];
export type JobOutput<K extends JobName> = ReturnType<Jobs[K]>;
