// TBX import and export: the TBX-Basic <martif> files most tools still write (ISO 30042:2008: termEntry, langSet,
// tig or ntig/termGrp) and ISO 30042:2019 <tbx> files (conceptEntry, langSec, termSec), the latter in DCA style
// (<termNote type="administrativeStatus">) or DCT style (<basic:administrativeStatus>). Parsed with saxes, a
// streaming parser that never reads a DTD or expands an entity it was not given: a file declaring a DTD is refused
// outright, so neither external entities nor entity bombs can reach us. Element names are compared without their
// namespace prefix.
//
// Mapped: subjectField -> domain; concept-level <note> and definition -> note; administrativeStatus or
// normativeAuthorization -> status; term-level <note> and usageNote -> the rendering's note. Our one extension is
// <admin type="conceptLabel">, written only when a concept's label is not its first preferred English term.

import { SaxesParser, type SaxesTagPlain } from "saxes";
import { MAX_XML_DEPTH } from "../formats/xml";
import { assembleConcepts, checkLanguage, defaultLabel, DEFAULT_MAX_CONCEPTS, type RawConcept, type ReadOptions, type RawRendering, type TermFileResult } from "./assemble";
import { termProblem, type TermProblem } from "./problems";
import { readStatus, tbxStatus } from "./status";
import type { TermBase, TermConcept } from "./types";

const CONCEPT = new Set(["termEntry", "conceptEntry"]);
const LANGUAGE = new Set(["langSet", "langSec"]);
const TERM_GROUP = new Set(["tig", "ntig", "termSec"]);
const CAPTURED = new Set(["term", "termNote", "descrip", "note", "admin", "administrativeStatus", "normativeAuthorization", "subjectField", "definition", "usageNote"]);

class Stop extends Error {}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Reads a TBX file. Fatal problems (malformed XML, a DTD, not TBX, too many entries) leave `concepts` empty. */
export function readTbx(xml: string, options: ReadOptions = {}): TermFileResult {
  const maxConcepts = options.maxConcepts ?? DEFAULT_MAX_CONCEPTS;
  const problems: TermProblem[] = [];
  const raw: RawConcept[] = [];
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const where = () => ({ line: parser.line, column: parser.column + 1 });

  const stack: string[] = [];
  let concept: RawConcept | undefined;
  let lang: string | undefined;
  let isLanguageKnown = false;
  let group: RawRendering | undefined;
  let capture: { name: string; type: string; text: string } | undefined;
  let captureDepth = 0;

  const fail = (problem: TermProblem): never => {
    problems.push(problem);
    throw new Stop();
  };

  parser.on("doctype", () => fail(termProblem("dtd-not-allowed", {}, where())));
  parser.on("error", (error) => {
    const reason = error.message.replace(/^\d+:\d+:\s*/, "");
    fail(termProblem("malformed-xml", { reason }, where()));
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (stack.length === 0 && name !== "martif" && name !== "tbx") fail(termProblem("not-tbx", { root: tag.name }, where()));
    // The readers of TMX and XLIFF refuse the same depth (see MAX_XML_DEPTH): no term file nests so deep.
    if (stack.length >= MAX_XML_DEPTH) fail(termProblem("malformed-xml", { reason: `elements are nested more than ${MAX_XML_DEPTH} deep` }, where()));
    stack.push(name);
    if (capture) {
      captureDepth++;
      return;
    }
    if (CONCEPT.has(name)) {
      if (raw.length >= maxConcepts) fail(termProblem("too-many-entries", { limit: maxConcepts }, where()));
      concept = { renderings: [], line: parser.line };
      const id = tag.attributes.id;
      if (id !== undefined) concept.id = id;
      raw.push(concept);
    } else if (LANGUAGE.has(name) && concept) {
      const code = tag.attributes["xml:lang"] ?? tag.attributes.lang;
      lang = checkLanguage(code, problems, where());
      isLanguageKnown = lang !== undefined;
    } else if (TERM_GROUP.has(name) && concept && lang !== undefined) {
      group = { lang, text: "", line: parser.line };
    } else if (CAPTURED.has(name) && concept) {
      capture = { name, type: tag.attributes.type ?? "", text: "" };
      captureDepth = 0;
    }
  });
  parser.on("text", (text) => {
    if (capture) capture.text += text;
  });
  parser.on("cdata", (text) => {
    if (capture) capture.text += text;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    stack.pop();
    if (capture) {
      if (captureDepth > 0) {
        captureDepth--;
        return;
      }
      takeCapture(capture, concept, group, isLanguageKnown, lang, problems, parser.line);
      capture = undefined;
      return;
    }
    if (TERM_GROUP.has(name) && group) {
      if (concept) concept.renderings.push(group);
      group = undefined;
    } else if (LANGUAGE.has(name)) {
      lang = undefined;
      isLanguageKnown = false;
    } else if (CONCEPT.has(name)) {
      concept = undefined;
    }
  });

  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { format: "tbx", concepts: [], problems };
  }
  return { format: "tbx", concepts: assembleConcepts(raw, problems), problems };
}

