// Pasted text is HTML only when it clearly is markup: an article that mentions "<p>" or "a < b" stays plain text.

import type { SourceFormat } from "./types";

/** Only the head of the text is examined: a page's markup starts early, and an 8 MiB scan is not needed. */
const SNIFF_CHARS = 64 * 1024;

const DOCUMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

// Tags that carry text structure: inline tags such as <b> or <a> in running text are not enough to call it HTML.
const BLOCK_NAMES = [
  "p", "div", "br", "h[1-6]", "li", "ul", "ol", "table", "tr", "td", "th", "article", "section", "main", "header",
  "footer", "nav", "aside", "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd",
];
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_NAMES.join("|")})(?:\\s[^<>]*)?\\/?>`, "gi");
const MIN_TAGS = 4;
const MIN_CLOSING_TAGS = 2;

// A fragment such as "<p>One paragraph.</p>" or "<script>...</script>" is short but unmistakable: it opens with a
// known element and closes one (or holds a void element).
const FIRST_NAMES = [
  ...BLOCK_NAMES.filter((name) => name !== "br"), "span", "a", "strong", "em", "b", "i", "script", "style", "noscript",
  "template", "iframe", "svg", "meta", "link", "title", "form",
];
const FIRST_TAG = new RegExp(`^\\s*(?:<!--[\\s\\S]*?-->\\s*)*<(?:${FIRST_NAMES.join("|")})(?:\\s[^<>]*)?>`, "i");
const ANY_CLOSING_OR_VOID = /<\/[a-z][a-z0-9-]*\s*>|<(?:br|hr|img|meta|link|input)(?:\s[^<>]*)?\/?>/i;

export function detectFormat(text: string): SourceFormat {
  const head = text.slice(0, SNIFF_CHARS);
  if (DOCUMENT_START.test(head)) return "html";
  let tags = 0;
  let closing = 0;
  for (const match of head.matchAll(BLOCK_TAG)) {
    tags++;
    if (match[0][1] === "/") closing++;
    if (tags >= MIN_TAGS && closing >= MIN_CLOSING_TAGS) return "html";
  }
  return FIRST_TAG.test(head) && ANY_CLOSING_OR_VOID.test(head) ? "html" : "plain";
}
