import { describe, expect, it } from "vitest";
import { readTbx, writeTbx } from "@/lib/core/terms/tbx";
import { readTermFile } from "@/lib/core/terms/read-term-file";
import type { TermBase } from "@/lib/core/terms/types";

const BASE: TermBase = {
  concepts: [
    {
      id: "zionist-regime",
      label: "Israeli state: “Zionist regime”",
      domain: "politics",
      note: "The sources' name for Israel; keep it.",
      renderings: [
        { id: "zionist-regime/1", lang: "en", text: "Zionist regime", status: "preferred", note: "loaded" },
        { id: "zionist-regime/2", lang: "en", text: "Israeli regime", status: "deprecated", note: "neutralizes <the> source & its \"framing\"" },
        { id: "zionist-regime/3", lang: "fa", text: "رژیم صهیونیستی", status: "preferred" },
        { id: "zionist-regime/4", lang: "ar", text: "الكيان الصهيوني", status: "admitted" },
      ],
    },
    {
      id: "quds",
      label: "Quds",
      renderings: [
        { id: "quds/1", lang: "en", text: "Quds", status: "admitted" },
        { id: "quds/2", lang: "fa", text: "بیت‌المقدس", status: "admitted", note: "formal" },
      ],
    },
  ],
};

describe("TBX round trip", () => {
  it("reads back what it writes as TBX-Basic <martif>", () => {
    const xml = writeTbx(BASE);
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="en">');
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(readTbx(xml)).toEqual({ format: "tbx", concepts: BASE.concepts, problems: [] });
  });

  it("reads back what it writes as ISO 30042:2019 <tbx>", () => {
    const xml = writeTbx(BASE, { flavor: "tbx-2019" });
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(xml).toContain("<conceptEntry id=\"quds\">");
    expect(readTbx(xml)).toEqual({ format: "tbx", concepts: BASE.concepts, problems: [] });
  });

  it("writes numeric ids as XML ids and a label only when it is not the first preferred English term", () => {
    const xml = writeTbx({ concepts: [{ id: 12, label: "Zionist regime", renderings: [{ id: 1, lang: "en", text: "Zionist regime", status: "preferred" }] }] });
    expect(xml).toContain('<termEntry id="c12">');
    expect(xml).not.toContain("conceptLabel");
  });
});

describe("readTbx: other writers' files", () => {
  it("reads ntig/termGrp, normativeAuthorization, definitions and notes", () => {
    const xml = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en-US">
 <martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
 <text><body>
  <termEntry id="e1">
   <descrip type="subjectField">places</descrip>
   <descrip type="definition">The city.</descrip>
   <langSet xml:lang="EN">
    <ntig>
     <termGrp><term>Jerusalem</term><termNote type="normativeAuthorization">preferredTerm</termNote></termGrp>
     <note>neutral</note>
    </ntig>
    <ntig><termGrp><term>Al-<hi>Quds</hi></term><termNote type="normativeAuthorization">supersededTerm</termNote></termGrp></ntig>
   </langSet>
   <langSet xml:lang="ar"><tig><term>القدس</term></tig></langSet>
  </termEntry>
 </body></text>
</martif>`;
    expect(readTbx(xml)).toEqual({
      format: "tbx",
      concepts: [
        {
          id: "e1",
          label: "Jerusalem",
          domain: "places",
          note: "The city.",
          renderings: [
            { id: "e1/1", lang: "en", text: "Jerusalem", status: "preferred", note: "neutral" },
            { id: "e1/2", lang: "en", text: "Al-Quds", status: "deprecated" },
            { id: "e1/3", lang: "ar", text: "القدس", status: "admitted" },
          ],
        },
      ],
      problems: [],
    });
  });

  it("reads DCT-style 2019 files, whose data categories are namespaced elements", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
 <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c7">
   <basic:subjectField>religion</basic:subjectField>
   <langSec xml:lang="fa"><termSec><term>شهید</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>`;
    expect(readTbx(xml).concepts).toEqual([
      { id: "c7", label: "شهید", domain: "religion", renderings: [{ id: "c7/1", lang: "fa", text: "شهید", status: "preferred" }] },
    ]);
  });

  it("is chosen by content, whatever the file was called", () => {
    expect(readTermFile(`\ufeff  ${writeTbx(BASE)}`).format).toBe("tbx");
  });
});

const entry = (body: string) =>
  `<?xml version="1.0"?>\n<martif type="TBX-Basic">\n<text><body>\n${body}\n</body></text>\n</martif>\n`;

