// Export filters and formats against the real database, on a document seeded with every case (see
// parallel-fixtures.ts): status and score filters, languages, paragraph and sentence units, boilerplate, corpus
// scope, paging, the zips, and the HTTP route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getExportRouteHandler } from "@/app/api/export/route";
import { exportParallel, type ExportParallelOptions } from "@/lib/server/export/export-parallel";
import type { Db } from "@/lib/db/client";
import { hasXmllint, validateTmx } from "../unit/formats/helpers";
import { checkXliff2 } from "../unit/formats/xliff2-structure";
import { closeDb, testDb, uniqueName } from "../support/db";
import { bodyOf, seedDocument, unzip, withoutDates } from "./parallel-fixtures";
import { as, createTestUser, type TestUser } from "../support/auth";

// Route handlers need a signed-in user: every call goes as a reviewer with an API token.
let caller: TestUser;
beforeAll(async () => {
  caller = await createTestUser("reviewer");
});
const getExportRoute = (request: Request) => getExportRouteHandler(as(caller, request));

afterAll(closeDb);

const NOW = new Date(Date.UTC(2025, 5, 1, 12, 0, 0));
let db: Db;
let documentId: number;
let reviewer: string;

beforeAll(async () => {
  db = await testDb();
  reviewer = `${uniqueName("reviewer")}@example.org`;
  const user = await db.user.create({ data: { email: reviewer, name: "Sara", passwordHash: "-" }, select: { id: true } });
  documentId = await seedDocument(db, { title: "Letter & reply", corpusSlug: uniqueName("export"), reviewerId: user.id });
});

async function exportText(options: Partial<ExportParallelOptions>): Promise<string> {
  const result = await exportParallel(db, { documents: [documentId], format: "tmx", langs: "all", unit: "paragraph", status: "confirmed", minScore: 0, now: NOW, ...options });
  return (await bodyOf(result)).toString("utf8");
}

