// Bad parallel files are reported as a FormatProblem: a closed set of codes with the params their message needs
// (line and column where the file says it), so the interface can translate them (`parallel.problems.<code>`).
// The English message is for logs, API clients and the command line.

export type FormatProblemCode =
  | "unknown-format"
  | "xml-malformed"
  | "xml-entities"
  | "wrong-root"
  | "unsupported-version"
  | "missing-language"
  | "single-language"
  | "bad-language"
  | "duplicate-language"
  | "moses-line-count"
  | "moses-files"
  | "tsv-header"
  | "tsv-columns"
  | "jsonl-syntax"
  | "jsonl-shape"
  | "no-units"
  | "zip-invalid"
  | "too-large";

export type FormatProblemParams = Record<string, string | number>;

export class FormatProblem extends Error {
  readonly code: FormatProblemCode;
  readonly params: FormatProblemParams;

  constructor(code: FormatProblemCode, params: FormatProblemParams = {}) {
    super(describeFormatProblem(code, params));
    this.name = "FormatProblem";
    this.code = code;
    this.params = params;
  }
}

export function isFormatProblem(error: unknown): error is FormatProblem {
  return error instanceof FormatProblem;
}

const at = (params: FormatProblemParams) =>
  params.line === undefined ? "" : params.column === undefined ? ` (line ${params.line})` : ` (line ${params.line}, column ${params.column})`;

function describeFormatProblem(code: FormatProblemCode, params: FormatProblemParams): string {
  switch (code) {
    case "unknown-format":
      return `The file is not a parallel corpus we can read (${params.detected}); use TMX, XLIFF 1.2 or 2.0, TSV, JSONL or a Moses file pair.`;
    case "xml-malformed":
      return `The XML is malformed${at(params)}: ${params.detail}`;
    case "xml-entities":
      return `The XML declares entities in its DOCTYPE${at(params)}; entities are refused, never expanded or fetched.`;
    case "wrong-root":
      return `The root element is <${params.found}>, not <${params.expected}>.`;
    case "unsupported-version":
      return `${params.format} version "${params.version}" is not supported.`;
    case "missing-language":
      return `<${params.element}> has no language${at(params)}.`;
    case "single-language":
      return `A unit has text in only one language (${params.lang})${at(params)}: there is nothing to align it with.`;
    case "bad-language":
      return `"${params.lang}" is not a supported language code${at(params)}.`;
    case "duplicate-language":
      return `The file holds two variants of one language (${params.langs})${at(params)}; a document holds one text per language.`;
    case "moses-line-count":
      return `The Moses files do not have the same number of lines: ${params.first} has ${params.firstLines}, ${params.second} has ${params.secondLines}.`;
    case "moses-files":
      return `A Moses corpus is two files, one per language (e.g. corpus.en-fa.en and corpus.en-fa.fa); got ${params.count}.`;
    case "tsv-header":
      return `The TSV file has no header naming its language columns (e.g. "en<TAB>fa"), and no languages were given${at(params)}.`;
    case "tsv-columns":
      return `Line ${params.line} has ${params.found} columns; the header has ${params.expected}.`;
    case "jsonl-syntax":
      return `Line ${params.line} is not valid JSON: ${params.detail}`;
    case "jsonl-shape":
      return `Line ${params.line} is not an object with a "translation" of language codes to strings.`;
    case "no-units":
      return "The file holds no translation units.";
    case "zip-invalid":
      return `The zip archive cannot be read: ${params.detail}`;
    case "too-large":
      return `The file is ${params.size} bytes; the limit is ${params.limit} bytes.`;
  }
}
