// Decoding and parsing of the texts of one import, as one pure call that can run off the request's thread (see
// lib/worker). Problems come back as values, one per text, so that every box's problem is reported at once.

import { decodeUpload, ImportProblem, parseText, prepareText, type EncodingChoice, type ParsedText, type SourceFormat } from "../import";
import type { ImportProblemCode, ImportProblemParams } from "../import";
import { sniffFormat } from "../formats/sniff";
import { searchKey } from "../text/search-key";

export interface TextToParse {
  lang: string;
  format: SourceFormat | "auto";
  content: { kind: "bytes"; bytes: Uint8Array } | { kind: "text"; text: string };
  /** The encoding of bytes, where detection cannot tell it (UTF-16 without a byte order mark); default "auto". */
  encoding?: EncodingChoice;
}

export interface ProblemValue {
  code: ImportProblemCode;
  params: ImportProblemParams;
  message: string;
}

/** A parsed text, with each paragraph's search key (computed here, off the request's thread). */
export type ParseOutcome = { ok: true; parsed: ParsedText; searchKeys: string[] } | { ok: false; problem: ProblemValue };

export function parseTexts(texts: readonly TextToParse[]): ParseOutcome[] {
  return texts.map((input) => {
    try {
      refuseParallelFile(input);
      const text = input.content.kind === "bytes" ? decodeUpload(input.content.bytes, { encoding: input.encoding }) : prepareText(input.content.text);
      const parsed = parseText(text, { lang: input.lang, format: input.format });
      return { ok: true, parsed, searchKeys: parsed.paragraphs.map((p) => searchKey(p.text)) };
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      return { ok: false, problem: { code: error.code, params: error.params, message: error.message } };
    }
  });
}

// A translation memory or XLIFF pasted or dropped into a text box would become one paragraph of raw XML: it is
// recognised and sent where it belongs (TSV and JSONL are left alone: a text may well hold tabs or braces).
const PARALLEL = { tmx: "TMX", "xliff-1.2": "XLIFF 1.2", "xliff-2.0": "XLIFF 2.0" } as const;

function refuseParallelFile(input: TextToParse): void {
  const bytes = input.content.kind === "bytes" ? input.content.bytes : new TextEncoder().encode(input.content.text.slice(0, 8192));
  const { format } = sniffFormat(bytes);
  if (format in PARALLEL) throw new ImportProblem("parallel-file", { format: PARALLEL[format as keyof typeof PARALLEL] });
}
