// XLIFF 2.0 (OASIS, core + the Metadata module). One file per language pair: <xliff srcLang trgLang>, one <file>
// per document (its title in the file's metadata and `original`), one <unit> per exported unit holding one
// <segment> with <source> and <target>. The directions go into srcDir/trgDir on <file>; the row status becomes the
// segment `state` (confirmed → final, auto → translated); score and reviewer go into <mda:metadata> on the unit,
// the place the core schema leaves for module elements (before <notes> and the segments).
//
// The reader takes XLIFF 2.x: each segment with a source and a non-empty target is a unit (a segment left
// untranslated is normal in a CAT tool's file and is skipped, not refused). Inline codes are dropped, the text
// inside paired codes (<pc>, <mrk>) kept, and <cp hex> turned back into its character.

import { directionOf } from "@/lib/core/lang/languages";
import { FormatProblem } from "./problems";
import { formatScore, isParallel, type FormatWriter, type ParallelUnit, type UnitStatus, type WriterInfo } from "./types";
import { attribute, escapeXmlAttribute as attr, escapeXmlText as text, parseXmlStream, XML_DECLARATION, type XmlTag } from "./xml";

export const XLIFF_2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
export const METADATA_NAMESPACE = "urn:oasis:names:tc:xliff:metadata:2.0";

const STATE_OF: Record<UnitStatus, string> = { confirmed: "final", auto: "translated" };

/** A writer for one language pair: `info.langs` is [source, target]. */
export function createXliffWriter(info: WriterInfo): FormatWriter {
  const [source, target] = info.langs as [string, string];
  let files = 0;
  let units = 0;
  let currentDocument: string | undefined;

  const openFile = (document: string | undefined) => {
    files++;
    currentDocument = document;
    const title = document ?? "";
    return (
      `  <file id="f${files}"${document !== undefined ? ` original="${attr(title)}"` : ""} srcDir="${directionOf(source)}" trgDir="${directionOf(target)}" xml:space="preserve">\n` +
      (document !== undefined ? metadata("    ", "document", [["title", title]]) : "")
    );
  };

  return {
    header: () =>
      XML_DECLARATION +
      `<xliff xmlns="${XLIFF_2_NAMESPACE}" xmlns:mda="${METADATA_NAMESPACE}" version="2.0" srcLang="${attr(source)}" trgLang="${attr(target)}">\n`,
    unit(unit) {
      if (!isParallel(unit, [source, target])) return "";
      let out = "";
      if (files === 0) out += openFile(unit.document);
      else if (unit.document !== currentDocument) out += "  </file>\n" + openFile(unit.document);
      units++;
      const metas: Array<[string, string]> = [];
      if (unit.score !== undefined) metas.push(["score", formatScore(unit.score)]);
      if (unit.reviewer) metas.push(["reviewer", unit.reviewer]);
      const state = unit.status ? ` state="${STATE_OF[unit.status]}"` : "";
      out +=
        `    <unit id="u${attr(unit.id ?? String(units))}">\n` +
        (metas.length > 0 ? metadata("      ", "tarjuman", metas) : "") +
        `      <segment id="s1"${state}>\n` +
        `        <source>${text(unit.texts[source]!)}</source>\n` +
        `        <target>${text(unit.texts[target]!)}</target>\n` +
        "      </segment>\n    </unit>\n";
      return out;
    },
    footer: () => (files > 0 ? "  </file>\n" : "") + "</xliff>\n",
  };
}

function metadata(indent: string, category: string, metas: ReadonlyArray<[string, string]>): string {
  return (
    `${indent}<mda:metadata>\n${indent}  <mda:metaGroup category="${category}">\n` +
    metas.map(([type, value]) => `${indent}    <mda:meta type="${type}">${text(value)}</mda:meta>\n`).join("") +
    `${indent}  </mda:metaGroup>\n${indent}</mda:metadata>\n`
  );
}

export interface XliffReadOptions {
  /** Told about each segment left out for having no target (or no source). */
  onSkip?: (line: number) => void;
}

/** Elements whose whole content is not text of the segment. */
const SKIPPED_IN_SEGMENT = new Set(["originalData", "notes", "ph", "sc", "ec", "sm", "em"]);