describe("readTbx: bad input", () => {
  it("reports broken XML with its line and column, and reads nothing", () => {
    const result = readTbx(entry('<termEntry id="a">\n<langSet xml:lang="en"><tig><term>x</term></tig></langSet>\n</termEntri>'));
    expect(result.concepts).toEqual([]);
    expect(result.problems).toEqual([
      {
        code: "malformed-xml",
        severity: "error",
        line: 6,
        column: 13,
        params: { reason: "unexpected close tag." },
        message: "The XML is not well-formed: unexpected close tag..",
      },
    ]);
  });

  it("refuses a DTD, so that no entity can expand", () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>`;
    const result = readTbx(bomb);
    expect(result.concepts).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([["dtd-not-allowed", 2]]);
  });

  it("refuses an external entity", () => {
    const external = `<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "file:///etc/passwd">\n<martif/>`;
    expect(readTbx(external).problems.map((p) => p.code)).toEqual(["dtd-not-allowed"]);
  });

  it("refuses elements nested deeper than the XML readers allow, and reads nothing", () => {
    const deep = entry(`<termEntry><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry>${"<note>".repeat(300)}`);
    const result = readTbx(deep);
    expect(result.concepts).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.params.reason])).toEqual([["malformed-xml", "elements are nested more than 256 deep"]]);
  });

  it("reports an undefined entity as malformed XML", () => {
    const result = readTbx(entry('<termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet></termEntry>'));
    expect(result.problems.map((p) => [p.code, p.line, p.params.reason])).toEqual([["malformed-xml", 4, "undefined entity."]]);
  });

  it("reports a root that is not TBX", () => {
    expect(readTbx("<html><body/></html>").problems.map((p) => [p.code, p.params.root])).toEqual([["not-tbx", "html"]]);
  });

  it("reports unknown languages by line and reads the rest of the concept", () => {
    const result = readTbx(
      entry(`<termEntry id="a">
<langSet xml:lang="xx-Klingon"><tig><term>nuqneH</term></tig></langSet>
<langSet><tig><term>no language</term></tig></langSet>
<langSet xml:lang="fa"><tig><term>قدس</term></tig></langSet>
</termEntry>`),
    );
    expect(result.concepts.map((c) => c.renderings.map((r) => r.text))).toEqual([["قدس"]]);
    expect(result.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ["unknown-language", "error", 5],
      ["missing-language", "error", 6],
    ]);
  });

  it("merges a duplicate rendering and says so; reports two statuses for one rendering as an error", () => {
    const result = readTbx(
      entry(`<termEntry id="a">
<langSet xml:lang="en">
<tig><term>Zionist regime</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote><note>loaded</note></tig>
<tig><term>zionist  Regime</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote><note>sources</note></tig>
<tig><term>Zionist-regime</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
</langSet>
</termEntry>`),
    );
    expect(result.concepts[0]!.renderings).toEqual([{ id: "a/1", lang: "en", text: "Zionist regime", status: "preferred", note: "loaded; sources" }]);
    expect(result.problems.map((p) => [p.code, p.severity, p.line, p.params.firstLine])).toEqual([
      ["duplicate-rendering", "warning", 7, 6],
      ["conflicting-status", "error", 8, 6],
    ]);
  });

  it("merges concepts with the same id and says so", () => {
    const result = readTbx(
      entry(`<termEntry id="a"><langSet xml:lang="en"><tig><term>Quds</term></tig></langSet></termEntry>
<termEntry id="a"><langSet xml:lang="en"><tig><term>Jerusalem</term></tig></langSet></termEntry>`),
    );
    expect(result.concepts.map((c) => [c.id, c.renderings.map((r) => r.text)])).toEqual([["a", ["Quds", "Jerusalem"]]]);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([["duplicate-concept", 5]]);
  });

  it("reports empty terms and concepts left without terms", () => {
    const result = readTbx(entry(`<termEntry id="a"><langSet xml:lang="en"><tig><term>  </term></tig><tig><term/></tig></langSet></termEntry>`));
    expect(result.concepts).toEqual([{ id: "a", label: "a", renderings: [] }]);
    expect(result.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ["empty-term", "error", 4],
      ["empty-term", "error", 4],
      ["empty-concept", "warning", 4],
    ]);
  });

  it("reads an unknown status as admitted and says so", () => {
    const result = readTbx(
      entry(`<termEntry id="a"><langSet xml:lang="en"><tig><term>Quds</term><termNote type="administrativeStatus">maybe</termNote></tig></langSet></termEntry>`),
    );
    expect(result.concepts[0]!.renderings[0]!.status).toBe("admitted");
    expect(result.problems.map((p) => [p.code, p.severity, p.params.status])).toEqual([["unknown-status", "warning", "maybe"]]);
  });

  it("stops at the concept limit and reads nothing", () => {
    const three = [1, 2, 3].map((n) => `<termEntry id="e${n}"><langSet xml:lang="en"><tig><term>t${n}</term></tig></langSet></termEntry>`).join("\n");
    const result = readTbx(entry(three), { maxConcepts: 2 });
    expect(result.concepts).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.line, p.params.limit])).toEqual([["too-many-entries", 6, 2]]);
  });

  // A ceiling for a loaded machine, not a speed goal: the file is 6 MB.
  it("reads 100,000 concepts", { timeout: 120_000 }, () => {
    const entries: string[] = [];
    for (let n = 0; n < 100_000; n++) entries.push(`<termEntry id="e${n}"><langSet xml:lang="fa"><tig><term>واژه ${n}</term></tig></langSet></termEntry>`);
    const result = readTbx(entry(entries.join("\n")));
    expect(result.problems).toEqual([]);
    expect(result.concepts).toHaveLength(100_000);
    expect(result.concepts[99_999]).toEqual({ id: "e99999", label: "واژه 99999", renderings: [{ id: "e99999/1", lang: "fa", text: "واژه 99999", status: "admitted" }] });
  });
});
