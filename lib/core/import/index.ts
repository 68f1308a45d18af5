// The import core: bytes or pasted text in, paragraphs with kinds out. Framework-free; see parse-text.ts.

export { MAX_TEXT_BYTES } from "./types";
export type { ImportedParagraph, KindMark, ParagraphKind, ParsedText, SourceFormat } from "./types";
export { ImportProblem, isImportProblem } from "./problems";
export type { ImportProblemCode, ImportProblemParams } from "./problems";
export { decodeChunks, decodeText, decodeUpload, detectEncoding, findInvalidUtf8, normalizeText, prepareText, TEXT_ENCODINGS, utf8ByteLength } from "./decode";
export type { DetectedEncoding, EncodingChoice, TextEncoding } from "./decode";
export { detectFormat } from "./format";
export { splitPlainParagraphs } from "./plain";
export { MAX_HTML_DEPTH, parseHtml } from "./html";
export type { ParsedHtml } from "./html";
export { clutterUnits, markBoilerplate } from "./boilerplate";
export { isHeadingShaped, markHeadings } from "./headings";
export { checkLanguage, countLetters, detectPersianOrArabic } from "./language-check";
export type { LetterCounts } from "./language-check";
export { bodyTexts, parseText } from "./parse-text";
export type { ParseTextOptions } from "./parse-text";
