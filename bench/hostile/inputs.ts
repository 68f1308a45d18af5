// Adversarial texts for the import parsers: long runs of the characters that regular expressions and scanners
// treat specially (quotes, "<!--", "<", brackets, terminators, whitespace), deep nesting, lines with no space, many
// blank lines, alternating scripts and every shape of heading. Most are a prefix, a unit repeated to fill the size,
// and a suffix that makes a naive pattern fail at the very end, which is where backtracking costs the most.

import { seededRandom } from "../random";

export interface HostileInput {
  readonly name: string;
  /** The language the text is declared in when an entry point needs one. */
  readonly lang: string;
  /** A text of at most `bytes` bytes of UTF-8, close to it. */
  readonly make: (bytes: number) => string;
}

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** prefix + unit × n + suffix, with n as large as fits in `bytes`. */
export function repeated(name: string, unit: string, options: { prefix?: string; suffix?: string; lang?: string } = {}): HostileInput {
  const { prefix = "", suffix = "", lang = "en" } = options;
  return {
    name,
    lang,
    make: (bytes) => {
      const room = bytes - utf8Length(prefix) - utf8Length(suffix);
      return prefix + unit.repeat(Math.max(0, Math.floor(room / utf8Length(unit)))) + suffix;
    },
  };
}

/** Units drawn at random (seeded) from `pieces` until the size is reached. */
function shuffled(name: string, pieces: readonly string[], lang = "en"): HostileInput {
  return {
    name,
    lang,
    make: (bytes) => {
      const random = seededRandom(bytes);
      const lengths = pieces.map(utf8Length);
      const parts: string[] = [];
      let size = 0;
      for (;;) {
        const k = Math.floor(random() * pieces.length);
        const piece = pieces[k]!;
        const length = lengths[k]!;
        if (size + length > bytes) break;
        parts.push(piece);
        size += length;
      }
      return parts.join("");
    },
  };
}

const BODY = "\n\nA body paragraph that follows the heading and ends with a full stop.";