/** Yields every translated segment of an XLIFF 2.x file as a unit of two languages. */
export function readXliff2(chunks: AsyncIterable<string> | Iterable<string>, options: XliffReadOptions = {}): AsyncGenerator<ParallelUnit> {
  return parseXmlStream<ParallelUnit>(chunks, (emit, position) => {
    let depth = 0;
    let sawRoot = false;
    let srcLang = "";
    let trgLang = "";
    let fileId = "";
    let fileDocument: string | undefined;
    let unitId = "";
    let unitMetas = new Map<string, string>();
    let segments: Array<{ id: string; line: number; state?: string; source?: string; target?: string }> = [];
    let segment: (typeof segments)[number] | null = null;
    let into: "source" | "target" | null = null;
    let skipDepth = 0;
    let metaType: string | null = null;
    let metaText = "";
    let inFileMetadata = false;

    return {
      open(tag: XmlTag) {
        depth++;
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (depth === 1) {
          if (tag.local !== "xliff") throw new FormatProblem("wrong-root", { found: tag.name, expected: "xliff" });
          sawRoot = true;
          const version = attribute(tag, "version") ?? "";
          if (!/^2\.\d+$/.test(version)) throw new FormatProblem("unsupported-version", { format: "XLIFF", version });
          srcLang = attribute(tag, "srcLang")?.trim() ?? "";
          trgLang = attribute(tag, "trgLang")?.trim() ?? "";
          if (!srcLang) throw new FormatProblem("missing-language", { element: "xliff", ...position() });
          return;
        }
        if (into) {
          if (tag.local === "cp") {
            const code = Number.parseInt(attribute(tag, "hex") ?? "", 16);
            if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) appendText(String.fromCodePoint(code));
          } else if (SKIPPED_IN_SEGMENT.has(tag.local)) skipDepth = 1;
          return;
        }
        switch (tag.local) {
          case "file":
            fileId = attribute(tag, "id") ?? "";
            fileDocument = attribute(tag, "original");
            break;
          case "unit":
            unitId = attribute(tag, "id") ?? "";
            unitMetas = new Map();
            segments = [];
            break;
          case "metadata":
            inFileMetadata = unitId === "";
            break;
          case "meta":
            metaType = attribute(tag, "type") ?? "";
            metaText = "";
            break;
          case "segment":
            segment = { id: attribute(tag, "id") ?? String(segments.length + 1), line: position().line, state: attribute(tag, "state") };
            break;
          case "source":
          case "target":
            if (segment) {
              into = tag.local;
              segment[into] = "";
            }
            break;
          case "notes":
          case "originalData":
          case "skeleton":
          case "ignorable":
            skipDepth = 1;
            break;
        }
      },
      text(value: string) {
        if (skipDepth > 0) return;
        if (into) appendText(value);
        else if (metaType !== null) metaText += value;
      },
      close(tag: XmlTag) {
        depth--;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (into && tag.local !== into) return;
        switch (tag.local) {
          case "source":
          case "target":
            into = null;
            break;
          case "meta":
            if (metaType !== null) {
              if (inFileMetadata && metaType === "title") fileDocument = metaText;
              else if (!inFileMetadata) unitMetas.set(metaType, metaText);
            }
            metaType = null;
            break;
          case "metadata":
            inFileMetadata = false;
            break;
          case "segment":
            if (segment) segments.push(segment);
            segment = null;
            break;
          case "unit":
            segments.forEach((s) => {
              if (!s.source || !s.target) {
                options.onSkip?.(s.line);
                return;
              }
              if (!trgLang) throw new FormatProblem("missing-language", { element: "xliff", line: s.line });
              emit(unitOf(s, segments.length > 1 ? `${fileId}/${unitId}/${s.id}` : `${fileId}/${unitId}`));
            });
            unitId = "";
            break;
          case "file":
            fileId = "";
            fileDocument = undefined;
            break;
        }
      },
      end() {
        if (!sawRoot) throw new FormatProblem("wrong-root", { found: "(none)", expected: "xliff" });
      },
    };

    function appendText(value: string) {
      if (segment && into) segment[into] = (segment[into] ?? "") + value;
    }

    function unitOf(s: (typeof segments)[number], id: string): ParallelUnit {
      const unit: ParallelUnit = { texts: { [srcLang]: s.source!, [trgLang]: s.target! }, id, line: s.line };
      // The core's default state is "initial": a file that says nothing says the translation is not done.
      const state = s.state ?? "initial";
      unit.status = state === "final" || state === "reviewed" ? "confirmed" : "auto";
      const score = Number(unitMetas.get("score"));
      if (unitMetas.has("score") && Number.isFinite(score) && score >= 0 && score <= 1) unit.score = score;
      if (unitMetas.get("reviewer")) unit.reviewer = unitMetas.get("reviewer");
      if (fileDocument !== undefined) unit.document = fileDocument;
      return unit;
    }
  });
}
