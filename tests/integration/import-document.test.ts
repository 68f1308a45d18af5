import { afterAll, describe, expect, it } from "vitest";
import { alignDocument } from "@/lib/core/align";
import { sentenceMeasuresOf } from "@/lib/server/alignment/align-info";
import { importDocument } from "@/lib/server/document/import-document";
import { getDocumentHead } from "@/lib/server/document/get-document-head";
import { getDocumentLayout } from "@/lib/server/document/get-document-layout";
import { AppError } from "@/lib/server/errors";
import { demoBytes, demoGold, demoTexts } from "../support/demo";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

async function countIn(corpusSlug: string) {
  const db = await testDb();
  const corpus = await db.corpus.findUnique({ where: { slug: corpusSlug }, select: { id: true } });
  if (!corpus) return { corpus: 0, documents: 0, texts: 0, paragraphs: 0 };
  const where = { textRef: { document: { corpusId: corpus.id } } };
  return {
    corpus: 1,
    documents: await db.document.count({ where: { corpusId: corpus.id } }),
    texts: await db.text.count({ where: { document: { corpusId: corpus.id } } }),
    paragraphs: await db.paragraph.count({ where }),
  };
}

describe("import → align → store → read back", () => {
  it("stores the demo's three texts verbatim, marks the clutter, and stores the aligner's rows", async () => {
    const db = await testDb();
    const corpusSlug = uniqueName("demo");
    const { documentId, rows } = await importDocument(db, { title: "Demo", corpusSlug, texts: demoTexts() });

    const texts = await db.text.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { lang: true, direction: true, raw: true, paragraphs: { orderBy: { position: "asc" }, select: { id: true, kind: true, text: true } } } });
    expect(texts.map((t) => [t.lang, t.direction])).toEqual([["en", "LTR"], ["fa", "RTL"], ["ar", "RTL"]]);
    for (const text of texts) expect(Buffer.from(text.raw).equals(demoBytes(text.lang as "en" | "fa" | "ar"))).toBe(true);

    const gold = demoGold();
    const en = texts[0]!.paragraphs;
    expect(en.flatMap((p, i) => (p.kind === "BOILERPLATE" ? [i] : []))).toEqual(gold.boilerplate.en);
    expect(texts[1]!.paragraphs.some((p) => p.kind === "BOILERPLATE")).toBe(false);
    // ZWNJ and Persian letters come back byte for byte.
    expect(texts[1]!.paragraphs.map((p) => p.text).join("\n")).toContain("خامنه\u200cای");

    // What is stored is what the aligner returns for the body paragraphs.
    const body = texts.map((t) => ({ lang: t.lang, paragraphs: t.paragraphs.filter((p) => p.kind !== "BOILERPLATE") }));
    const expected = alignDocument(body.map((t) => ({ lang: t.lang, units: t.paragraphs.map((p) => p.text) })), { pivot: "en" });
    expect(rows).toBe(expected.rows.length);
    const stored = await db.alignmentRow.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { status: true, cells: { select: { paragraphId: true } } } });
    const asUnits = stored.map((row) =>
      Object.fromEntries(body.map((t) => [t.lang, t.paragraphs.flatMap((p, i) => (row.cells.some((c) => c.paragraphId === p.id) ? [i] : []))])),
    );
    expect(asUnits).toEqual(expected.rows.filter((r) => Object.values(r.cells).some((u) => u.length > 0)).map((r) => r.cells));
    expect(stored.every((r) => r.status === "AUTO")).toBe(true);

    // Every body paragraph is in exactly one row.
    const cells = stored.flatMap((r) => r.cells.map((c) => c.paragraphId));
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells.length).toBe(body.reduce((n, t) => n + t.paragraphs.length, 0));

    // Sentences are stored for export at sentence level, inside the rows' paragraphs.
    const sentences = await db.sentence.findMany({ where: { paragraph: { textRef: { documentId } } }, select: { start: true, end: true, linkId: true, paragraph: { select: { text: true } } } });
    expect(sentences.length).toBeGreaterThan(cells.length);
    expect(sentences.every((s) => s.linkId !== null && s.start < s.end && s.end <= s.paragraph.text.length)).toBe(true);
    // How the texts cut sentences, read from all the rows, is kept for aligning an edited row's sentences again.
    const { alignInfo } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { alignInfo: true } });
    const { sentenceRatios: ratios, sentenceJoins: joins, letterRatios } = sentenceMeasuresOf(alignInfo);
    expect(Object.keys(ratios ?? {}).sort()).toEqual(["ar", "fa"]);
    for (const ratio of Object.values(ratios!)) expect(ratio).toBeGreaterThan(0.5);
    expect(Object.keys(joins ?? {}).sort()).toEqual(["ar|en", "ar|fa", "en|fa"]);
    for (const { rows, differ } of Object.values(joins!)) expect(differ).toBeLessThanOrEqual(rows);
    // And the texts' length ratio, which a row's sentences read instead of the row's own.
    expect(letterRatios?.en).toBe(1);
    for (const lang of ["fa", "ar"]) expect(letterRatios?.[lang]).toBeGreaterThan(0.5);

    const head = await getDocumentHead(db, documentId);
    expect(head.texts.map((t) => t.dir)).toEqual(["ltr", "rtl", "rtl"]);
    const layout = await getDocumentLayout(db, documentId);
    expect(layout.items.filter((key) => key.startsWith("p")).length).toBe(gold.boilerplate.en.length);
    expect(await db.auditLog.count({ where: { documentId, action: "document.import" } })).toBe(1);
  });

  it("marks a line of page furniture that a row steps over as clutter, which the user can tell from their own marks", async () => {
    const db = await testDb();
    const en = [
      "Iran and Iraq signed an agreement on Tuesday to build a railway between Shalamcheh and Basra.",
      "The 32-kilometre line will connect the two countries' rail networks for the first time. Officials said construction would begin within two months and take about eighteen months.",
      "The project was first proposed in 2011.",
    ];
    const ar = [
      "وقعت إيران والعراق يوم الثلاثاء اتفاقا لبناء سكة حديد بين الشلامجة والبصرة.",
      "وسيربط الخط البالغ طوله 32 كيلومترا شبكتي السكك الحديدية في البلدين للمرة الأولى.",
      "شاهد الفيديو أدناه",
      "وقال مسؤولون إن البناء سيبدأ في غضون شهرين ويستغرق نحو ثمانية عشر شهرا.",
      "وقد اقترح المشروع لأول مرة عام 2011.",
    ];
    const text = (lang: string, role: "original" | "translation", paragraphs: string[]) =>
      ({ lang, role, format: "plain", content: { kind: "text", text: paragraphs.join("\n\n") } }) as const;
    const { documentId, rows } = await importDocument(db, { corpusSlug: uniqueName("furniture"), texts: [text("ar", "original", ar), text("en", "translation", en)] });
    expect(rows).toBe(3);

    const paragraphs = await db.paragraph.findMany({
      where: { textRef: { documentId } },
      select: { text: true, kind: true, detectedKind: true, cell: { select: { row: { select: { cells: { select: { paragraph: { select: { text: true } } } } } } } } },
    });
    const line = paragraphs.find((p) => p.text === ar[2])!;
    expect([line.kind, line.detectedKind, line.cell]).toEqual(["BOILERPLATE", "BOILERPLATE", null]);
    // The English paragraph's row holds the two Arabic paragraphs on either side of the line.
    const row = paragraphs.find((p) => p.text === en[1])!.cell!.row.cells.map((cell) => cell.paragraph.text).sort();
    expect(row).toEqual([en[1], ar[1], ar[3]].sort());
    expect(paragraphs.filter((p) => p.kind === "BOILERPLATE")).toHaveLength(1);

    const audit = await db.auditLog.findFirstOrThrow({ where: { documentId, action: "document.import" }, select: { data: true } });
    expect(audit.data).toMatchObject({ furnitureMarked: 1 });
  });

  it("keeps HTML text and drops scripts", async () => {
    const db = await testDb();
    const html = `<html><head><title>Page</title><script>alert("x")</script></head><body><nav>Home / News</nav>
      <h1>Statement</h1><p onclick="steal()">First paragraph of the statement.</p><p>Second <b>one</b>.</p>
      <style>p{}</style><script>document.write("evil")</script></body></html>`;
    const { documentId } = await importDocument(db, {
      corpusSlug: uniqueName("html"),
      texts: [{ lang: "en", role: "original", format: "auto", content: { kind: "text", text: html } }],
    });
    const paragraphs = await db.paragraph.findMany({ where: { textRef: { documentId } }, orderBy: { position: "asc" }, select: { text: true, kind: true } });
    const all = paragraphs.map((p) => p.text).join("\n");
    expect(all).not.toMatch(/alert|evil|steal|p\{\}/);
    expect(paragraphs.filter((p) => p.kind !== "BOILERPLATE").map((p) => p.text)).toEqual(["Statement", "First paragraph of the statement.", "Second one."]);
    const text = await db.text.findFirstOrThrow({ where: { documentId }, select: { format: true, raw: true } });
    expect(text.format).toBe("HTML");
    expect(Buffer.from(text.raw).toString("utf8")).toBe(html);
  });
});

