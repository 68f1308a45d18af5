// The shapes the import core hands to the server: a text becomes paragraphs, each with a kind.

/**
 * The largest text accepted, in bytes of UTF-8. Checked on the byte length before any decoding or parsing, so an
 * oversized upload or paste is refused at the cost of a length comparison.
 */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

export type SourceFormat = "plain" | "html";

/** "boilerplate" paragraphs (menus, share bars, comment forms) are kept, shown greyed and left out of alignment. */
export type ParagraphKind = "body" | "heading" | "boilerplate";

export interface ImportedParagraph {
  text: string;
  kind: ParagraphKind;
  /** Which heading or boilerplate rule fired ("breadcrumb", "html-nav", "short-line"...), for tests and tooltips. */
  rule?: string;
}

export interface ParsedText {
  format: SourceFormat;
  /** The HTML <title> (or first h1), or a plain text's leading heading; null when there is none. */
  title: string | null;
  paragraphs: ImportedParagraph[];
}

/** A paragraph's kind as decided by one detector, before the results are combined. */
export interface KindMark {
  kind: ParagraphKind;
  rule?: string;
}
