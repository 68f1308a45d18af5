// One entry point for uploads: the content says whether it is TBX or CSV, whatever the Content-Type or file name
// said (a TBX file starts with "<" once a byte-order mark and white space are skipped; no CSV header does).

import type { ReadOptions, TermFileResult } from "./assemble";
import { readTermCsv } from "./csv";
import { readTbx } from "./tbx";

export function detectTermFormat(content: string): "tbx" | "csv" {
  return /^\s*</.test(content) ? "tbx" : "csv";
}

export function readTermFile(content: string, options: ReadOptions = {}): TermFileResult {
  return detectTermFormat(content) === "tbx" ? readTbx(content, options) : readTermCsv(content, options);
}