describe("bad input stores nothing", () => {
  const cases: Array<[string, () => Parameters<typeof importDocument>[1]["texts"], string, string]> = [
    ["invalid UTF-8", () => [demoTexts()[0]!, { lang: "fa", role: "original", format: "plain", content: { kind: "bytes", bytes: Uint8Array.from([0x73, 0x61, 0xe9, 0x28, 0xe8]) } }], "validation", "import.problems.invalid-utf8"],
    ["an empty text", () => [demoTexts()[0]!, { lang: "fa", role: "original", format: "plain", content: { kind: "text", text: "  \n\n \t" } }], "validation", "import.problems.empty"],
    ["an unknown language", () => [{ lang: "xx", role: "original", format: "plain", content: { kind: "text", text: "Some text." } }], "validation", "import.problems.unsupported-language"],
    ["a 20 MB paste", () => [demoTexts()[0]!, { lang: "fa", role: "original", format: "plain", content: { kind: "text", text: "ب".repeat(10 * 1024 * 1024) } }], "payload_too_large", "import.problems.too-large"],
    ["English in the Persian box", () => [{ lang: "fa", role: "original", format: "plain", content: { kind: "bytes", bytes: demoBytes("en") } }], "validation", "import.problems.wrong-script"],
    ["two texts in one language", () => [demoTexts()[0]!, { ...demoTexts()[0]! }], "validation", "import.problems.duplicate-language"],
  ];
  for (const [name, texts, code, messageKey] of cases) {
    it(`${name}: ${code}, ${messageKey}`, async () => {
      const db = await testDb();
      const corpusSlug = uniqueName("bad");
      const error = await importDocument(db, { corpusSlug, texts: texts() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(code);
      expect((error as AppError).details.problems?.map((p) => p.messageKey)).toContain(messageKey);
      expect(await countIn(corpusSlug)).toEqual({ corpus: 0, documents: 0, texts: 0, paragraphs: 0 });
    });
  }
});
