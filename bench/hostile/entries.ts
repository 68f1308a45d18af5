// The import core's parser entry points, registered for `npm run bench:hostile`. A later format reader registers
// itself in a module of its own beside this one, imported below.

import { parseLanguageTag, type LanguageTag } from "@/lib/core/lang/languages";
import {
  checkLanguage,
  decodeUpload,
  detectFormat,
  markBoilerplate,
  markHeadings,
  normalizeText,
  parseHtml,
  parseText,
  prepareText,
  splitPlainParagraphs,
  type KindMark,
} from "@/lib/core/import";
import { roughBreaks, splitSentences } from "@/lib/core/text/sentences";
import { registerHostileEntry } from "./registry";
import "./formats";

function tagOf(lang: string): LanguageTag {
  const parsed = parseLanguageTag(lang);
  if (!parsed.ok) throw new Error(`bad language ${lang}`);
  return parsed.tag;
}

registerHostileEntry({ name: "text (plain)", run: (text: string, { lang }) => parseText(text, { lang, format: "plain" }) });
registerHostileEntry({ name: "text (auto)", run: (text: string, { lang }) => parseText(text, { lang, format: "auto" }) });
registerHostileEntry({ name: "text (html)", run: (text: string, { lang }) => parseText(text, { lang, format: "html" }) });
registerHostileEntry({ name: "prepare text", run: (text: string) => prepareText(text) });
registerHostileEntry({
  name: "decode upload",
  prepare: (text) => new TextEncoder().encode(text),
  run: (bytes: Uint8Array) => decodeUpload(bytes),
});
registerHostileEntry({ name: "detect format", run: (text: string) => detectFormat(text) });
registerHostileEntry({ name: "plain paragraphs", run: (text: string) => splitPlainParagraphs(normalizeText(text)) });
registerHostileEntry({ name: "html", run: (text: string) => parseHtml(text) });
registerHostileEntry({
  name: "headings",
  prepare: (text) => splitPlainParagraphs(normalizeText(text)),
  run: (paragraphs: string[]) => markHeadings(paragraphs, paragraphs.map((): KindMark => ({ kind: "body" }))),
});
registerHostileEntry({
  name: "boilerplate",
  prepare: (text) => splitPlainParagraphs(normalizeText(text)),
  run: (paragraphs: string[], { lang }) => markBoilerplate(paragraphs, lang),
});
registerHostileEntry({ name: "sentences", run: (text: string, { lang }) => splitSentences(text, lang) });
registerHostileEntry({ name: "rough breaks", run: (text: string) => roughBreaks(text) });
registerHostileEntry({
  name: "language check",
  prepare: (text, { lang }) => ({ text, tag: tagOf(lang) }),
  run: ({ text, tag }: { text: string; tag: LanguageTag }) => checkLanguage([text], tag),
});
