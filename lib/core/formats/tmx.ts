// TMX 1.4b (LISA OSCAR): one <tu> per unit with a <tuv xml:lang> per language that has text. Our metadata goes
// into <prop type="x-…"> (the "x-" prefix is TMX's convention for user-defined types): x-document, x-status,
// x-score, x-reviewer. Validated against the TMX 1.4b DTD in the tests (no DOCTYPE is written: a reader that
// honoured `SYSTEM "tmx14.dtd"` would look for the file next to the export).
//
// The reader takes any number of languages, `xml:lang` or the deprecated `lang` (TMX ≤ 1.3), and the text of a
// <seg> without its native codes (<bpt>, <ept>, <it>, <ph>, <ut> hold the original format's markup, not text).

import { formatTmxDate, parseTmxDate } from "./dates";
import { FormatProblem } from "./problems";
import { formatScore, isParallel, presentLanguages, type FormatWriter, type ParallelUnit, type UnitStatus, type WriterInfo } from "./types";
import { attribute, escapeXmlAttribute as attr, escapeXmlText as text, parseXmlStream, XML_DECLARATION, type XmlPosition, type XmlTag } from "./xml";

export function createTmxWriter(info: WriterInfo): FormatWriter {
  const { langs } = info;
  return {
    header: () =>
      XML_DECLARATION +
      '<tmx version="1.4">\n' +
      `  <header creationtool="${attr(info.tool.name)}" creationtoolversion="${attr(info.tool.version)}" segtype="${info.unitKind}"` +
      ` o-tmf="${attr(info.tool.name)}" adminlang="en" srclang="${attr(langs[0] ?? "*all*")}" datatype="plaintext"` +
      ` creationdate="${formatTmxDate(info.created)}"/>\n  <body>\n`,
    unit(unit) {
      if (!isParallel(unit, langs)) return "";
      const dates =
        (unit.created ? ` creationdate="${formatTmxDate(unit.created)}"` : "") + (unit.changed ? ` changedate="${formatTmxDate(unit.changed)}"` : "");
      const props = [
        unit.document !== undefined ? prop("x-document", unit.document) : "",
        unit.status ? prop("x-status", unit.status) : "",
        unit.score !== undefined ? prop("x-score", formatScore(unit.score)) : "",
        unit.reviewer ? prop("x-reviewer", unit.reviewer) : "",
      ].join("");
      const variants = presentLanguages(unit, langs)
        .map((lang) => `      <tuv xml:lang="${attr(lang)}"><seg>${text(unit.texts[lang]!)}</seg></tuv>\n`)
        .join("");
      return `    <tu${unit.id ? ` tuid="${attr(unit.id)}"` : ""}${dates}>\n${props}${variants}    </tu>\n`;
    },
    footer: () => "  </body>\n</tmx>\n",
  };
}

function prop(type: string, value: string): string {
  return `      <prop type="${type}">${text(value)}</prop>\n`;
}

/** Native codes inside <seg>: their content is the original format's markup, not text. */
const CODE_ELEMENTS = new Set(["bpt", "ept", "it", "ph", "ut"]);

interface OpenUnit {
  unit: ParallelUnit;
  where: XmlPosition;
  props: Map<string, string>;
}

/** Yields every <tu> of a TMX file; throws FormatProblem for malformed XML, a <tuv> without language, or a <tu> with fewer than two. */
export function readTmx(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ParallelUnit> {
  return parseXmlStream<ParallelUnit>(chunks, (emit, position) => {
    let depth = 0;
    let sawRoot = false;
    let tu: OpenUnit | null = null;
    let tuvLang: string | null = null;
    let segText: string | null = null;
    let propType: string | null = null;
    let propText = "";
    let codeDepth = 0;

    return {
      open(tag: XmlTag) {
        depth++;
        if (depth === 1) {
          if (tag.local !== "tmx") throw new FormatProblem("wrong-root", { found: tag.name, expected: "tmx" });
          sawRoot = true;
          const version = attribute(tag, "version") ?? "";
          if (!/^1(?:\.\d+)*$/.test(version)) throw new FormatProblem("unsupported-version", { format: "TMX", version });
          return;
        }
        if (segText !== null) {
          if (CODE_ELEMENTS.has(tag.local) || codeDepth > 0) codeDepth++;
          return;
        }
        switch (tag.local) {
          case "tu":
            tu = { unit: { texts: {}, line: position().line }, where: position(), props: new Map() };
            if (attribute(tag, "tuid")) tu.unit.id = attribute(tag, "tuid");
            tu.unit.created = parseTmxDate(attribute(tag, "creationdate"));
            tu.unit.changed = parseTmxDate(attribute(tag, "changedate"));
            break;
          case "tuv": {
            const lang = (attribute(tag, "lang", true) ?? attribute(tag, "lang"))?.trim();
            if (!lang) throw new FormatProblem("missing-language", { element: "tuv", ...position() });
            tuvLang = lang;
            break;
          }
          case "seg":
            if (tu && tuvLang) segText = "";
            break;
          case "prop":
            if (tu && !tuvLang) {
              propType = attribute(tag, "type") ?? "";
              propText = "";
            }
            break;
        }
      },
      text(value: string) {
        if (segText !== null && codeDepth === 0) segText += value;
        else if (propType !== null) propText += value;
      },
      close(tag: XmlTag) {
        depth--;
        if (segText !== null && tag.local !== "seg") {
          if (codeDepth > 0) codeDepth--;
          return;
        }
        switch (tag.local) {
          case "seg":
            if (tu && tuvLang && segText !== null) {
              const previous = tu.unit.texts[tuvLang];
              tu.unit.texts[tuvLang] = previous ? `${previous} ${segText}` : segText;
            }
            segText = null;
            break;
          case "tuv":
            tuvLang = null;
            break;
          case "prop":
            if (tu && propType !== null) tu.props.set(propType, propText);
            propType = null;
            break;
          case "tu":
            if (tu) emit(finishUnit(tu));
            tu = null;
            break;
        }
      },
      end() {
        if (!sawRoot) throw new FormatProblem("wrong-root", { found: "(none)", expected: "tmx" });
      },
    };
  });
}

function finishUnit({ unit, where, props }: OpenUnit): ParallelUnit {
  const langs = Object.keys(unit.texts);
  const present = presentLanguages(unit, langs);
  if (present.length < 2) throw new FormatProblem("single-language", { lang: present[0] ?? langs[0] ?? "none", line: where.line, column: where.column });
  const status = props.get("x-status");
  if (status === "confirmed" || status === "auto") unit.status = status as UnitStatus;
  const score = Number(props.get("x-score"));
  if (props.has("x-score") && Number.isFinite(score) && score >= 0 && score <= 1) unit.score = score;
  if (props.get("x-reviewer")) unit.reviewer = props.get("x-reviewer");
  if (props.has("x-document")) unit.document = props.get("x-document");
  if (!unit.created) delete unit.created;
  if (!unit.changed) delete unit.changed;
  return unit;
}
