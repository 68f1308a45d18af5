import { describe, expect, it } from "vitest";
import { parseTexts } from "@/lib/core/jobs";

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="fa"><seg>سلام.</seg></tuv></tu></body></tmx>`;

describe("parseTexts", () => {
  it("parses a text and gives each paragraph its search key", () => {
    const [outcome] = parseTexts([{ lang: "fa", format: "plain", content: { kind: "text", text: "رژيم صهيونيستي گفت.\n\nبند دوم." } }]);
    expect(outcome).toMatchObject({ ok: true, searchKeys: ["رژیم صهیونیستی گفت.", "بند دوم."] });
  });

  it("recognises a TMX pasted or uploaded as a text and says where it belongs", () => {
    const outcomes = parseTexts([
      { lang: "en", format: "auto", content: { kind: "text", text: tmx } },
      { lang: "en", format: "plain", content: { kind: "bytes", bytes: new TextEncoder().encode(tmx) } },
    ]);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: false, problem: { code: "parallel-file", params: { format: "TMX" } } });
  });

  it("reads bytes in the encoding given, where detection asks for one", () => {
    // UTF-16 LE without a byte order mark: detection sees its NUL bytes and cannot be sure of their order.
    const bytes = new Uint8Array(Buffer.from("سلام دنیا.\n\nبند دوم این متن است.", "utf16le"));
    const content = { kind: "bytes" as const, bytes };
    const [detected, chosen] = parseTexts([
      { lang: "fa", format: "plain", content },
      { lang: "fa", format: "plain", content, encoding: "utf-16le" },
    ]);
    expect(detected).toMatchObject({ ok: false, problem: { code: "unsupported-encoding", params: { encoding: "UTF-16", byteOrder: "LE", hint: "choose-encoding" } } });
    expect(chosen).toMatchObject({ ok: true, parsed: { paragraphs: [{ text: "سلام دنیا." }, { text: "بند دوم این متن است." }] } });
  });

  it("leaves a text with tabs alone", () => {
    const [outcome] = parseTexts([{ lang: "en", format: "plain", content: { kind: "text", text: "Name\tValue is fine in a text.\n\nAnother paragraph." } }]);
    expect(outcome!.ok).toBe(true);
  });
});
