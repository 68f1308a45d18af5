// What a term file import found wrong, as data: a closed set of codes with the params each message needs (locale
// key `terms.problems.<code>`), the line (and column where known) of the input, and an English message for logs and
// scripts. Errors mean the file should be refused whole; warnings say what was merged or assumed.

export type TermProblemCode =
  | "malformed-xml"
  | "dtd-not-allowed"
  | "not-tbx"
  | "malformed-csv"
  | "missing-column"
  | "too-many-entries"
  | "unknown-language"
  | "missing-language"
  | "empty-term"
  | "empty-concept"
  | "unknown-status"
  | "duplicate-rendering"
  | "conflicting-status"
  | "duplicate-concept";

export type TermProblemSeverity = "error" | "warning";

export interface TermProblem {
  code: TermProblemCode;
  severity: TermProblemSeverity;
  /** 1-based line of the input; absent when the problem is about the whole file. */
  line?: number;
  /** 1-based column, where the parser knows it. */
  column?: number;
  params: Record<string, string | number>;
  message: string;
}

const SEVERITY: Record<TermProblemCode, TermProblemSeverity> = {
  "malformed-xml": "error",
  "dtd-not-allowed": "error",
  "not-tbx": "error",
  "malformed-csv": "error",
  "missing-column": "error",
  "too-many-entries": "error",
  "unknown-language": "error",
  "missing-language": "error",
  "empty-term": "error",
  "empty-concept": "warning",
  "unknown-status": "warning",
  "duplicate-rendering": "warning",
  "conflicting-status": "error",
  "duplicate-concept": "warning",
};

function describe(code: TermProblemCode, p: Record<string, string | number>): string {
  switch (code) {
    case "malformed-xml":
      return `The XML is not well-formed: ${p.reason}.`;
    case "dtd-not-allowed":
      return "The file declares a DTD; term files with a DTD are refused (entities could expand without bound).";
    case "not-tbx":
      return `The root element is <${p.root}>; a TBX file has <martif> or <tbx>.`;
    case "malformed-csv":
      return `The CSV is malformed: ${p.reason}.`;
    case "missing-column":
      return `The CSV header has no "${p.column}" column.`;
    case "too-many-entries":
      return `The file has more than ${p.limit} concepts.`;
    case "unknown-language":
      return `"${p.lang}" is not a supported language code; its terms were not read.`;
    case "missing-language":
      return "A language section has no language code; its terms were not read.";
    case "empty-term":
      return `An empty term in concept "${p.concept}" was not read.`;
    case "empty-concept":
      return `Concept "${p.concept}" has no terms.`;
    case "unknown-status":
      return `Unknown status "${p.status}" for "${p.term}"; read as admitted.`;
    case "duplicate-rendering":
      return `"${p.term}" (${p.lang}) appears twice in concept "${p.concept}" (first on line ${p.firstLine}); merged.`;
    case "conflicting-status":
      return `"${p.term}" (${p.lang}) appears twice in concept "${p.concept}" as ${p.first} (line ${p.firstLine}) and as ${p.second}.`;
    case "duplicate-concept":
      return `Concept id "${p.concept}" appears twice (first on line ${p.firstLine}); its terms were merged.`;
  }
}

export function termProblem(
  code: TermProblemCode,
  params: Record<string, string | number> = {},
  where: { line?: number; column?: number } = {},
): TermProblem {
  const problem: TermProblem = { code, severity: SEVERITY[code], params, message: describe(code, params) };
  if (where.line !== undefined) problem.line = where.line;
  if (where.column !== undefined) problem.column = where.column;
  return problem;
}

export function hasErrors(problems: readonly TermProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
