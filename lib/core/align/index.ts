// The aligner's public entry points. Everything here is pure and framework-free: texts in, links or rows out.
export type {
  AlignOptions,
  AlignRow,
  AlignStatus,
  AlignText,
  DocumentAlignment,
  DocumentOptions,
  LetterRatios,
  Lexicon,
  PairAlignment,
  PairLink,
  PairStats,
  SentenceCell,
  SentenceLink,
  SentenceRef,
} from "./types";
export { AlignInputError } from "./types";
export type { Calibration, Knots } from "./calibration";
export type { PairOptions } from "./align-pair";
export { alignPair, mayHideSeams, type AlignPairOptions } from "./pair-seams";
export { keptUnits, type KeptUnits, type LeaveOut } from "./leave-out";
export { alignDocument } from "./align-document";
export { alignSentences, oneSentenceLink, spansOf, unitSentences, type RowCell, type SentenceOptions, type UnitSentences } from "./align-sentences";
export { galeChurch } from "./gale-church";
export { furnitureLines, innerFurniture, splitBySentences, stepOver, type Furniture, type InnerLine, type RowPart, type SplitOptions } from "./split-by-sentences";
export { letterRatios, sentenceJoins, sentenceRatios, type JoinCounts, type UnitRatios } from "./split-prior";
export { dictionaryFromDictd, type Dictionary } from "./signals/dictionary";
export { readDictd, type DictdEntry } from "./signals/dictd";
export { formatCorpusWords, learnCorpusWords, parseCorpusWords, shippedCorpusWords, type CorpusWords, type ParallelSegment } from "./signals/corpus-words";
