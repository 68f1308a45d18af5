// From uploaded bytes or a pasted string to one normalized string: size first (before anything that costs), then
// the encoding (a BOM, the caller's choice, or detection), binary files refused with a useful message, a strict
// decode, then BOM and line ends. The caller keeps the raw input separately, so nothing here needs to be reversible.
//
// Encodings: UTF-8 with or without BOM; UTF-16 LE/BE with a BOM (what Windows Notepad and legacy Persian tools
// save as "Unicode"); Windows-1256, the legacy Arabic/Persian code page, which maps each of its 256 bytes to a
// distinct character (WHATWG Encoding), so decoding it loses nothing. With neither a BOM nor a choice, bytes that
// are valid UTF-8 are UTF-8 (a legacy file almost never is), and other bytes are taken as Windows-1256 only when
// they read as Arabic-script text: a Latin-1 or Cyrillic file would decode too, into nonsense.

import { ImportProblem } from "./problems";
import { MAX_TEXT_BYTES } from "./types";

/** Binary sniffing looks at this many leading bytes (or characters): enough for any file header or text sample. */
const SNIFF_LENGTH = 64 * 1024;
/** C0 controls other than tab and line ends above this share of the sample mean binary, not text with a stray \x1a. */
const MAX_CONTROL_SHARE = 0.05;
const MIN_CONTROLS_FOR_BINARY = 8;
/** Share of the non-ASCII letters that a Windows-1256 reading must put in the Arabic block to be believed. */
const MIN_ARABIC_SHARE = 0.7;
/**
 * Share of those Arabic-block characters that must stand in runs of at least MIN_RUN, as the letters of words do. A
 * Latin-script file with a couple of stray bytes reads as a lone Arabic letter here and there, and a UTF-8 Persian or
 * Arabic file damaged by one bad byte (cut short in the middle of a character) as letters each followed by a symbol
 * (سلام as ط³ظ„ط§ظ…): both were taken for Windows-1256 and stored as garbage, where "not valid UTF-8 at offset n"
 * tells the user what is wrong.
 */
const MIN_IN_RUNS_SHARE = 0.5;
const MIN_RUN = 3;
const DECODE_CHUNK_BYTES = 1024 * 1024;

