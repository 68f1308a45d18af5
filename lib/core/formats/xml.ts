// What the XML formats share: escaping for the writers, and a safe streaming parse for the readers.
//
// The parser is saxes (a strict, non-validating SAX parser): it never reads a DTD, never fetches anything, and
// knows only the five predefined entities and character references. A DOCTYPE that declares entities (the shape
// of XXE and "billion laughs" attacks) is refused outright with its position, rather than left to fail later as an
// "undefined entity", so the user learns why. A DOCTYPE without declarations (TMX files often carry
// `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`) is accepted and ignored.

import { SaxesParser, type SaxesTagNS } from "saxes";
import { FormatProblem } from "./problems";

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
export const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

// XML 1.0 cannot carry C0 controls other than tab and line ends, U+FFFE/U+FFFF or lone surrogates, not even as
// character references; they become U+FFFD so the file stays well-formed (stored text never holds NUL).
// With the u flag a surrogate pair is one code point, so the surrogate range matches lone surrogates only.
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are exactly what this finds
const NOT_XML = /[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** Escapes character data. CR is written as a reference because parsers turn a literal CR into LF. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, "\ufffd").replace(TEXT_SPECIAL, (c) => ENTITY[c]!);
}

/** Escapes an attribute value for double quotes; tab and line ends as references survive attribute normalization. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(NOT_XML, "\ufffd").replace(ATTRIBUTE_SPECIAL, (c) => ENTITY[c]!);
}

export type XmlTag = SaxesTagNS;

export type XmlPosition = {
  readonly line: number;
  readonly column: number;
};

export interface XmlVisitor {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
  /** Called once the whole document was read; may throw a FormatProblem (e.g. the root was never found). */
  end?(): void;
}

/** An attribute's value by local name in no namespace, or in the xml: namespace when `xml` is set. */
export function attribute(tag: XmlTag, local: string, xml = false): string | undefined {
  for (const attr of Object.values(tag.attributes)) {
    if (attr.local === local && (xml ? attr.uri === XML_NAMESPACE : attr.uri === "" && attr.prefix === "")) return attr.value;
  }
  return undefined;
}

/**
 * No TMX, XLIFF or TBX file nests elements this deep (a segment with inline markup is about ten levels down), and
 * saxes resolves each element's namespace through every open element: 100,000 unclosed <unit><segment><source>
 * took minutes per MiB.
 */
export const MAX_XML_DEPTH = 256;

/**
 * Parses XML arriving in chunks and yields what the visitor emits, after each chunk: memory is bounded by the
 * chunk size and the visitor's own state, not by the file.
 */
export async function* parseXmlStream<T>(
  chunks: AsyncIterable<string> | Iterable<string>,
  createVisitor: (emit: (item: T) => void, position: () => XmlPosition) => XmlVisitor,
): AsyncGenerator<T> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const position = (): XmlPosition => ({ line: parser.line, column: parser.column });
  const ready: T[] = [];
  const visitor = createVisitor((item) => ready.push(item), position);
  parser.on("error", (error) => {
    throw new FormatProblem("xml-malformed", { ...position(), detail: error.message.replace(/^\d+:\d+: /, "") });
  });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new FormatProblem("xml-entities", position());
  });
  let depth = 0;
  parser.on("opentag", (tag) => {
    if (++depth > MAX_XML_DEPTH) {
      throw new FormatProblem("xml-malformed", { ...position(), detail: `elements are nested more than ${MAX_XML_DEPTH} deep` });
    }
    visitor.open(tag);
  });
  parser.on("closetag", (tag) => {
    depth--;
    visitor.close(tag);
  });
  parser.on("text", (text) => visitor.text(text));
  parser.on("cdata", (text) => visitor.text(text));

  for await (const chunk of chunks) {
    parser.write(chunk);
    if (ready.length > 0) yield* ready.splice(0);
  }
  parser.close();
  visitor.end?.();
  yield* ready.splice(0);
}
