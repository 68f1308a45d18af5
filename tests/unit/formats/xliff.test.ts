import { describe, expect, test } from "vitest";
import { createXliffWriter, readXliff12, readXliff2 } from "@/lib/core/formats";
import { info, inPieces, problemOfAsync, readAll, UNITS, writeAll } from "./helpers";
import { checkXliff2 } from "./xliff2-structure";

const EN_FA = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="fa">
  <file id="f1" original="Letter &amp; reply" srcDir="ltr" trgDir="rtl" xml:space="preserve">
    <mda:metadata>
      <mda:metaGroup category="document">
        <mda:meta type="title">Letter &amp; reply</mda:meta>
      </mda:metaGroup>
    </mda:metadata>
    <unit id="u1">
      <mda:metadata>
        <mda:metaGroup category="tarjuman">
          <mda:meta type="score">1</mda:meta>
          <mda:meta type="reviewer">sara@example.org</mda:meta>
        </mda:metaGroup>
      </mda:metadata>
      <segment id="s1" state="final">
        <source>Tom &amp; Jerry said "&lt;hello&gt;".</source>
        <target>تام و جری گفتند «سلام».</target>
      </segment>
    </unit>
    <unit id="u2">
      <mda:metadata>
        <mda:metaGroup category="tarjuman">
          <mda:meta type="score">0.9731</mda:meta>
        </mda:metaGroup>
      </mda:metadata>
      <segment id="s1" state="translated">
        <source>I want to go.</source>
        <target>می\u200cخواهم بروم.</target>
      </segment>
    </unit>
  </file>
</xliff>
`;

describe("XLIFF 2.0 writer", () => {
  test("one file per language pair, one <file> per document, state from status, score and reviewer as metadata", () => {
    expect(writeAll(createXliffWriter(info(["en", "fa"])), UNITS)).toBe(EN_FA);
  });

  test("meets the core specification's required structure", () => {
    expect(checkXliff2(EN_FA)).toEqual([]);
    const twoDocuments = writeAll(createXliffWriter(info(["fa", "ar"])), [UNITS[0]!, { ...UNITS[0]!, id: "9", document: "Another" }]);
    expect(twoDocuments).toContain('<file id="f2" original="Another" srcDir="rtl" trgDir="rtl" xml:space="preserve">');
    expect(checkXliff2(twoDocuments)).toEqual([]);
  });

  test("the structure checker catches what the specification forbids", () => {
    expect(checkXliff2(EN_FA.replace('<unit id="u2">', '<unit id="u1">').replace('version="2.0"', 'version="1.2"').replace('srcDir="ltr"', 'srcDir="left"'))).toEqual([
      "xliff/@version is 1.2, not 2.0",
      "file/@srcDir must be ltr, rtl or auto",
      "unit id u1 is not unique in its file",
    ]);
    expect(checkXliff2(EN_FA.replace(/<source>I want to go.<\/source>\n/, ""))).toEqual(["segment in unit u2 must start with source", "segment in unit u2 has state translated but no target"]);
  });
});

describe("XLIFF 2.0 reader", () => {
  test("reads back everything the writer wrote, in pieces too, and writes it again identically", async () => {
    const expected = [
      { id: "f1/u1", line: 16, texts: { en: UNITS[0]!.texts.en!, fa: UNITS[0]!.texts.fa! }, status: "confirmed", score: 1, reviewer: "sara@example.org", document: "Letter & reply" },
      { id: "f1/u2", line: 27, texts: { en: "I want to go.", fa: "می\u200cخواهم بروم." }, status: "auto", score: 0.9731, document: "Letter & reply" },
    ];
    expect(await readAll(readXliff2([EN_FA]))).toEqual(expected);
    expect(await readAll(readXliff2(inPieces(EN_FA, 5)))).toEqual(expected);
    const units = (await readAll(readXliff2([EN_FA]))).map((u, i) => ({ ...u, id: String(i + 1) }));
    expect(writeAll(createXliffWriter(info(["en", "fa"])), units)).toBe(EN_FA);
  });

  test("skips untranslated segments, keeps text in paired codes, drops placeholders, decodes <cp>", async () => {
    const file = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en-US" trgLang="ar">
<file id="x"><notes><note>ignore me</note></notes>
<unit id="a"><originalData><data id="d1">&lt;br/&gt;</data></originalData>
<segment id="1"><source>Hello <pc id="1">big</pc><ph id="2" dataRef="d1"/> world<cp hex="200C"/></source><target>مرحبا <pc id="1">كبير</pc><ph id="2" dataRef="d1"/> بالعالم</target></segment>
<ignorable><source> </source></ignorable>
<segment id="2" state="reviewed"><source>Second.</source><target>الثاني.</target></segment>
</unit>
<unit id="b"><segment><source>Not yet translated.</source></segment></unit>
</file></xliff>`;
    const skipped: number[] = [];
    expect(await readAll(readXliff2([file], { onSkip: (line) => skipped.push(line) }))).toEqual([
      { id: "x/a/1", line: 4, texts: { "en-US": "Hello big world\u200c", ar: "مرحبا كبير بالعالم" }, status: "auto" },
      { id: "x/a/2", line: 6, texts: { "en-US": "Second.", ar: "الثاني." }, status: "confirmed" },
    ]);
    expect(skipped).toEqual([8]);
  });

  test("an XLIFF 1.2 file given to the 2.0 reader is an unsupported version", async () => {
    expect(await problemOfAsync(() => readAll(readXliff2(['<xliff version="1.2"><file/></xliff>'])))).toMatchObject({ code: "unsupported-version", params: { format: "XLIFF", version: "1.2" } });
  });
});