/** Leading bytes of formats that users upload by mistake instead of exporting text. */
const SIGNATURES: ReadonlyArray<{ format: string; bytes: readonly number[] }> = [
  { format: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { format: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK.. : .docx, .odt, .epub, .xlsx
  { format: "ole", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // old .doc / .xls
  { format: "rtf", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf : text, but markup no user means to align
  { format: "png", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { format: "gif", bytes: [0x47, 0x49, 0x46, 0x38] },
];

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256";
export type EncodingChoice = TextEncoding | "auto";
export const TEXT_ENCODINGS: readonly TextEncoding[] = ["utf-8", "utf-16le", "utf-16be", "windows-1256"];
/** What a user may choose: detection, or one of the encodings. */
export const ENCODING_CHOICES: readonly EncodingChoice[] = ["auto", ...TEXT_ENCODINGS];

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte order mark at the start, not part of the text. */
  bomLength: number;
}

/**
 * Decodes an uploaded file; throws ImportProblem (too-large, unsupported-encoding, binary, invalid-utf8,
 * invalid-encoding). `encoding` chooses one; a BOM still wins, since it cannot be there by accident.
 */
export function decodeUpload(bytes: Uint8Array, options: { encoding?: EncodingChoice } = {}): string {
  assertWithinLimit(bytes.length);
  return decodeText(bytes, options);
}

/**
 * decodeUpload without its size limit, for a caller that holds the whole file already and may take a larger one
 * (the command line's `align`).
 */
export function decodeText(bytes: Uint8Array, options: { encoding?: EncodingChoice } = {}): string {
  const detected = detectEncoding(bytes, options.encoding);
  let text = "";
  for (const chunk of decodeChunks(bytes, detected)) text += chunk;
  if (detected.encoding !== "utf-8" && detected.encoding !== "windows-1256") rejectBinaryString(text);
  return normalizeText(text);
}

/**
 * The encoding of the bytes, checking on the way that they are text and decode without error; throws
 * ImportProblem. No size limit here: callers with large files (parallel corpora) check their own.
 */
export function detectEncoding(bytes: Uint8Array, choice: EncodingChoice = "auto"): DetectedEncoding {
  const bom = byteOrderMark(bytes);
  const forced = bom ?? (choice === "utf-16le" || choice === "utf-16be" ? { encoding: choice, bomLength: 0 } : null);
  if (forced && forced.encoding !== "utf-8") {
    assertDecodes(bytes, forced);
    return forced;
  }
  rejectKnownBinaryFormats(bytes);
  if (choice === "auto" && !bom) rejectUtf16WithoutBom(bytes);
  rejectBinaryBytes(bytes);
  if (choice === "windows-1256" && !bom) return { encoding: "windows-1256", bomLength: 0 };
  if (isUtf8(bytes)) return bom ?? { encoding: "utf-8", bomLength: 0 };
  if (choice === "auto" && !bom && looksLikeArabicScript(bytes)) return { encoding: "windows-1256", bomLength: 0 };
  const offset = Math.max(0, findInvalidUtf8(bytes));
  const byte = bytes[offset] ?? 0;
  throw new ImportProblem("invalid-utf8", { offset, byte: `0x${byte.toString(16).toUpperCase().padStart(2, "0")}` });
}

/** The text of the bytes in pieces of about a megabyte, the BOM left out: for callers that parse as they go. */
export function* decodeChunks(bytes: Uint8Array, detected: DetectedEncoding, chunkBytes = DECODE_CHUNK_BYTES): Generator<string> {
  // fatal: a sequence that does not decode is an error, never a silent U+FFFD.
  const decoder = new TextDecoder(detected.encoding, { fatal: true, ignoreBOM: true });
  for (let at = detected.bomLength; at < bytes.length; at += chunkBytes) {
    const end = Math.min(bytes.length, at + chunkBytes);
    const text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    if (text) yield text;
  }
}

/** Prepares a pasted string; throws ImportProblem (too-large, binary). Idempotent. */
export function prepareText(text: string): string {
  // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair is 4 for 2), so short strings need no count.
  if (text.length * 3 > MAX_TEXT_BYTES) assertWithinLimit(utf8ByteLength(text));
  rejectBinaryString(text);
  return normalizeText(text);
}

export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?|\u2028/g, "\n").replace(/\u2029/g, "\n\n");
}

/** The UTF-8 length of a string without encoding it; a lone surrogate counts 3 bytes, as U+FFFD once encoded. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Offset of the first byte of the first ill-formed sequence, or -1. Follows the well-formed table of Unicode §3.9
 * (Table 3-7): no overlong forms (C0, C1, E0 80..9F, F0 80..8F), no surrogates (ED A0..BF), nothing above U+10FFFF.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trail: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trail = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trail = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trail = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= trail; k++) {
      const byte = bytes[i + k];
      if (byte === undefined) return i;
      if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += trail + 1;
  }
  return -1;
}

function assertWithinLimit(size: number): void {
  if (size > MAX_TEXT_BYTES) throw new ImportProblem("too-large", { size, limit: MAX_TEXT_BYTES });
}

function byteOrderMark(bytes: Uint8Array): DetectedEncoding | null {
  const [b0, b1, b2, b3] = bytes;
  // UTF-32 LE's BOM begins like UTF-16 LE's, so it is tested first.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) throw unsupportedEncoding("UTF-32", "LE");
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) throw unsupportedEncoding("UTF-32", "BE");
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  return null;
}

/** Decoded in pieces, so that a large file never becomes one string here. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    for (const chunk of decodeChunks(bytes, { encoding: "utf-8", bomLength: 0 })) void chunk;
    return true;
  } catch {
    return false;
  }
}

function assertDecodes(bytes: Uint8Array, detected: DetectedEncoding): void {
  try {
    for (const chunk of decodeChunks(bytes, detected)) void chunk;
  } catch {
    throw new ImportProblem("invalid-encoding", { encoding: detected.encoding.toUpperCase() });
  }
}

// Letters of the Arabic block (U+0600–U+06FF: Arabic, Persian and Urdu letters, their marks and digits) against other
// non-ASCII letters, and how many of them stand in runs as words do.
function looksLikeArabicScript(bytes: Uint8Array): boolean {
  const sample = new TextDecoder("windows-1256").decode(bytes.subarray(0, SNIFF_LENGTH));
  let arabic = 0;
  let other = 0;
  let inRuns = 0;
  let run = 0;
  const endRun = () => {
    if (run >= MIN_RUN) inRuns += run;
    run = 0;
  };
  for (const char of sample) {
    const code = char.codePointAt(0)!;
    if (code >= 0x0600 && code <= 0x06ff) {
      arabic++;
      run++;
      continue;
    }
    endRun();
    if (code >= 0x80 && /\p{L}/u.test(char)) other++;
  }
  endRun();
  return arabic > 0 && arabic >= (arabic + other) * MIN_ARABIC_SHARE && inRuns >= arabic * MIN_IN_RUNS_SHARE;
}

function rejectKnownBinaryFormats(bytes: Uint8Array): void {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, i) => bytes[i] === byte)) {
      throw new ImportProblem("binary", { reason: "signature", format: signature.format });
    }
  }
}

function rejectUtf16WithoutBom(bytes: Uint8Array): void {
  // UTF-16 without a BOM: NUL bytes almost all on one parity. Even Persian or Arabic text has them, as the high
  // byte of every space, digit and ASCII punctuation mark (U+0020 is 20 00 in LE).
  const sample = bytes.subarray(0, SNIFF_LENGTH);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const nuls = evenNuls + oddNuls;
  if (nuls >= 2 && nuls >= sample.length * 0.02 && Math.max(evenNuls, oddNuls) >= nuls * 0.95) {
    // Without a BOM the byte order is a guess: the user chooses the encoding, or saves the file with a BOM.
    throw unsupportedEncoding("UTF-16", oddNuls > evenNuls ? "LE" : "BE", "choose-encoding");
  }
}

function unsupportedEncoding(encoding: string, byteOrder: string, hint = "save-as-utf8"): ImportProblem {
  return new ImportProblem("unsupported-encoding", { encoding, byteOrder, hint });
}

function rejectBinaryBytes(bytes: Uint8Array): void {
  // No text format we accept contains NUL, and PostgreSQL cannot store it in a text column.
  if (bytes.indexOf(0) !== -1) throw new ImportProblem("binary", { reason: "nul-bytes" });
  const sample = bytes.subarray(0, SNIFF_LENGTH);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isBinaryControl(sample[i]!)) controls++;
  if (controls >= MIN_CONTROLS_FOR_BINARY && controls > sample.length * MAX_CONTROL_SHARE) {
    throw new ImportProblem("binary", { reason: "control-characters" });
  }
}

function rejectBinaryString(text: string): void {
  if (text.indexOf("\0") !== -1) throw new ImportProblem("binary", { reason: "nul-bytes" });
  const length = Math.min(text.length, SNIFF_LENGTH);
  let controls = 0;
  for (let i = 0; i < length; i++) if (isBinaryControl(text.charCodeAt(i))) controls++;
  if (controls >= MIN_CONTROLS_FOR_BINARY && controls > length * MAX_CONTROL_SHARE) {
    throw new ImportProblem("binary", { reason: "control-characters" });
  }
}

/** C0 controls and DEL, except tab, LF, VT, FF, CR (which plain text legitimately holds). */
function isBinaryControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
