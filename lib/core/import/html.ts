// HTML to paragraphs with htmlparser2's streaming parser: block elements delimit paragraphs, scripts and their
// kin are dropped, and page chrome (nav, header, footer, aside, form) is kept but marked boilerplate. Only text
// nodes ever reach the output, so attributes (on* handlers, javascript: URLs) cannot leak into it.
//
// A DOM (parseDocument) was rejected: walking it needs recursion or a hand-made stack anyway, and the streaming
// callbacks give the same information in one pass without building a tree of an 8 MiB page.

import { Parser } from "htmlparser2";
import { splitPlainParagraphs } from "./plain";
import type { ImportedParagraph } from "./types";

/** Elements whose content is never text for the reader: dropped with everything inside (the <title> is read apart). */
const DROPPED = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "math", "head", "title", "object", "embed", "canvas",
  "video", "audio", "select", "datalist",
]);

/**
 * Elements that start and end a paragraph. Everything else (span, a, b, custom elements) is inline. A <button>
 * counts as a block so that "Menu" or "Share" stands alone, where the clutter rules can see it, instead of being
 * glued to the text beside it.
 */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "button", "caption", "center", "dd", "details", "dialog",
  "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
  "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul",
]);

const HEADING_LEVELS: ReadonlyMap<string, number> = new Map([
  ["h1", 1],
  ["h2", 2],
  ["h3", 3],
  ["h4", 4],
  ["h5", 5],
  ["h6", 6],
]);

/** Page chrome by element: its text is kept as boilerplate paragraphs. */
const CHROME_ELEMENTS: ReadonlyMap<string, string> = new Map([
  ["nav", "html-nav"],
  ["header", "html-header"],
  ["footer", "html-footer"],
  ["aside", "html-aside"],
  ["form", "html-form"],
]);

/** ARIA landmark roles that mean the same as the chrome elements. */
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search"]);

/**
 * Class or id tokens that common CMS themes (WordPress, Jetpack, YARPP...) put on share bars, related posts,
 * comment areas and sidebars. Matched as whole tokens: "sidebar" marks chrome, "content-sidebar-wrap" does not.
 */
const CHROME_TOKENS = new Set([
  "breadcrumb", "breadcrumbs", "share", "sharing", "sharedaddy", "share-buttons", "social-share", "jp-relatedposts",
  "related-posts", "yarpp-related", "comments", "comments-area", "comment-respond", "sidebar", "widget-area",
  "post-tags", "tags-links", "author-box", "author-bio", "about-author", "site-header", "site-footer",
  "site-navigation", "navbar", "nav-links", "post-navigation", "cookie-notice",
]);

/** A <header> inside these introduces the article (its title, byline): it is content, not the site's banner. */
const CONTENT_SECTIONS = new Set(["article", "main"]);

/**
 * Deepest element nesting followed; Chromium's tree builder caps nesting at 512 too. htmlparser2 keeps its open
 * elements in an array it unshifts and searches, so a hostile page of 100,000 nested tags would take seconds and
 * 8 MiB of them hours. Past the cap the rest of the page is parsed afresh from the top level: the text survives,
 * only the enclosing context (a heading, a nav) is forgotten.
 */
export const MAX_HTML_DEPTH = 512;

/** Input is fed in slices of this size, so that a restart after the depth cap copies at most one slice. */
const CHUNK_CHARS = 64 * 1024;

export interface ParsedHtml {
  title: string | null;
  paragraphs: ImportedParagraph[];
}

interface Frame {
  readonly name: string;
  readonly dropped: boolean;
  /** Dropped only because it is inside <head>, where the <title> is still wanted. */
  readonly inHead: boolean;
  /** 1-6 inside h1-h6 (the outermost wins), 0 elsewhere. */
  readonly headingLevel: number;
  readonly pre: boolean;
  readonly inContent: boolean;
  readonly chromeRule: string | undefined;
}

const ROOT: Frame = {
  name: "#root",
  dropped: false,
  inHead: false,
  headingLevel: 0,
  pre: false,
  inContent: false,
  chromeRule: undefined,
};

const DEPTH_EXCEEDED = Symbol("depth exceeded");

