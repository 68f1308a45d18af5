// The term base as the core sees it: concepts, each with renderings per language. Ids are the caller's (database
// integers, or the ids of a TBX/CSV file before it is stored); the core only compares and returns them.

export type TermStatus = "preferred" | "admitted" | "deprecated";

export const TERM_STATUSES: readonly TermStatus[] = ["preferred", "admitted", "deprecated"];

export type TermId = string | number;

export interface TermRendering {
  id: TermId;
  /** BCP-47 code as stored ("fa", "ar-EG"); matching uses its primary subtag. */
  lang: string;
  /** As entered; matching uses its key (normalize.ts). */
  text: string;
  status: TermStatus;
  /** Free text, e.g. "loaded", "neutral". */
  note?: string;
}

export interface TermConcept {
  id: TermId;
  label: string;
  note?: string;
  /** Subject field (TBX subjectField), e.g. "politics". */
  domain?: string;
  renderings: readonly TermRendering[];
}

export interface TermBase {
  concepts: readonly TermConcept[];
}
