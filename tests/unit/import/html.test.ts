import { describe, expect, test } from "vitest";
import { MAX_HTML_DEPTH, parseHtml, parseText, type ImportedParagraph } from "@/lib/core/import";
import { readFixture } from "./helpers";

const texts = (html: string): string[] => parseHtml(html).paragraphs.map((p) => p.text);
const compact = (paragraphs: readonly ImportedParagraph[]): Array<[string, string, string?]> =>
  paragraphs.map((p) => (p.rule ? [p.kind, p.text, p.rule] : [p.kind, p.text]));

describe("HTML blocks", () => {
  test("block elements become paragraphs; inline elements do not split", () => {
    expect(texts("<p>One <b>bold</b> <a href='#'>link</a>.</p><p>Two.</p>")).toEqual(["One bold link.", "Two."]);
  });

  test("li, blockquote, td, th, pre, figcaption, dt and dd are paragraphs", () => {
    const html =
      "<ul><li>First</li><li>Second</li></ul><blockquote>Quoted</blockquote>" +
      "<table><tr><th>Head</th><td>Cell one</td><td>Cell two</td></tr></table>" +
      "<figure><img src='x.png' alt='ignored'><figcaption>Caption</figcaption></figure>" +
      "<dl><dt>Term</dt><dd>Definition</dd></dl><pre>line 1\n   line 2</pre>";
    expect(texts(html)).toEqual(["First", "Second", "Quoted", "Head", "Cell one", "Cell two", "Caption", "Term", "Definition", "line 1\nline 2"]);
  });

  test("h1-h6 are headings", () => {
    const result = parseHtml("<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6><p>Body.</p>");
    expect(result.paragraphs.map((p) => p.kind)).toEqual(["heading", "heading", "heading", "heading", "heading", "heading", "body"]);
    expect(result.paragraphs[0]).toEqual({ text: "One", kind: "heading", rule: "html-heading" });
  });

  test("<br> is a line break inside a paragraph; two of them end the paragraph", () => {
    expect(texts("<p>a<br>b<br/>c</p>")).toEqual(["a\nb\nc"]);
    expect(texts("<div>first<br><br>second<br> <br />third</div>")).toEqual(["first", "second", "third"]);
  });

  test("text directly inside a div with block children is kept, in order", () => {
    expect(texts("<div>before<div>inner<p>deepest</p>after inner</div>after</div>")).toEqual([
      "before",
      "inner",
      "deepest",
      "after inner",
      "after",
    ]);
  });

  test("entities are decoded and whitespace collapsed (NBSP kept inside text)", () => {
    expect(texts("<p>  a &amp; b &lt;tag&gt;\n\t &eacute;&#1587;&#x644;&nbsp;x &rsquo;  </p>")).toEqual(["a & b <tag> éسل\u00a0x ’"]);
    expect(texts("<p>&nbsp;</p><p> \n </p>")).toEqual([]);
  });

  test("ZWNJ and Arabic letters inside markup are preserved", () => {
    expect(texts("<p>می&zwnj;خواهم کتاب\u200cها</p>")).toEqual(["می\u200cخواهم کتاب\u200cها"]);
  });

  test("script, style, noscript, template, iframe, svg and head content is dropped", () => {
    const html =
      "<head><title>T</title><style>x{}</style><meta name=a></head>" +
      "<p>Keep</p><script>var leak = 1;</script><style>.leak{}</style><noscript>leak</noscript>" +
      "<template><p>leak</p></template><iframe>leak</iframe><svg><text>leak</text></svg><math><mi>leak</mi></math>";
    expect(texts(html)).toEqual(["Keep"]);
  });

  test("a button stands alone", () => {
    expect(texts("<p>Title text <button>Menu</button> more</p>")).toEqual(["Title text", "Menu", "more"]);
  });

  test("hidden content is dropped", () => {
    expect(texts("<p>Shown<span hidden>hidden</span></p><div aria-hidden='true'>icon</div><div style='display: none'>x</div>")).toEqual(["Shown"]);
  });

  test("nav, header, footer, aside and form are boilerplate, and say so", () => {
    const result = parseHtml(
      "<header><a href='/'>Site</a></header><nav><a>Home</a></nav><article><p>Body.</p></article>" +
        "<aside>Related</aside><form><label>Name *</label></form><footer>Footer</footer>",
    );
    expect(compact(result.paragraphs)).toEqual([
      ["boilerplate", "Site", "html-header"],
      ["boilerplate", "Home", "html-nav"],
      ["body", "Body."],
      ["boilerplate", "Related", "html-aside"],
      ["boilerplate", "Name *", "html-form"],
      ["boilerplate", "Footer", "html-footer"],
    ]);
  });

  test("a header inside an article is the article's own and stays content", () => {
    expect(compact(parseHtml("<article><header><h1>Title</h1><p>Byline text.</p></header><p>Body.</p></article>").paragraphs)).toEqual([
      ["heading", "Title", "html-heading"],
      ["body", "Byline text."],
      ["body", "Body."],
    ]);
  });

  test("landmark roles and theme class names mark chrome", () => {
    const result = parseHtml("<div role='navigation'>Menu</div><div class='post sharedaddy'>Share</div><div class='content-sidebar-wrap'><p>Body.</p></div>");
    expect(compact(result.paragraphs)).toEqual([
      ["boilerplate", "Menu", "html-role"],
      ["boilerplate", "Share", "html-class"],
      ["body", "Body."],
    ]);
  });

  test("the title comes from <title>, else from the first h1", () => {
    expect(parseHtml("<html><head><title> A   page </title></head><body><h1>H</h1></body></html>").title).toBe("A page");
    expect(parseHtml("<h1>First <i>heading</i></h1><h1>Second</h1>").title).toBe("First heading");
    expect(parseHtml("<p>Intro.</p><h1><span>Inside</span> a span</h1>").title).toBe("Inside a span");
    expect(parseHtml("<header><h1>Site Logo</h1></header><main><h1>Article</h1></main>").title).toBe("Article");
    expect(parseHtml("<p>No title.</p>").title).toBeNull();
    expect(texts("<head><title>Page</title></head><p>Body.</p><title>Second title</title>")).toEqual(["Body."]);
  });
});