function takeCapture(
  capture: { name: string; type: string; text: string },
  concept: RawConcept | undefined,
  group: RawRendering | undefined,
  isLanguageKnown: boolean,
  lang: string | undefined,
  problems: TermProblem[],
  line: number,
): void {
  if (!concept) return;
  const kind = capture.name === "termNote" || capture.name === "descrip" || capture.name === "admin" ? capture.type : capture.name;
  const text = capture.text.trim();
  if (group) {
    if (kind === "term") group.text = capture.text;
    else if (kind === "administrativeStatus" || kind === "normativeAuthorization") {
      const status = readStatus(text);
      if (status) group.status = status;
      else problems.push(termProblem("unknown-status", { status: text, term: group.text.trim() }, { line }));
    } else if (kind === "note" || kind === "usageNote") {
      group.note = group.note ? `${group.note}; ${text}` : text;
    }
    return;
  }
  // Outside a term group: a term written straight in a langSet (some exporters skip the tig).
  if (kind === "term" && isLanguageKnown && lang !== undefined) {
    concept.renderings.push({ lang, text: capture.text, line });
  } else if (kind === "subjectField") {
    concept.domain = concept.domain ? `${concept.domain}; ${text}` : text;
  } else if (kind === "note" || kind === "definition") {
    if (text) concept.note = concept.note ? `${concept.note}\n${text}` : text;
  } else if (kind === "conceptLabel") {
    concept.label = text;
  }
}

export type TbxFlavor = "tbx-basic-2008" | "tbx-2019";

export interface WriteTbxOptions {
  /** "tbx-basic-2008" writes <martif> (what most tools read today), "tbx-2019" writes ISO 30042:2019 <tbx>. */
  flavor?: TbxFlavor;
  /** The file's xml:lang (default "en"). */
  lang?: string;
  /** Text of the header's sourceDesc. */
  description?: string;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

// An XML id must be an NCName; database ids are numbers, so they get a letter in front.
function xmlId(id: string | number): string {
  const text = String(id);
  return /^[A-Z_][\w.-]*$/i.test(text) ? text : `c${text.replace(/[^\w.-]/g, "_")}`;
}

/** Writes a term base as TBX-Basic (2008 <martif> or 2019 <tbx>), statuses on every term. */
export function writeTbx(base: TermBase, options: WriteTbxOptions = {}): string {
  const flavor = options.flavor ?? "tbx-basic-2008";
  const lang = escapeXml(options.lang ?? "en");
  const is2019 = flavor === "tbx-2019";
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const description = escapeXml(options.description ?? "Tarjuman term base");
  if (is2019) {
    out.push(`<tbx type="TBX-Basic" style="dca" xml:lang="${lang}" xmlns="urn:iso:std:iso:30042:ed-2">`);
    out.push(`  <tbxHeader><fileDesc><sourceDesc><p>${description}</p></sourceDesc></fileDesc></tbxHeader>`);
  } else {
    out.push(`<martif type="TBX-Basic" xml:lang="${lang}">`);
    out.push(`  <martifHeader><fileDesc><sourceDesc><p>${description}</p></sourceDesc></fileDesc>`);
    out.push(`    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>`);
  }
  out.push("  <text>", "    <body>");
  const [entry, section, group] = is2019 ? ["conceptEntry", "langSec", "termSec"] : ["termEntry", "langSet", "tig"];
  for (const concept of base.concepts) writeConcept(out, concept, entry, section, group);
  out.push("    </body>", "  </text>", is2019 ? "</tbx>" : "</martif>", "");
  return out.join("\n");
}

function writeConcept(out: string[], concept: TermConcept, entry: string, section: string, group: string): void {
  out.push(`      <${entry} id="${escapeXml(xmlId(concept.id))}">`);
  if (concept.domain) out.push(`        <descrip type="subjectField">${escapeXml(concept.domain)}</descrip>`);
  if (concept.label && concept.label !== defaultLabel(concept.renderings)) {
    out.push(`        <admin type="conceptLabel">${escapeXml(concept.label)}</admin>`);
  }
  if (concept.note) out.push(`        <note>${escapeXml(concept.note)}</note>`);
  const langs = [...new Set(concept.renderings.map((r) => r.lang))];
  for (const lang of langs) {
    out.push(`        <${section} xml:lang="${escapeXml(lang)}">`);
    for (const rendering of concept.renderings.filter((r) => r.lang === lang)) {
      out.push(`          <${group}>`);
      out.push(`            <term>${escapeXml(rendering.text)}</term>`);
      out.push(`            <termNote type="administrativeStatus">${tbxStatus(rendering.status)}</termNote>`);
      if (rendering.note) out.push(`            <note>${escapeXml(rendering.note)}</note>`);
      out.push(`          </${group}>`);
    }
    out.push(`        </${section}>`);
  }
  out.push(`      </${entry}>`);
}
