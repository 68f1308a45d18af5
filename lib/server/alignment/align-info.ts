// What the last alignment run of a document reported, kept in documents.align_info: its status (shown to the user)
// and the sentence ratios, join counts and letter ratios of its rows, which aligning an edited row's sentences again reads (see
// resentence.ts), so that a row's sentences are grouped by the same document-wide measure after an edit as at import.
import { z } from "zod";
import type { SentenceMeasures } from "@/lib/core/jobs";

const ZAlignInfo = z.object({
  sentenceRatios: z.record(z.string(), z.number().positive().finite()).optional(),
  // Absent from documents aligned before the sentence pass read them: their rows are aligned again without.
  sentenceJoins: z.record(z.string(), z.object({ rows: z.number().int().nonnegative(), differ: z.number().int().nonnegative() })).optional(),
  // Absent from documents aligned before the sentence pass read the document's length ratio: their rows use their own.
  letterRatios: z.record(z.string(), z.number().positive().finite()).optional(),
});

/** The document-wide measures the sentence pass reads (alignRowSentences); none from a malformed record. */
export function sentenceMeasuresOf(alignInfo: unknown): SentenceMeasures {
  const parsed = ZAlignInfo.safeParse(alignInfo);
  if (!parsed.success) return {};
  return { sentenceRatios: parsed.data.sentenceRatios, sentenceJoins: parsed.data.sentenceJoins, letterRatios: parsed.data.letterRatios };
}
