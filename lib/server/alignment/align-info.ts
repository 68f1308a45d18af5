// What the last alignment run of a document reported, kept in documents.align_info: its status (shown to the user)
// and the sentence ratios of its rows, which aligning an edited row's sentences again reads (see resentence.ts), so
// that a row's sentences are grouped by the same document-wide measure after an edit as at import.
import { z } from "zod";
import type { UnitRatios } from "@/lib/core/align";

const ZAlignInfo = z.object({ sentenceRatios: z.record(z.string(), z.number().positive().finite()).optional() });

export function sentenceRatiosOf(alignInfo: unknown): UnitRatios | undefined {
  const parsed = ZAlignInfo.safeParse(alignInfo);
  return parsed.success ? parsed.data.sentenceRatios : undefined;
}