describe("hostile HTML yields only text", () => {
  test("event handlers, javascript: URLs and other attributes never reach the text", () => {
    const html =
      `<p onclick="alert(1)" onmouseover='steal()'>Click <a href="javascript:alert(document.cookie)">here</a>` +
      `<img src=x onerror=alert(1)></p><div style="background:url(javascript:alert(1))">Styled</div>`;
    expect(texts(html)).toEqual(["Click here", "Styled"]);
  });

  test("unclosed tags", () => {
    expect(texts("<div><p>unclosed<div>deeper <b>bold <i>both")).toEqual(["unclosed", "deeper bold both"]);
    expect(texts("<ul><li>one<li>two</ul><p>three<p>four")).toEqual(["one", "two", "three", "four"]);
  });

  test("a script inside a paragraph, even one that writes markup, is dropped", () => {
    expect(texts("<p>before <script>document.write('<p>evil</p>')</script>after</p>")).toEqual(["before after"]);
    expect(texts("<p>a<script>unterminated <p>evil")).toEqual(["a"]);
  });

  test("comments, CDATA, processing instructions and doctype are not text", () => {
    expect(texts("<!DOCTYPE html><?xml version='1.0'?><!-- comment <p>no</p> --><p>yes<![CDATA[ no ]]></p>")).toEqual(["yes"]);
  });

  test("100,000 nested elements: the text survives and parsing stays linear", () => {
    const n = 100_000;
    expect(texts("<div>".repeat(n) + "deep text" + "</div>".repeat(n))).toEqual(["deep text"]);
    expect(texts("<b>".repeat(n) + "x" + "</span>".repeat(n))).toEqual(["x"]);
  });

  test("past the depth cap every piece of text is kept once and in order", () => {
    const count = 3 * MAX_HTML_DEPTH;
    const html = Array.from({ length: count }, (_, i) => `<div><span>${i}</span>`).join("");
    expect(texts(html)).toEqual(Array.from({ length: count }, (_, i) => String(i)));
  });
});

describe("a whole page", () => {
  test("the WordPress-like fixture: content, headings and chrome", () => {
    const result = parseText(readFixture("wordpress-page.html"), { lang: "en" });
    expect(result.format).toBe("html");
    expect(result.title).toBe("Letter from Islamic Jihad – Example News");
    expect(compact(result.paragraphs)).toEqual([
      ["boilerplate", "Example News", "html-header"],
      ["boilerplate", "Home", "html-header"],
      ["boilerplate", "World", "html-header"],
      ["boilerplate", "Home » World » Middle East", "html-class"],
      ["heading", "Letter from Palestinian Islamic Jihad", "html-heading"],
      ["body", "In a letter to the Leader, the secretary general hails Iran’s support & thanks the Quds Force."],
      ["body", "He added:\n“constant, continued and open support”\nplayed the leading role."],
      ["body", "Text directly in a div"],
      ["body", "A nested paragraph."],
      ["body", "more stray text after the block"],
      ["body", "Despite the enemy’s upper hand, fighters entered the battlefield."],
      ["body", "First item"],
      ["body", "Second item"],
      ["body", "A paragraph with an inline script removed."],
      ["heading", "What follows", "html-heading"],
      ["body", "Final words of the letter."],
      ["boilerplate", "Share this:", "html-class"],
      ["boilerplate", "Facebook", "html-class"],
      ["boilerplate", "Twitter", "html-class"],
      ["boilerplate", "About Ali Teymoori", "html-class"],
      ["boilerplate", "Check Also", "related-marker"],
      ["boilerplate", "What Is the Story of the Shooting Competition?", "related-teaser"],
      ["boilerplate", "What is the story related to the shooting competition?...", "related-teaser"],
      ["boilerplate", "Leave a Reply", "html-class"],
      ["boilerplate", "Your email address will not be published. Required fields are marked *", "html-class"],
      ["boilerplate", "Name *", "html-class"],
      ["boilerplate", "Recent Posts", "html-aside"],
      ["boilerplate", "Another post", "html-aside"],
      ["boilerplate", "© 2021 Example News. All rights reserved.", "html-footer"],
    ]);
    expect(result.paragraphs.some((p) => p.text.includes("LEAK") || p.text.includes("Skip to content"))).toBe(false);
  });

  test("a 1 MB page is parsed (no timing assertion: CI machines vary)", () => {
    const paragraph = "<p>In a letter to the Leader, the secretary general hails the <b>support</b> &amp; the victory.</p>\n";
    const repeats = Math.ceil((1024 * 1024) / paragraph.length);
    const html = `<!DOCTYPE html><html><head><title>Big</title></head><body><nav>Menu</nav>${paragraph.repeat(repeats)}</body></html>`;
    const result = parseText(html, { lang: "en" });
    expect(result.paragraphs).toHaveLength(repeats + 1);
    expect(result.paragraphs[1]).toEqual({ text: "In a letter to the Leader, the secretary general hails the support & the victory.", kind: "body" });
  });
});