describe("XML readers", () => {
  test("refuse elements nested deeper than any real file, with the position, before reading on", async () => {
    const deep = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fa"><file id="f">${"<unit><segment><source>".repeat(200)}`;
    const problem = await problemOfAsync(() => readAll(readXliff2([deep])));
    expect(problem).toMatchObject({ code: "xml-malformed", params: { line: 1 } });
    expect(problem.message).toContain("nested more than 256 deep");
  });
});

describe("XLIFF 1.2 reader", () => {
  const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="letter.html" source-language="en" target-language="fa" datatype="html">
    <header><note>from a CAT tool</note></header>
    <body>
      <group id="g1">
        <trans-unit id="1" approved="yes">
          <source>The <g id="1">king</g> &amp; the<x id="2"/> people.</source>
          <target>شاه <g id="1">و</g> مردم.</target>
          <alt-trans><target>پیشنهاد ماشینی</target></alt-trans>
        </trans-unit>
      </group>
      <trans-unit id="2"><source>Press <bpt id="1">&lt;b&gt;</bpt>OK<ept id="1">&lt;/b&gt;</ept>.</source><target state="needs-review-translation">OK را بزنید.</target></trans-unit>
      <trans-unit id="3"><source>Signed off.</source><target state="signed-off">تأیید شد.</target></trans-unit>
      <trans-unit id="4"><source>No state.</source><target>بی‌وضعیت.</target></trans-unit>
      <trans-unit id="5"><source>Untranslated.</source></trans-unit>
    </body>
  </file>
</xliff>`;

  test("reads trans-units with their status, skipping suggestions, native codes and untranslated units", async () => {
    const skipped: number[] = [];
    expect(await readAll(readXliff12([FILE], { onSkip: (line) => skipped.push(line) }))).toEqual([
      { id: "1", line: 7, texts: { en: "The king & the people.", fa: "شاه و مردم." }, status: "confirmed", document: "letter.html" },
      { id: "2", line: 13, texts: { en: "Press OK.", fa: "OK را بزنید." }, status: "auto", document: "letter.html" },
      { id: "3", line: 14, texts: { en: "Signed off.", fa: "تأیید شد." }, status: "confirmed", document: "letter.html" },
      { id: "4", line: 15, texts: { en: "No state.", fa: "بی‌وضعیت." }, document: "letter.html" },
    ]);
    expect(skipped).toEqual([16]);
  });

  test("a file without source-language is refused", async () => {
    expect(await problemOfAsync(() => readAll(readXliff12(['<xliff version="1.2">\n<file original="x"><body/></file></xliff>'])))).toMatchObject({
      code: "missing-language",
      params: { element: "file", line: 2 },
    });
  });
});
