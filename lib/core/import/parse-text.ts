// The import pipeline for one text: language tag, size and line ends, format, paragraphs, boilerplate and
// headings, then the language check on what is left. Every failure is an ImportProblem.

import { parseLanguageTag, type LanguageTag } from "@/lib/core/lang/languages";
import { markBoilerplate } from "./boilerplate";
import { prepareText } from "./decode";
import { detectFormat } from "./format";
import { markHeadings } from "./headings";
import { parseHtml } from "./html";
import { checkLanguage } from "./language-check";
import { splitPlainParagraphs } from "./plain";
import { ImportProblem } from "./problems";
import type { ImportedParagraph, KindMark, ParsedText, SourceFormat } from "./types";

export interface ParseTextOptions {
  /** BCP-47 tag of the text's language ("fa", "ar-EG"). */
  lang: string;
  format?: SourceFormat | "auto";
}

/** Whitespace and the invisible format characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) hold no text. */
const BLANK = /^[\s\u200b-\u200d\u2060]*$/u;

/** Parses a pasted or decoded text into paragraphs; throws ImportProblem. Stored text is never normalized. */
export function parseText(text: string, options: ParseTextOptions): ParsedText {
  const tag = parseLanguageOrThrow(options.lang);
  const prepared = prepareText(text);
  if (BLANK.test(prepared)) throw new ImportProblem("empty");

  const format = !options.format || options.format === "auto" ? detectFormat(prepared) : options.format;
  const { title, paragraphs } = format === "html" ? parseHtmlText(prepared, tag) : parsePlainText(prepared, tag);
  if (paragraphs.length === 0) throw new ImportProblem("no-paragraphs", { format });

  const content = bodyTexts(paragraphs);
  checkLanguage(content.length > 0 ? content : paragraphs.map((p) => p.text), tag);
  return { format, title, paragraphs };
}

/** The texts of the paragraphs that are not boilerplate: what an import checks the language of and aligns. */
export function bodyTexts(paragraphs: readonly ImportedParagraph[]): string[] {
  return paragraphs.filter((p) => p.kind !== "boilerplate").map((p) => p.text);
}

function parseLanguageOrThrow(lang: string): LanguageTag {
  const parsed = parseLanguageTag(lang);
  if (parsed.ok) return parsed.tag;
  throw new ImportProblem(parsed.reason === "malformed" ? "malformed-language" : "unsupported-language", { lang });
}

function parsePlainText(text: string, tag: LanguageTag): { title: string | null; paragraphs: ImportedParagraph[] } {
  const texts = splitPlainParagraphs(text);
  const marks = markHeadings(texts, markBoilerplate(texts, tag.code));
  const paragraphs = texts.map((t, index) => toParagraph(t, marks[index]!));
  // The title is a heading that comes before any body paragraph (breadcrumbs and other clutter may precede it).
  const lead = paragraphs.find((p) => p.kind !== "boilerplate");
  return { title: lead?.kind === "heading" ? lead.text : null, paragraphs };
}

// Structure decides first (a <nav> is chrome, an <h2> a heading); the text rules then catch the clutter that
// themes put in ordinary elements ("Leave a Reply" in an <h3>, a share bar in a <div>).
function parseHtmlText(text: string, tag: LanguageTag): { title: string | null; paragraphs: ImportedParagraph[] } {
  const parsed = parseHtml(text);
  const textMarks = markBoilerplate(
    parsed.paragraphs.map((p) => p.text),
    tag.code,
  );
  const paragraphs = parsed.paragraphs.map((p, index) => {
    const textMark = textMarks[index]!;
    if (p.kind !== "boilerplate" && textMark.kind === "boilerplate") return toParagraph(p.text, textMark);
    return p;
  });
  return { title: parsed.title, paragraphs };
}

function toParagraph(text: string, mark: KindMark): ImportedParagraph {
  return mark.rule ? { text, kind: mark.kind, rule: mark.rule } : { text, kind: mark.kind };
}
