// Pure units of heavy work (parsing, alignment) with plain inputs and outputs, so that lib/worker can run them on
// another thread and tests can run them directly.
export {
  alignRowSentences,
  alignStoredRowSentences,
  fillOneSentenceRows,
  needsSentencePass,
  planAlignment,
  planRows,
  reSentencingCanWait,
  rowSentenceMeasures,
  sentenceCells,
  sentenceStage,
  sentencesCanWait,
  splitAtSentenceSeams,
  textSentences,
  type AlignmentPlan,
  type AlignmentPlanInput,
  type FurnitureLine,
  type PlannedRow,
  type PlanProgress,
  type SentenceMeasures,
  type SentenceStep,
} from "./plan-alignment";
export { alignTexts, type AlignTextsOptions } from "./align-texts";
export { parseTexts, type ParseOutcome, type ProblemValue, type TextToParse } from "./parse-texts";
export { primeImportJobs } from "./prime";