export function parseHtml(html: string): ParsedHtml {
  const paragraphs: ImportedParagraph[] = [];
  let frames: Frame[] = [];
  let buffer = "";
  let bufferFrame: Frame = ROOT;
  let title: string | null = null;
  let titleBuffer: string | null = null;
  let firstH1: string | null = null;
  let parser: Parser | null = null;
  let parserStart = 0;
  let restartAt = -1;

  const top = (): Frame => frames[frames.length - 1] ?? ROOT;

  const flush = (): void => {
    if (buffer.trim() === "") {
      buffer = "";
      return;
    }
    const isHeading = bufferFrame.headingLevel > 0;
    const kind = bufferFrame.chromeRule ? "boilerplate" : isHeading ? "heading" : "body";
    const rule = bufferFrame.chromeRule ?? (isHeading ? "html-heading" : undefined);
    for (const text of splitPlainParagraphs(buffer)) {
      paragraphs.push(rule ? { text, kind, rule } : { text, kind });
      // A site's logo is often an h1 in the banner: only a content h1 may stand in for a missing <title>.
      if (firstH1 === null && bufferFrame.headingLevel === 1 && kind === "heading") firstH1 = text.replace(/\s+/g, " ");
    }
    buffer = "";
  };

  const append = (text: string): void => {
    if (buffer === "") bufferFrame = top();
    buffer += text;
  };

  const handler = {
    onparserinit(p: Parser): void {
      parser = p;
    },
    onopentag(name: string, attribs: Record<string, string>): void {
      const parent = top();
      const isBlock = BLOCKS.has(name);
      if (isBlock && !parent.dropped) flush();
      if (name === "br" && !parent.dropped) append("\n");
      if (name === "title" && title === null && (!parent.dropped || parent.inHead)) titleBuffer = "";
      const droppedHere = DROPPED.has(name) || isHidden(attribs);
      frames.push({
        name,
        dropped: parent.dropped || droppedHere,
        inHead: name === "head" ? !parent.dropped : parent.inHead,
        headingLevel: parent.headingLevel || (HEADING_LEVELS.get(name) ?? 0),
        pre: parent.pre || name === "pre" || name === "textarea",
        inContent: parent.inContent || CONTENT_SECTIONS.has(name),
        chromeRule: parent.chromeRule ?? (isBlock ? chromeRuleOf(name, attribs, parent.inContent) : undefined),
      });
      if (frames.length > MAX_HTML_DEPTH && parser) {
        restartAt = parserStart + parser.endIndex + 1;
        throw DEPTH_EXCEEDED;
      }
    },
    ontext(text: string): void {
      if (titleBuffer !== null) {
        titleBuffer += text;
        return;
      }
      const frame = top();
      if (frame.dropped) return;
      // HTML collapses ASCII whitespace (not NBSP); <pre> keeps its line breaks, which splitPlainParagraphs honours.
      // Single spaces are left alone: a global replace costs per match, and most matches would be one space.
      append(frame.pre ? text : text.replace(/[\t\n\f\r ]{2,}|[\t\n\f\r]/g, " "));
    },
    onclosetag(name: string): void {
      if (name === "title" && titleBuffer !== null) {
        title = titleBuffer.replace(/\s+/g, " ").trim() || null;
        titleBuffer = null;
      }
      frames.pop();
      if (BLOCKS.has(name) && !top().dropped) flush();
    },
  };

  // Each restart begins after the 513th open tag since the last one, so the loop always advances.
  for (let offset = 0; ; ) {
    parserStart = offset;
    const current = new Parser(handler, { decodeEntities: true });
    try {
      for (let at = offset; at < html.length; at += CHUNK_CHARS) current.write(html.slice(at, at + CHUNK_CHARS));
      current.end();
      break;
    } catch (error) {
      if (error !== DEPTH_EXCEEDED) throw error;
      flush();
      frames = [];
      titleBuffer = null;
      offset = restartAt;
    }
  }
  flush();
  return { title: title ?? firstH1, paragraphs };
}

function chromeRuleOf(name: string, attribs: Record<string, string>, inContent: boolean): string | undefined {
  if (name === "html" || name === "body") return undefined;
  if (name === "header" && inContent) return undefined;
  const byElement = CHROME_ELEMENTS.get(name);
  if (byElement) return byElement;
  const role = attribs.role?.trim().toLowerCase();
  if (role && CHROME_ROLES.has(role)) return "html-role";
  if (attribs.class === undefined && attribs.id === undefined) return undefined;
  const tokens = `${attribs.class ?? ""} ${attribs.id ?? ""}`.toLowerCase().split(/\s+/);
  return tokens.some((token) => CHROME_TOKENS.has(token)) ? "html-class" : undefined;
}

/** Content the page itself hides: screen-reader "Skip to content" links, collapsed menus, tracking pixels. */
function isHidden(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs) return true;
  if (attribs["aria-hidden"]?.trim().toLowerCase() === "true") return true;
  const style = attribs.style?.toLowerCase().replace(/\s+/g, "");
  return style !== undefined && (style.includes("display:none") || style.includes("visibility:hidden"));
}
