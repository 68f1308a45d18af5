// What the last alignment run of a document reported, kept in documents.align_info: its status (shown to the user)
// and the sentence ratios and join counts of its rows, which aligning an edited row's sentences again reads (see
// resentence.ts), so that a row's sentences are grouped by the same document-wide measure after an edit as at import.
import { z } from "zod";
import type { JoinCounts, UnitRatios } from "@/lib/core/align";

const ZAlignInfo = z.object({
  sentenceRatios: z.record(z.string(), z.number().positive().finite()).optional(),
  // Absent from documents aligned before the sentence pass read them: their rows are aligned again without.
  sentenceJoins: z.record(z.string(), z.object({ rows: z.number().int().nonnegative(), differ: z.number().int().nonnegative() })).optional(),
});

/** The document-wide measures the sentence pass reads, as alignSentences takes them; none from a malformed record. */
export function sentenceMeasuresOf(alignInfo: unknown): { unitRatios?: UnitRatios; unitJoins?: JoinCounts } {
  const parsed = ZAlignInfo.safeParse(alignInfo);
  return parsed.success ? { unitRatios: parsed.data.sentenceRatios, unitJoins: parsed.data.sentenceJoins } : {};
}
