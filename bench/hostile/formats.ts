// The parallel-corpus and term-base readers, registered for `npm run bench:hostile`: TMX, XLIFF 2.0 and 1.2, TSV,
// JSONL, Moses pairs, the format sniffer, TBX and term CSV. The streaming readers get the text in 64 KiB chunks, as
// an upload arrives, and are drained to the end. Besides the shared inputs each gets its own syntax at scale: many
// well-formed units (the common case, which must also be linear), and the shapes that strain its parser.

import { readJsonl, readMosesPair, readTmx, readTsv, readXliff12, readXliff2, sniffFormat } from "@/lib/core/formats";
import type { ParallelUnit } from "@/lib/core/formats";
import { readTbx, readTermCsv } from "@/lib/core/terms";
import { repeated, utf8Length, type HostileInput } from "./inputs";
import { registerHostileEntry } from "./registry";

const CHUNK_CHARS = 64 * 1024;

function* chunksOf(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += CHUNK_CHARS) yield text.slice(at, at + CHUNK_CHARS);
}

async function drain(units: AsyncIterable<ParallelUnit>): Promise<number> {
  let count = 0;
  for await (const unit of units) if (unit) count++;
  return count;
}

/** prefix + unit(0) + unit(1) + ... + suffix, as many units as fit in `bytes`: ids that differ, as real files have. */
function counted(name: string, prefix: string, unit: (k: number) => string, suffix: string, lang = "en"): HostileInput {
  return {
    name,
    lang,
    make: (bytes) => {
      const parts = [prefix];
      let size = utf8Length(prefix) + utf8Length(suffix);
      for (let k = 0; ; k++) {
        const piece = unit(k);
        const length = utf8Length(piece);
        if (size + length > bytes) break;
        parts.push(piece);
        size += length;
      }
      parts.push(suffix);
      return parts.join("");
    },
  };
}

const TMX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="paragraph" o-tmf="x" adminlang="en" creationtool="x" creationtoolversion="1"/><body>\n';
const XLIFF2_HEAD = '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fa"><file id="f">\n';
const XLIFF12_HEAD = '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fa" datatype="plaintext" original="x"><body>\n';
const TBX_HEAD = '<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n';

const xmlShapes = (name: string, head: string, open: string): HostileInput[] => [
  repeated(`${name}: nested elements never closed`, open, { prefix: head }),
  repeated(`${name}: entities in a segment`, "&amp;&#1576;&#x628;&lt;", { prefix: `${head}${open}` }),
  repeated(`${name}: one comment never closed`, "-", { prefix: `${head}<!--` }),
  repeated(`${name}: attributes on one element`, ' a="b"', { prefix: `${head}<x` }),
  repeated(`${name}: CDATA sections`, "<![CDATA[a]]>", { prefix: `${head}${open}` }),
];

registerHostileEntry({
  name: "tmx",
  run: (text: string) => drain(readTmx(chunksOf(text))),
  inputs: [
    counted("tmx: units", TMX_HEAD, (k) => `<tu tuid="${k}"><tuv xml:lang="en"><seg>Unit ${k}.</seg></tuv><tuv xml:lang="fa"><seg>واحد ${k}.</seg></tuv></tu>\n`, "</body></tmx>\n"),
    ...xmlShapes("tmx", TMX_HEAD, "<tu><tuv><seg>"),
  ],
});
registerHostileEntry({
  name: "xliff 2.0",
  run: (text: string) => drain(readXliff2(chunksOf(text))),
  inputs: [
    counted("xliff 2.0: units", XLIFF2_HEAD, (k) => `<unit id="u${k}"><segment><source>Unit ${k}.</source><target>واحد ${k}.</target></segment></unit>\n`, "</file></xliff>\n"),
    ...xmlShapes("xliff 2.0", XLIFF2_HEAD, "<unit><segment><source>"),
  ],
});
registerHostileEntry({
  name: "xliff 1.2",
  run: (text: string) => drain(readXliff12(chunksOf(text))),
  inputs: [
    counted("xliff 1.2: units", XLIFF12_HEAD, (k) => `<trans-unit id="t${k}"><source>Unit ${k}.</source><target>واحد ${k}.</target></trans-unit>\n`, "</body></file></xliff>\n"),
    ...xmlShapes("xliff 1.2", XLIFF12_HEAD, "<trans-unit><source>"),
  ],
});
registerHostileEntry({
  name: "tsv",
  run: (text: string) => drain(readTsv(chunksOf(text), { langs: ["en", "fa"] })),
  inputs: [
    counted("tsv: rows", "", (k) => `Row ${k}.\tردیف ${k}.\n`, ""),
    repeated("tsv: escaped characters", "\\t\\n\\\\", { prefix: "a\t" }),
  ],
});
registerHostileEntry({
  name: "jsonl",
  run: (text: string) => drain(readJsonl(chunksOf(text))),
  inputs: [
    counted("jsonl: lines", "", (k) => `{"en": "Line ${k}.", "fa": "خط ${k}."}\n`, ""),
    repeated("jsonl: nested arrays on one line", "[", { suffix: "\n" }),
    repeated("jsonl: escapes in a string", "\\u0628\\\"", { prefix: '{"en": "', suffix: '"}\n' }),
  ],
});
// A Moses pair is two files: each side gets half of the input (the same half), so that the bytes read are the
// input's size.
registerHostileEntry({
  name: "moses",
  prepare: (text) => text.slice(0, text.length >> 1),
  run: (half: string) =>
    drain(readMosesPair({ lang: "en", name: "corpus.en", chunks: chunksOf(half) }, { lang: "fa", name: "corpus.fa", chunks: chunksOf(half) })),
  inputs: [counted("moses: lines", "", (k) => `Line ${k}.\n`, "")],
});
registerHostileEntry({
  name: "sniff format",
  prepare: (text) => new TextEncoder().encode(text),
  run: (bytes: Uint8Array) => sniffFormat(bytes),
});
registerHostileEntry({
  name: "tbx",
  run: (text: string) => readTbx(text),
  inputs: [
    counted("tbx: concepts", TBX_HEAD, (k) => `<conceptEntry id="c${k}"><langSec xml:lang="en"><termSec><term>term ${k}</term></termSec></langSec><langSec xml:lang="fa"><termSec><term>واژه ${k}</term></termSec></langSec></conceptEntry>\n`, "</body></text></tbx>\n"),
    ...xmlShapes("tbx", TBX_HEAD, "<conceptEntry><langSec><termSec><term>"),
  ],
});
registerHostileEntry({
  name: "term csv",
  run: (text: string) => readTermCsv(text),
  inputs: [
    counted("term csv: records", "concept_id,lang,term\n", (k) => `c${k},en,term ${k}\nc${k},fa,واژه ${k}\n`, ""),
    repeated("term csv: one quoted field of line breaks", "\n", { prefix: 'concept_id,lang,term\nc1,en,"', suffix: '"\n' }),
  ],
});