describe("export", () => {
  it("TMX by default: confirmed rows only, all languages, n-m beads joined, no boilerplate, valid against the DTD", async () => {
    const tmx = await exportText({});
    expect(withoutDates(tmx)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Tarjuman" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Tarjuman" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <prop type="x-document">Letter &amp; reply</prop>
      <prop type="x-status">confirmed</prop>
      <prop type="x-score">1</prop>
      <prop type="x-reviewer">${reviewer}</prop>
      <tuv xml:lang="en"><seg>Dear friends,</seg></tuv>
      <tuv xml:lang="fa"><seg>دوستان عزیز،</seg></tuv>
      <tuv xml:lang="ar"><seg>أصدقائي الأعزاء،</seg></tuv>
    </tu>
    <tu tuid="2">
      <prop type="x-document">Letter &amp; reply</prop>
      <prop type="x-status">confirmed</prop>
      <prop type="x-score">0.95</prop>
      <prop type="x-reviewer">${reviewer}</prop>
      <tuv xml:lang="en"><seg>The fair opens on Monday. It closes on Friday.</seg></tuv>
      <tuv xml:lang="fa"><seg>نمایشگاه دوشنبه باز می‌شود و جمعه بسته می‌شود.</seg></tuv>
      <tuv xml:lang="ar"><seg>يفتح المعرض يوم الاثنين. ويغلق يوم الجمعة.</seg></tuv>
    </tu>
    <tu tuid="3">
      <prop type="x-document">Letter &amp; reply</prop>
      <prop type="x-status">confirmed</prop>
      <prop type="x-score">1</prop>
      <tuv xml:lang="en"><seg>No Persian here.</seg></tuv>
      <tuv xml:lang="ar"><seg>لا فارسية هنا.</seg></tuv>
    </tu>
  </body>
</tmx>
`);
    expect(tmx).toContain('creationdate="20250601T120000Z"/>');
    expect(tmx).toMatch(/<tu tuid="1" creationdate="\d{8}T\d{6}Z" changedate="\d{8}T\d{6}Z">/);
    if (hasXmllint) expect(validateTmx(tmx)).toBe("");
  });

  it("status=all with minScore adds auto rows at or above the score; rejected rows never; EN–FA leaves out rows without Persian", async () => {
    expect(await exportText({ format: "tsv", langs: ["en", "fa"], status: "all", minScore: 0.9 })).toBe(
      [
        "en\tfa\tstatus\tscore\tdocument",
        "Dear friends,\tدوستان عزیز،\tconfirmed\t1\tLetter & reply",
        "The fair opens on Monday. It closes on Friday.\tنمایشگاه دوشنبه باز می‌شود و جمعه بسته می‌شود.\tconfirmed\t0.95\tLetter & reply",
        "Thank you & goodbye.\tسپاس و بدرود.\tauto\t0.92\tLetter & reply",
        "",
      ].join("\n"),
    );
    const everything = await exportText({ format: "tsv", langs: ["en", "fa"], status: "all" });
    expect(everything.split("\n").slice(1, -1).map((l) => l.split("\t")[0])).toEqual(["Dear friends,", "The fair opens on Monday. It closes on Friday.", "Thank you & goodbye.", "Low score."]);
  });

  it("EN–AR keeps the row without Persian", async () => {
    const tsv = await exportText({ format: "tsv", langs: ["en", "ar"] });
    expect(tsv.split("\n").slice(1, -1).map((l) => l.split("\t").slice(0, 2).join(" | "))).toEqual([
      "Dear friends, | أصدقائي الأعزاء،",
      "The fair opens on Monday. It closes on Friday. | يفتح المعرض يوم الاثنين. ويغلق يوم الجمعة.",
      "No Persian here. | لا فارسية هنا.",
    ]);
  });

  it("unit=sentence gives one unit per stored sentence link, cut at its offsets (a row without links whole)", async () => {
    const jsonl = await exportText({ format: "jsonl", unit: "sentence" });
    expect(jsonl.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: "1", translation: { en: "Dear friends,", fa: "دوستان عزیز،", ar: "أصدقائي الأعزاء،" }, status: "confirmed", score: 1, document: "Letter & reply", reviewer },
      { id: "2", translation: { en: "The fair opens on Monday.", fa: "نمایشگاه دوشنبه باز می‌شود", ar: "يفتح المعرض يوم الاثنين." }, status: "confirmed", score: 0.97, document: "Letter & reply", reviewer },
      { id: "3", translation: { en: "It closes on Friday.", fa: "و جمعه بسته می‌شود.", ar: "ويغلق يوم الجمعة." }, status: "confirmed", score: 0.91, document: "Letter & reply", reviewer },
      { id: "4", translation: { en: "No Persian here.", ar: "لا فارسية هنا." }, status: "confirmed", score: 1, document: "Letter & reply" },
    ]);
    expect(await exportText({ unit: "sentence" })).toContain('segtype="sentence"');
  });

  it("Moses: a zip of line-aligned files per pair, with clean-corpus-n cleaning", async () => {
    const result = await exportParallel(db, { documents: [documentId], format: "moses", langs: "all", unit: "paragraph", status: "all", minScore: 0.9, now: NOW });
    expect(result.fileName).toBe(`document-${documentId}.moses.en-fa-ar.zip`);
    expect(result.contentType).toBe("application/zip");
    expect(await unzip(await bodyOf(result))).toEqual({
      "corpus.en-fa.en": "Dear friends,\nThe fair opens on Monday. It closes on Friday.\nThank you & goodbye.\n",
      "corpus.en-fa.fa": "دوستان عزیز،\nنمایشگاه دوشنبه باز می‌شود و جمعه بسته می‌شود.\nسپاس و بدرود.\n",
      "corpus.en-ar.en": "Dear friends,\nThe fair opens on Monday. It closes on Friday.\nThank you & goodbye.\nNo Persian here.\n",
      "corpus.en-ar.ar": "أصدقائي الأعزاء،\nيفتح المعرض يوم الاثنين. ويغلق يوم الجمعة.\nشكرا ووداعا.\nلا فارسية هنا.\n",
    });
    // "The fair opens on Monday. It closes on Friday." has 9 tokens.
    const cleaned = await exportParallel(db, { documents: [documentId], format: "moses", langs: ["en", "fa"], unit: "paragraph", status: "all", minScore: 0.9, clean: { maxTokens: 8 }, now: NOW });
    expect((await unzip(await bodyOf(cleaned)))["corpus.en-fa.en"]).toBe("Dear friends,\nThank you & goodbye.\n");
  });

  it("XLIFF: one file per pair (a zip for several), each meeting the XLIFF 2.0 core structure", async () => {
    const result = await exportParallel(db, { documents: [documentId], format: "xliff", langs: "all", unit: "paragraph", status: "confirmed", minScore: 0, now: NOW });
    expect(result.fileName).toBe(`document-${documentId}.xliff.en-fa-ar.zip`);
    const files = await unzip(await bodyOf(result));
    expect(Object.keys(files)).toEqual([`document-${documentId}.en-fa.xlf`, `document-${documentId}.en-ar.xlf`]);
    for (const xml of Object.values(files)) expect(checkXliff2(xml)).toEqual([]);
    expect(files[`document-${documentId}.en-ar.xlf`]).toContain('srcLang="en" trgLang="ar"');
    expect(files[`document-${documentId}.en-ar.xlf`]).toContain('<unit id="u3">');
    const single = await exportParallel(db, { documents: [documentId], format: "xliff", langs: ["fa", "ar"], unit: "paragraph", status: "confirmed", minScore: 0, now: NOW });
    expect(single.fileName).toBe(`document-${documentId}.fa-ar.xlf`);
    expect(checkXliff2((await bodyOf(single)).toString("utf8"))).toEqual([]);
  });

  it("a corpus exports its documents in order; pages of one row give the same file as pages of a thousand", async () => {
    const corpusSlug = uniqueName("corpus");
    const first = await seedDocument(db, { title: "A", corpusSlug });
    await seedDocument(db, { title: "B", corpusSlug });
    const corpus = await db.corpus.findUniqueOrThrow({ where: { slug: corpusSlug }, select: { id: true } });
    const byCorpus = await exportText({ documents: undefined, corpus: corpus.id, format: "tsv" });
    expect(byCorpus.split("\n").slice(1, -1).map((l) => `${l.split("\t").at(-1)}: ${l.split("\t")[0]}`)).toEqual([
      "A: Dear friends,",
      "A: The fair opens on Monday. It closes on Friday.",
      "A: No Persian here.",
      "B: Dear friends,",
      "B: The fair opens on Monday. It closes on Friday.",
      "B: No Persian here.",
    ]);
    expect(await exportText({ documents: undefined, corpus: corpusSlug, format: "tsv", pageSize: 1 })).toBe(byCorpus);
    expect(await exportText({ documents: [first], status: "all", pageSize: 1 })).toBe(await exportText({ documents: [first], status: "all" }));
  });
});

describe("GET /api/export", () => {
  it("streams the file with a download name and the row count", async () => {
    const response = await getExportRoute(new Request(`http://test/api/export?documents=${documentId}&format=tmx&langs=en,fa`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="document-${documentId}.en-fa.tmx"`);
    expect(response.headers.get("content-type")).toBe("application/x-tmx+xml; charset=utf-8");
    expect(response.headers.get("x-export-rows")).toBe("3");
    const text = await response.text();
    expect(text.match(/<tu /g)).toHaveLength(2);
  });

  it("answers 404 for a document that does not exist and 422 for bad options, before streaming", async () => {
    const missing = await getExportRoute(new Request("http://test/api/export?documents=999999999&format=tmx"));
    expect(missing.status).toBe(404);
    const bad = await getExportRoute(new Request(`http://test/api/export?documents=${documentId}&format=pdf&langs=en`));
    expect(bad.status).toBe(422);
    const { error } = (await bad.json()) as { error: { problems: Array<{ field: string }> } };
    expect(error.problems.map((p) => p.field)).toEqual(["format"]);
    const both = await getExportRoute(new Request(`http://test/api/export?documents=${documentId}&corpus=1&format=tmx`));
    expect(both.status).toBe(422);
  });
});