/** Inputs that every entry receives. */
export const SHARED_INPUTS: readonly HostileInput[] = [
  // Quotes and closers, before a heading-shaped line (headings strip trailing closers from the paragraph before).
  repeated("quotes, then a heading", '"', { suffix: `x\n\nA Heading Line${BODY}` }),
  repeated("closers mixed, then a heading", "\"'”’»›]", { suffix: `x\n\nA Heading Line${BODY}` }),
  repeated("quotes then colon", '"', { suffix: ":" }),
  repeated("Arabic quotes «»", "«»", { lang: "ar" }),
  // HTML comments and tags.
  repeated("empty comments, then JSON", "<!---->", { suffix: '{"title": "x", "texts": []}' }),
  repeated("comment openers", "<!--"),
  repeated("one open comment of dashes", "-", { prefix: "<!--", suffix: "x" }),
  repeated("comments, then a doctype", "<!-- c -->\n", { suffix: "<!doctype html><p>x</p>" }),
  repeated("lone <", "<"),
  repeated("lone </", "</"),
  repeated("tag names without >", "<p"),
  repeated("block tags with a space, no >", "<p "),
  repeated("one attribute, never closed", "a ", { prefix: '<p class="' }),
  repeated("one tag, never closed", "a", { prefix: "<p " }),
  repeated("deep <div> nesting", "<div>"),
  repeated("deep <b> nesting", "<b>"),
  repeated("deep <header> in <nav>", "<nav><header>"),
  repeated("unmatched closing tags under 600 open", "</span>", { prefix: "<div>".repeat(600) }),
  repeated("many paragraphs <p>x</p>", "<p>x</p>"),
  repeated("void tags <br>", "<br>"),
  repeated("entities &amp;", "&amp;"),
  repeated("bare &#", "&#"),
  repeated("CDATA openers", "<![CDATA["),
  repeated("doctype openers", "<!doctype "),
  repeated("processing instructions", "<?xml "),
  repeated("nested <title>", "<title>"),
  repeated("scripts never closed", "<script>a"),
  // Lines and whitespace.
  repeated("one Latin word, no space", "a"),
  repeated("one Arabic word, no space", "ب", { lang: "ar" }),
  repeated("one Persian word with ZWNJ", "می\u200cشود", { lang: "fa" }),
  repeated("digits", "1"),
  repeated("newlines", "\n", { prefix: "x", suffix: "x" }),
  repeated("space-newline", " \n", { prefix: "x", suffix: "x" }),
  repeated("newline-space", "\n ", { prefix: "x", suffix: "x" }),
  repeated("CRLF", "\r\n", { prefix: "x", suffix: "x" }),
  repeated("CR", "\r", { prefix: "x", suffix: "x" }),
  repeated("spaces, then a letter", " ", { prefix: "x", suffix: "x" }),
  repeated("tabs and NBSP", "\t\u00a0", { prefix: "x", suffix: "x" }),
  repeated("ZWNJ", "\u200c", { prefix: "x", suffix: "x" }),
  repeated("BOMs", "\ufeff", { prefix: "x", suffix: "x" }),
  repeated("paragraph separators", "\u2029", { prefix: "x", suffix: "x" }),
  repeated("line separators", "\u2028", { prefix: "x", suffix: "x" }),
  // Scripts.
  repeated("alternating Latin and Arabic letters", "aب", { lang: "ar" }),
  repeated("alternating Latin and Arabic words", "word كلمة ", { lang: "ar" }),
  repeated("CJK", "中文", { lang: "en" }),
  repeated("emoji (surrogate pairs)", "😀"),
  repeated("lone surrogates", "\ud800"),
  repeated("combining marks", "a\u0301"),
  repeated("Arabic with harakat", "بَ", { lang: "ar" }),
  repeated("presentation forms", "ﻻﷲ", { lang: "ar" }),
  // Headings, lists and paragraphs.
  repeated("heading-shaped paragraphs", "A Heading Line\n\n"),
  repeated("heading, body, heading, body", "A Heading Line\n\nBody text that ends.\n\n"),
  repeated("one-letter paragraphs", "A\n\n"),
  repeated("numbered items", "1. Item\n\n"),
  repeated("two-line titles", "Title\nSubtitle\n\n"),
  repeated("quoted Arabic headings", "«عنوان»\n\n", { lang: "ar" }),
  repeated("lines ending in a colon", "Dear friends:\n\n"),
  repeated("very long paragraphs between headings", "word ", { prefix: "A Heading Line\n\n", suffix: `"\n\nTitle${BODY}` }),
  // Sentences.
  repeated("lower-case sentences", "a. "),
  repeated("initials", "A. "),
  repeated("dotted acronyms", "U.S. "),
  repeated("titles", "Mr. "),
  repeated("periods", "."),
  repeated("periods then a lower-case word", ".", { suffix: " a" }),
  repeated("period-space", ". "),
  repeated("ellipses", "…"),
  repeated("ellipsis-space", "… "),
  repeated("exclamation and question", "!?"),
  repeated("Arabic questions", "؟ ", { lang: "ar" }),
  repeated("opening brackets", "(", { suffix: "x." }),
  repeated("unclosed brackets with sentences", "( a. B "),
  repeated("Arabic guillemets with sentences", "« جملة. ", { lang: "ar" }),
  repeated("honorifics", "(ع.) ", { lang: "fa" }),
  repeated("list markers", "1. "),
  repeated("bullets", "• "),
  repeated("clause marks", ",;:"),
  // Boilerplate shapes.
  repeated("breadcrumb separators", "a » "),
  repeated("home trail", "Home / "),
  repeated("share words", "facebook twitter "),
  repeated("label colons", "Tags: "),
  repeated("related regions", "Check Also\n\nA title\n\n"),
  repeated("Arabic related regions", "اقرأ أيضا\n\nعنوان\n\n", { lang: "ar" }),
  repeated("comment prompts", "Leave a Reply\n\n"),
  repeated("about names", "About Ali Teymoori\n\n"),
  // Delimited and structured formats (for the format readers).
  repeated("tabs", "\t"),
  repeated("commas", ","),
  repeated("a quoted field of escaped quotes", '""', { prefix: '"', suffix: "x" }),
  repeated("rows of two columns", "a\tb\n"),
  repeated("one row of many columns", "a\t"),
  repeated("braces", "{"),
  repeated("brackets", "["),
  repeated("XML elements", "<tu><tuv><seg>x</seg></tuv></tu>"),
  repeated("XML attributes", ' a="b"', { prefix: "<tu" }),
  repeated("control characters", "\x1a"),
  shuffled("random special characters", [
    "<", ">", "!", "-", '"', "'", "«", "»", "(", ")", "[", "]", ".", "?", "؟", "…", "\n", " ", "\t", "&", ";", ":",
    ",", "/", "=", "a", "A", "ب", "<!--", "-->", "<p>", "</p>",
  ]),
];
