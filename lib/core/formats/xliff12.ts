// XLIFF 1.2 (OASIS), read only: CAT tools still write it. Each <trans-unit> with a source and a non-empty target
// is a unit; languages come from <file source-language target-language>. A unit is confirmed when it is
// approved="yes" or its target's state is final or signed-off, auto when the target has any other state, and
// left to the importer's default when the file says nothing. <alt-trans> (suggestions), <seg-source>, notes and
// the content of native codes (<bpt>, <ept>, <ph>, <it>) are not text of the unit.

import { FormatProblem } from "./problems";
import type { ParallelUnit } from "./types";
import type { XliffReadOptions } from "./xliff";
import { attribute, parseXmlStream, type XmlTag } from "./xml";

const SKIPPED = new Set(["alt-trans", "seg-source", "note", "bin-unit", "context-group", "count-group", "prop-group", "header"]);
const SKIPPED_INLINE = new Set(["bpt", "ept", "ph", "it", "sub"]);
const CONFIRMED_STATES = new Set(["final", "signed-off"]);

export function readXliff12(chunks: AsyncIterable<string> | Iterable<string>, options: XliffReadOptions = {}): AsyncGenerator<ParallelUnit> {
  return parseXmlStream<ParallelUnit>(chunks, (emit, position) => {
    let depth = 0;
    let sawRoot = false;
    let srcLang = "";
    let trgLang = "";
    let fileDocument: string | undefined;
    let unit: { id: string; line: number; approved: boolean; state?: string; source?: string; target?: string } | null = null;
    let into: "source" | "target" | null = null;
    let skipDepth = 0;

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
          if (!/^1\.[0-2]$/.test(version)) throw new FormatProblem("unsupported-version", { format: "XLIFF", version });
          return;
        }
        if (into) {
          if (SKIPPED_INLINE.has(tag.local)) skipDepth = 1;
          return;
        }
        if (SKIPPED.has(tag.local)) {
          skipDepth = 1;
          return;
        }
        switch (tag.local) {
          case "file":
            srcLang = attribute(tag, "source-language")?.trim() ?? "";
            trgLang = attribute(tag, "target-language")?.trim() ?? "";
            fileDocument = attribute(tag, "original");
            if (!srcLang) throw new FormatProblem("missing-language", { element: "file", ...position() });
            break;
          case "trans-unit":
            unit = { id: attribute(tag, "id") ?? "", line: position().line, approved: attribute(tag, "approved") === "yes" };
            break;
          case "source":
          case "target":
            if (unit) {
              into = tag.local;
              unit[into] = "";
              if (into === "target") {
                unit.state = attribute(tag, "state");
                trgLang ||= attribute(tag, "lang", true)?.trim() ?? "";
              }
            }
            break;
        }
      },
      text(value: string) {
        if (skipDepth === 0 && unit && into) unit[into] = (unit[into] ?? "") + value;
      },
      close(tag: XmlTag) {
        depth--;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (into && tag.local !== into) return;
        if (tag.local === "source" || tag.local === "target") into = null;
        else if (tag.local === "trans-unit" && unit) {
          if (!unit.source || !unit.target) options.onSkip?.(unit.line);
          else {
            if (!trgLang) throw new FormatProblem("missing-language", { element: "file", line: unit.line });
            const out: ParallelUnit = { texts: { [srcLang]: unit.source, [trgLang]: unit.target }, id: unit.id, line: unit.line };
            if (unit.approved || (unit.state && CONFIRMED_STATES.has(unit.state))) out.status = "confirmed";
            else if (unit.state) out.status = "auto";
            if (fileDocument !== undefined) out.document = fileDocument;
            emit(out);
          }
          unit = null;
        }
      },
      end() {
        if (!sawRoot) throw new FormatProblem("wrong-root", { found: "(none)", expected: "xliff" });
      },
    };
  });
}
