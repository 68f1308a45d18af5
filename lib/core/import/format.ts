// Pasted text is HTML only when it clearly is markup: an article that mentions "<p>" or "a < b" stays plain text.

import type { SourceFormat } from "./types";

/** Only the head of the text is examined: a page's markup starts early, and an 8 MiB scan is not needed. */
const SNIFF_CHARS = 64 * 1024;

// Both patterns are tried (sticky) just after the leading comments, which skipLeadingComments steps over: a regex
// that skips them itself, /^\s*(?:<!--[\s\S]*?-->\s*)*/, can end a comment at any later "-->", so on comments
// followed by no tag it tries every way of grouping them (29 empty comments took 14.5 s, each one more doubles it).
const DOCUMENT_START = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/iy;

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
const FIRST_TAG = new RegExp(`<(?:${FIRST_NAMES.join("|")})(?:\\s[^<>]*)?>`, "iy");
const ANY_CLOSING_OR_VOID = /<\/[a-z][a-z0-9-]*\s*>|<(?:br|hr|img|meta|link|input)(?:\s[^<>]*)?\/?>/i;

export function detectFormat(text: string): SourceFormat {
  const head = text.slice(0, SNIFF_CHARS);
  const start = skipLeadingComments(head);
  if (start !== -1 && matchesAt(DOCUMENT_START, head, start)) return "html";
  let tags = 0;
  let closing = 0;
  for (const match of head.matchAll(BLOCK_TAG)) {
    tags++;
    if (match[0][1] === "/") closing++;
    if (tags >= MIN_TAGS && closing >= MIN_CLOSING_TAGS) return "html";
  }
  return start !== -1 && matchesAt(FIRST_TAG, head, start) && ANY_CLOSING_OR_VOID.test(head) ? "html" : "plain";
}

/** Offset of the first character after leading whitespace and complete comments, or -1 if a comment never ends. */
function skipLeadingComments(text: string): number {
  let at = skipWhitespace(text, 0);
  while (text.startsWith("<!--", at)) {
    const close = text.indexOf("-->", at + 4);
    if (close === -1) return -1;
    at = skipWhitespace(text, close + 3);
  }
  return at;
}

function skipWhitespace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function matchesAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}
