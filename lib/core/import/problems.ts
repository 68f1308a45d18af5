// Bad input is reported as an ImportProblem: a closed set of codes, each with the params its message needs, so the
// interface can show a translated message (locale key `import.problems.<code>`). The English `message` is for logs
// and command-line tools.

export type ImportProblemCode =
  | "empty"
  | "no-paragraphs"
  | "invalid-utf8"
  | "unsupported-encoding"
  | "invalid-encoding"
  | "binary"
  | "too-large"
  | "wrong-script"
  | "language-mismatch"
  | "unsupported-language"
  | "malformed-language"
  | "parallel-file";

export type ImportProblemParams = Record<string, string | number>;

export class ImportProblem extends Error {
  readonly code: ImportProblemCode;
  readonly params: ImportProblemParams;

  constructor(code: ImportProblemCode, params: ImportProblemParams = {}, message?: string) {
    super(message ?? describeProblem(code, params));
    this.name = "ImportProblem";
    this.code = code;
    this.params = params;
  }
}

export function isImportProblem(error: unknown): error is ImportProblem {
  return error instanceof ImportProblem;
}

/** ISO 15924 codes (lang/languages.ts Script) as the English message names them. */
const SCRIPT_NAMES: Record<string, string> = { Latn: "Latin", Arab: "Arabic", Hebr: "Hebrew", Cyrl: "Cyrillic" };

function describeProblem(code: ImportProblemCode, params: ImportProblemParams): string {
  switch (code) {
    case "empty":
      return "The text is empty.";
    case "no-paragraphs":
      return "No paragraphs were found in the text.";
    case "invalid-utf8":
      return `The file is not valid UTF-8 (first bad byte at offset ${params.offset}) and does not read as Windows-1256 Persian or Arabic; save it as UTF-8 or choose its encoding.`;
    case "unsupported-encoding":
      return params.hint === "choose-encoding"
        ? `The file looks like ${params.encoding} ${params.byteOrder} without a byte order mark; choose its encoding or save it as UTF-8.`
        : `The file is encoded as ${params.encoding}; save it as UTF-8.`;
    case "invalid-encoding":
      return `The file does not decode as ${params.encoding}; choose another encoding or save it as UTF-8.`;
    case "binary":
      return `The file looks binary (${params.reason}${params.format ? `: ${params.format}` : ""}), not text.`;
    case "too-large":
      return `The text is ${params.size} bytes; the limit is ${params.limit} bytes.`;
    case "wrong-script":
      return `Only ${params.percent} % of the letters are in the ${SCRIPT_NAMES[params.expectedScript!] ?? params.expectedScript} script that "${params.lang}" is written in.`;
    case "language-mismatch":
      return `The text looks like ${params.detected} rather than "${params.lang}".`;
    case "unsupported-language":
      return `The language code "${params.lang}" is not supported.`;
    case "malformed-language":
      return `"${params.lang}" is not a valid language code.`;
    case "parallel-file":
      return `This is a ${params.format} file of aligned segments, not a text: import it as a parallel file (POST /api/import).`;
  }
}
