// Tells a file's format from its first bytes, never from its name (a .txt may hold TMX, a .xml may be XLIFF).
// XML is recognised by its root element (after the declaration, comments, processing instructions and DOCTYPE),
// XLIFF's version by the root's `version` attribute or namespace; JSONL by a first line that is a JSON object;
// TSV by tabs in its first line. Anything else is text: a Moses file is plain text, recognised only as one of a
// pair.

export type SniffedFormat = "tmx" | "xliff-1.2" | "xliff-2.0" | "jsonl" | "tsv" | "zip" | "html" | "xml" | "text";

export interface Sniffed {
  format: SniffedFormat;
  /** The root element of an XML file we do not read, for the message. */
  root?: string;
  /** The encoding named by an XML declaration, lower-case. */
  declaredEncoding?: string;
}

const SNIFF_BYTES = 8 * 1024;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) return { format: "zip" };
  const head = decodeHead(bytes.subarray(0, SNIFF_BYTES));
  const trimmed = head.replace(/^\ufeff/, "").trimStart();
  if (trimmed.startsWith("<")) return sniffXml(trimmed);
  const firstLine = trimmed.split("\n", 1)[0]!.replace(/\r$/, "");
  if (firstLine.startsWith("{") && (looksLikeJsonObject(firstLine) || !head.includes("\n"))) return { format: "jsonl" };
  if (firstLine.includes("\t")) return { format: "tsv" };
  return { format: "text" };
}

// Only ASCII structure matters here, so a lenient decode is enough; UTF-16 is recognised by its BOM.
function decodeHead(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

function looksLikeJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function sniffXml(text: string): Sniffed {
  const declaredEncoding = /^<\?xml[^>]*\sencoding\s*=\s*["']([\w.-]+)["']/.exec(text)?.[1]?.toLowerCase();
  const root = findRootElement(text);
  const result = (format: SniffedFormat): Sniffed => ({ format, ...(declaredEncoding ? { declaredEncoding } : {}), ...(format === "xml" && root ? { root: root.name } : {}) });
  if (!root) return /^<!doctype\s+html/i.test(text) ? result("html") : result("xml");
  const local = root.name.replace(/^.*:/, "").toLowerCase();
  if (local === "tmx") return result("tmx");
  if (local === "xliff") {
    const version = /\bversion\s*=\s*["']([^"']*)["']/.exec(root.attributes)?.[1];
    if (version?.startsWith("2") || root.attributes.includes("urn:oasis:names:tc:xliff:document:2.")) return result("xliff-2.0");
    return result("xliff-1.2");
  }
  if (local === "html") return result("html");
  return result("xml");
}

function findRootElement(text: string): { name: string; attributes: string } | null {
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const skip = /^\s+/.exec(rest)?.[0].length ?? 0;
    if (skip > 0) {
      at += skip;
      continue;
    }
    if (rest.startsWith("<?")) at += endOf(rest, "?>");
    else if (rest.startsWith("<!--")) at += endOf(rest, "-->");
    else if (/^<!doctype/i.test(rest)) at += endOfDoctype(rest);
    else {
      const match = /^<([A-Z_][\w.:-]*)([^>]*)/i.exec(rest);
      return match ? { name: match[1]!, attributes: match[2]! } : null;
    }
  }
  return null;
}

function endOf(text: string, terminator: string): number {
  const end = text.indexOf(terminator);
  return end === -1 ? text.length : end + terminator.length;
}

// A DOCTYPE may hold an internal subset in brackets, with ">" inside its declarations.
function endOfDoctype(text: string): number {
  const bracket = text.indexOf("[");
  const close = text.indexOf(">");
  if (bracket !== -1 && bracket < close) {
    const end = text.indexOf("]", bracket);
    return end === -1 ? text.length : endOf(text.slice(end), ">") + end;
  }
  return close === -1 ? text.length : close + 1;
}
