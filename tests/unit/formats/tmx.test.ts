import { describe, expect, test } from "vitest";
import { createTmxWriter, readTmx } from "@/lib/core/formats";
import { CHANGED, CREATED, hasXmllint, info, inPieces, problemOfAsync, readAll, UNITS, validateTmx, writeAll } from "./helpers";

const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Tarjuman" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Tarjuman" adminlang="en" srclang="en" datatype="plaintext" creationdate="20250102T030405Z"/>
  <body>
    <tu tuid="1" creationdate="20240305T093000Z" changedate="20240306T170459Z">
      <prop type="x-document">Letter &amp; reply</prop>
      <prop type="x-status">confirmed</prop>
      <prop type="x-score">1</prop>
      <prop type="x-reviewer">sara@example.org</prop>
      <tuv xml:lang="en"><seg>Tom &amp; Jerry said "&lt;hello&gt;".</seg></tuv>
      <tuv xml:lang="fa"><seg>تام و جری گفتند «سلام».</seg></tuv>
      <tuv xml:lang="ar"><seg>قال توم وجيري «مرحبا».</seg></tuv>
    </tu>
    <tu tuid="2">
      <prop type="x-document">Letter &amp; reply</prop>
      <prop type="x-status">auto</prop>
      <prop type="x-score">0.9731</prop>
      <tuv xml:lang="en"><seg>I want to go.</seg></tuv>
      <tuv xml:lang="fa"><seg>می\u200cخواهم بروم.</seg></tuv>
    </tu>
  </body>
</tmx>
`;

const tmx = (body: string, header = '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;

describe("TMX writer", () => {
  test("writes the header, one <tu> per unit with a <tuv> per language that has text, props and dates", () => {
    expect(writeAll(createTmxWriter(info(["en", "fa", "ar"])), UNITS)).toBe(EXPECTED);
  });

  test("segtype follows the unit kind; a control character becomes U+FFFD and CR a reference", () => {
    const out = writeAll(createTmxWriter(info(["en", "fa"], "sentence")), [{ id: "7", texts: { en: "a\u0001b\r", fa: "ب" } }]);
    expect(out).toContain('segtype="sentence"');
    expect(out).toContain("<seg>a\ufffdb&#13;</seg>");
  });

  test.skipIf(!hasXmllint)("is valid against the TMX 1.4b DTD (xmllint)", () => {
    expect(validateTmx(EXPECTED)).toBe("");
    expect(validateTmx(writeAll(createTmxWriter(info(["en", "fa"], "sentence")), []))).toBe("");
    // The validator does catch a broken file: <prop> after <tuv> is not allowed.
    expect(validateTmx(EXPECTED.replace('<prop type="x-score">1</prop>\n', "").replace("</tuv>\n    </tu>", '</tuv>\n<prop type="x">1</prop>\n    </tu>'))).not.toBe("");
  });
});

describe("TMX reader", () => {
  test("reads back everything the writer wrote, also when the file arrives in small pieces", async () => {
    const expected = [
      { id: "1", line: 5, texts: UNITS[0]!.texts, status: "confirmed", score: 1, reviewer: "sara@example.org", document: "Letter & reply", created: CREATED, changed: CHANGED },
      { id: "2", line: 14, texts: { en: "I want to go.", fa: "می\u200cخواهم بروم." }, status: "auto", score: 0.9731, document: "Letter & reply" },
    ];
    expect(await readAll(readTmx([EXPECTED]))).toEqual(expected);
    expect(await readAll(readTmx(inPieces(EXPECTED, 7)))).toEqual(expected);
  });

  test("round trip: read, then write again, gives the same file", async () => {
    const units = await readAll(readTmx([EXPECTED]));
    expect(writeAll(createTmxWriter(info(["en", "fa", "ar"])), units)).toBe(EXPECTED);
  });

  test("takes any number of languages, TMX 1.3's lang attribute, a DOCTYPE, and drops native codes", async () => {
    const file = `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n` + tmx(
      `<tu><tuv lang="EN-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Start<ept i="1">&lt;/b&gt;</ept> now<ph>{1}</ph>.</seg></tuv>` +
        `<tuv xml:lang="fa-IR"><seg>دکمهٔ <hi>شروع</hi> را بزنید.</seg></tuv><tuv xml:lang="ar"><seg><![CDATA[اضغط <ابدأ>]]></seg></tuv>` +
        `<tuv xml:lang="de"><seg>Start drücken.</seg></tuv></tu>`,
    ).replace('<?xml version="1.0" encoding="UTF-8"?>\n', "");
    expect(await readAll(readTmx([file]))).toEqual([
      { texts: { "EN-US": "Press Start now.", "fa-IR": "دکمهٔ شروع را بزنید.", ar: "اضغط <ابدأ>", de: "Start drücken." }, line: 6 },
    ]);
  });

  test("a <tuv> without a language is refused with its line and column", async () => {
    const problem = await problemOfAsync(() => readAll(readTmx([tmx('<tu>\n  <tuv><seg>Hello</seg></tuv>\n  <tuv xml:lang="fa"><seg>سلام</seg></tuv>\n</tu>')])));
    expect(problem.code).toBe("missing-language");
    expect(problem.params).toEqual({ element: "tuv", line: 6, column: 7 });
    expect(problem.message).toBe("<tuv> has no language (line 6, column 7).");
  });

  test("a <tu> with text in one language only is refused", async () => {
    const problem = await problemOfAsync(() => readAll(readTmx([tmx('<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="fa"><seg></seg></tuv></tu>')])));
    expect(problem).toMatchObject({ code: "single-language", params: { lang: "en", line: 5 } });
  });

  test("malformed XML is reported with line and column", async () => {
    const problem = await problemOfAsync(() => readAll(readTmx([tmx('<tu>\n<tuv xml:lang="en"><seg>a</tuv>\n</tu>')])));
    expect(problem.code).toBe("xml-malformed");
    // Line 6 is `<tuv xml:lang="en"><seg>a</tuv>`: the parser stops at the ">" of the close tag that does not match.
    expect(problem.params).toEqual({ line: 6, column: 31, detail: "unexpected close tag." });
  });

  test("an external entity (XXE) is refused, never fetched", async () => {
    const file = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>`;
    expect(await problemOfAsync(() => readAll(readTmx([file])))).toMatchObject({ code: "xml-entities", params: { line: 4, column: 2 } });
  });

  test("an entity-expansion bomb (billion laughs) is refused, never expanded", async () => {
    const declarations = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("\n");
    const file = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol0 "lol">\n${declarations}\n]>\n<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv></tu></body></tmx>`;
    expect(await problemOfAsync(() => readAll(readTmx([file])))).toMatchObject({ code: "xml-entities" });
  });

  test("an undeclared entity is malformed XML", async () => {
    expect(await problemOfAsync(() => readAll(readTmx([tmx('<tu><tuv xml:lang="en"><seg>&nbsp;</seg></tuv></tu>')])))).toMatchObject({
      code: "xml-malformed",
      params: { detail: "undefined entity." },
    });
  });

  test("another XML vocabulary is not TMX", async () => {
    expect(await problemOfAsync(() => readAll(readTmx(['<?xml version="1.0"?><html><body/></html>'])))).toMatchObject({ code: "wrong-root", params: { found: "html", expected: "tmx" } });
    expect(await problemOfAsync(() => readAll(readTmx(['<tmx version="2.0"><body/></tmx>'])))).toMatchObject({ code: "unsupported-version" });
  });
});
