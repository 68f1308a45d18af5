// Importing parallel files against the real database: the round trip export → import → export for every format,
// what an import stores, encodings, and bad input refused whole (one transaction) through POST /api/import.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postImportRouteHandler } from "@/app/api/import/route";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { exportParallel, type ExportParallelOptions } from "@/lib/server/export/export-parallel";
import { importParallel } from "@/lib/server/import/import-parallel";
import { closeDb, testDb, uniqueName } from "../support/db";
import { bodyOf, seedDocument, unzip, withoutDates } from "./parallel-fixtures";
import { as, createTestUser, type TestUser } from "../support/auth";

// Route handlers need a signed-in user: every call goes as a translator with an API token.
let caller: TestUser;
beforeAll(async () => {
  caller = await createTestUser("translator");
});
const postImportRoute = (request: Request) => postImportRouteHandler(as(caller, request));

afterAll(closeDb);

const NOW = new Date(Date.UTC(2025, 5, 1, 12, 0, 0));
let db: Db;
let documentId: number;
let reviewerId: number;

beforeAll(async () => {
  db = await testDb();
  const user = await db.user.create({ data: { email: `${uniqueName("reviewer")}@example.org`, name: "Sara", passwordHash: "-" }, select: { id: true } });
  reviewerId = user.id;
  documentId = await seedDocument(db, { title: "Letter & reply", corpusSlug: uniqueName("roundtrip"), reviewerId });
});

async function exportBytes(id: number, options: Partial<ExportParallelOptions>) {
  const result = await exportParallel(db, { documents: [id], format: "tmx", langs: "all", unit: "paragraph", status: "all", minScore: 0, now: NOW, ...options });
  return { fileName: result.fileName, bytes: await bodyOf(result) };
}

async function comparable(bytes: Buffer, format: string): Promise<unknown> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const files = await unzip(bytes);
    // Zip entries are named after the document; the contents must match.
    return Object.values(files);
  }
  return format === "tmx" ? withoutDates(bytes.toString("utf8")) : bytes.toString("utf8");
}

describe("round trip: export → import → export gives the same file (up to dates)", () => {
  const cases: Array<[string, Partial<ExportParallelOptions>]> = [
    ["TMX", { format: "tmx" }],
    ["TMX at sentence level", { format: "tmx", unit: "sentence" }],
    ["XLIFF 2.0, one pair", { format: "xliff", langs: ["en", "fa"] }],
    ["XLIFF 2.0, a zip of two pairs", { format: "xliff" }],
    ["Moses, one pair", { format: "moses", langs: ["en", "fa"] }],
    ["Moses, cleaned", { format: "moses", langs: ["en", "ar"], clean: { maxRatio: 1.2 } }],
    ["TSV", { format: "tsv" }],
    ["JSONL", { format: "jsonl" }],
  ];
  for (const [name, options] of cases) {
    it(name, async () => {
      const first = await exportBytes(documentId, options);
      const imported = await importParallel(db, { files: [{ name: first.fileName, bytes: first.bytes }], corpusSlug: uniqueName("reimport"), actorId: reviewerId });
      const second = await exportBytes(imported.documentId, options);
      expect(await comparable(second.bytes, options.format!)).toEqual(await comparable(first.bytes, options.format!));
      expect((await comparable(first.bytes, options.format!)) as unknown).not.toEqual([]);
    });
  }

  it("Moses, a zip of two pairs: the pair to import is chosen by its languages", async () => {
    const both = await exportBytes(documentId, { format: "moses" });
    const problem = await importParallel(db, { files: [{ name: "m.zip", bytes: both.bytes }], corpusSlug: uniqueName("moses") }).catch((e: unknown) => e);
    expect(problem).toMatchObject({ details: { problems: [{ messageKey: "parallel.problems.moses-files", params: { count: 4 } }] } });
    const imported = await importParallel(db, { files: [{ name: "m.zip", bytes: both.bytes }], langs: ["en", "ar"], corpusSlug: uniqueName("moses") });
    const again = await exportBytes(imported.documentId, { format: "moses", langs: ["en", "ar"] });
    const original = await unzip(both.bytes);
    expect(await unzip(again.bytes)).toEqual({ "corpus.en-ar.en": original["corpus.en-ar.en"], "corpus.en-ar.ar": original["corpus.en-ar.ar"] });
  });

  it("keeps the title, the statuses, the scores, and the reviewer only when it is the importing user", async () => {
    const { bytes } = await exportBytes(documentId, { format: "tmx" });
    const importedFrom = Date.now();
    const mine = await importParallel(db, { files: [{ name: "x.tmx", bytes }], corpusSlug: uniqueName("mine"), actorId: reviewerId });
    const importedUntil = Date.now();
    const someoneElse = await importParallel(db, { files: [{ name: "x.tmx", bytes }], corpusSlug: uniqueName("other"), actorId: null });
    expect(mine.format).toBe("tmx");
    expect(mine.langs).toEqual(["en", "fa", "ar"]);
    const rows = (id: number) => db.alignmentRow.findMany({ where: { documentId: id }, orderBy: { position: "asc" }, select: { status: true, score: true, decidedById: true, origin: true } });
    expect(await rows(mine.documentId)).toEqual([
      { status: "CONFIRMED", score: 1, decidedById: reviewerId, origin: "import:tmx" },
      { status: "CONFIRMED", score: 0.95, decidedById: reviewerId, origin: "import:tmx" },
      { status: "AUTO", score: 0.92, decidedById: null, origin: "import:tmx" },
      { status: "AUTO", score: 0.5, decidedById: null, origin: "import:tmx" },
      { status: "CONFIRMED", score: 1, decidedById: null, origin: "import:tmx" },
    ]);
    expect((await rows(someoneElse.documentId)).map((r) => r.decidedById)).toEqual([null, null, null, null, null]);
    // A confirmed row was decided at the import, in the same time zone as every other stored time.
    const decidedAt = await db.alignmentRow.findMany({ where: { documentId: mine.documentId }, orderBy: { position: "asc" }, select: { decidedAt: true } });
    expect(decidedAt.map((r) => r.decidedAt === null)).toEqual([false, false, true, true, false]);
    for (const { decidedAt: at } of decidedAt.filter((r) => r.decidedAt)) {
      expect(at!.getTime()).toBeGreaterThanOrEqual(importedFrom - 1);
      expect(at!.getTime()).toBeLessThanOrEqual(importedUntil + 1);
    }
    expect((await db.document.findUniqueOrThrow({ where: { id: mine.documentId }, select: { title: true } })).title).toBe("Letter & reply");
  });
});

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

describe("what an import stores", () => {
  it("a UTF-16 TMX: one text per language with its direction, a paragraph per segment, rows, sentences, the raw bytes", async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-16"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="fa"><seg>سلام.</seg></tuv><tuv xml:lang="ar"><seg>مرحبا.</seg></tuv></tu>
<tu><prop type="x-status">auto</prop><prop type="x-score">0.8</prop><tuv xml:lang="en"><seg>I want it.</seg></tuv><tuv xml:lang="fa"><seg>می‌خواهمش.</seg></tuv></tu>
</body></tmx>`;
    const bytes = utf16le(tmx);
    const result = await importParallel(db, { files: [{ name: "memory.tmx", bytes }], corpusSlug: uniqueName("store"), status: "auto" });
    expect(result).toMatchObject({ format: "tmx", rows: 2, langs: ["en", "fa", "ar"], skipped: 0 });
    const texts = await db.text.findMany({
      where: { documentId: result.documentId },
      orderBy: { id: "asc" },
      select: { lang: true, direction: true, raw: true, paragraphs: { orderBy: { position: "asc" }, select: { text: true, kind: true, sentences: { select: { start: true, end: true } } } } },
    });
    expect(texts.map((t) => [t.lang, t.direction, t.paragraphs.map((p) => p.text)])).toEqual([
      ["en", "LTR", ["Hello.", "I want it."]],
      ["fa", "RTL", ["سلام.", "می‌خواهمش."]],
      ["ar", "RTL", ["مرحبا."]],
    ]);
    expect(Buffer.from(texts[0]!.raw).equals(bytes)).toBe(true);
    const digest = createHash("sha256").update(bytes).digest("hex");
    const audit = await db.auditLog.findFirstOrThrow({ where: { documentId: result.documentId, action: "document.import-parallel" }, select: { data: true } });
    expect((audit.data as { files: unknown }).files).toEqual([{ name: "memory.tmx", bytes: bytes.length, sha256: digest }]);
    expect(texts[1]!.paragraphs[1]!.sentences).toEqual([{ start: 0, end: 10 }]);
    // The file says nothing of the first row's status: the import's default (auto here) applies.
    const rows = await db.alignmentRow.findMany({ where: { documentId: result.documentId }, orderBy: { position: "asc" }, select: { status: true, score: true, _count: { select: { cells: true, sentenceLinks: true } } } });
    expect(rows).toEqual([
      { status: "AUTO", score: 1, _count: { cells: 3, sentenceLinks: 1 } },
      { status: "AUTO", score: 0.8, _count: { cells: 2, sentenceLinks: 1 } },
    ]);
    expect((await db.document.findUniqueOrThrow({ where: { id: result.documentId }, select: { title: true, pivotLang: true } }))).toEqual({ title: "memory", pivotLang: "en" });
  });

  it("the raw bytes of an upload that is a view into a larger buffer are stored exactly", async () => {
    const tsv = Buffer.from("Hello\tسلام\nThanks\tمرسی\n");
    const larger = Buffer.concat([Buffer.from("ignored before"), tsv, Buffer.from("ignored after")]);
    const view = new Uint8Array(larger.buffer, larger.byteOffset + 14, tsv.length);
    const result = await importParallel(db, { files: [{ name: "view.tsv", bytes: view }], langs: ["en", "fa"], corpusSlug: uniqueName("view") });
    const texts = await db.text.findMany({ where: { documentId: result.documentId }, orderBy: { id: "asc" }, select: { raw: true } });
    expect(Buffer.from(texts[0]!.raw).equals(tsv)).toBe(true);
  });

  it("a Windows-1256 TSV without a header, with the languages given", async () => {
    // "Hello<TAB>سلام" in Windows-1256, then "Thanks<TAB>مرسی".
    const bytes = Buffer.from([...Buffer.from("Hello\t"), 0xd3, 0xe1, 0xc7, 0xe3, 0x0a, ...Buffer.from("Thanks\t"), 0xe3, 0xd1, 0xd3, 0xed, 0x0a]);
    const result = await importParallel(db, { files: [{ name: "legacy.tsv", bytes }], langs: ["en", "fa"], corpusSlug: uniqueName("cp1256") });
    const paragraphs = await db.paragraph.findMany({ where: { textRef: { documentId: result.documentId, lang: "fa" } }, orderBy: { position: "asc" }, select: { text: true } });
    expect(paragraphs.map((p) => p.text)).toEqual(["سلام", "مرسي"]);
  });

  it("a Moses pair as two files, languages from their names; each file stored whole with its digest, which the audit names", async () => {
    const files = [
      { name: "corpus.en-fa.en", bytes: Buffer.from("One.\nTwo.\n") },
      { name: "corpus.en-fa.fa", bytes: Buffer.from("یک.\nدو.\n") },
    ];
    const result = await importParallel(db, { files, corpusSlug: uniqueName("moses") });
    expect(result).toMatchObject({ format: "moses", rows: 2, langs: ["en", "fa"] });
    const digests = files.map((f) => createHash("sha256").update(f.bytes).digest("hex"));
    const texts = await db.text.findMany({ where: { documentId: result.documentId }, orderBy: { id: "asc" }, select: { raw: true, rawSha256: true } });
    expect(texts.map((t) => [Buffer.from(t.raw).toString(), t.rawSha256])).toEqual(files.map((f, k) => [f.bytes.toString(), digests[k]]));
    const audit = await db.auditLog.findFirstOrThrow({ where: { documentId: result.documentId, action: "document.import-parallel" }, select: { data: true } });
    expect((audit.data as { files: unknown }).files).toEqual(files.map((f, k) => ({ name: f.name, bytes: f.bytes.length, sha256: digests[k] })));
  });
});

async function counts() {
  return { documents: await db.document.count(), paragraphs: await db.paragraph.count(), rows: await db.alignmentRow.count() };
}

function form(files: Array<{ name: string; content: string | Buffer }>, fields: Record<string, string> = {}): Request {
  const body = new FormData();
  for (const f of files) body.append("file", new Blob([new Uint8Array(typeof f.content === "string" ? Buffer.from(f.content) : f.content)]), f.name);
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return new Request("http://test/api/import", { method: "POST", body });
}

async function problemOf(response: Response) {
  const { error } = (await response.json()) as { error: { code: string; problems: Array<{ field: string; messageKey: string; params: Record<string, unknown>; message: string }> } };
  return { status: response.status, code: error.code, problem: error.problems[0]! };
}

const tu = (i: number) => `<tu><tuv xml:lang="en"><seg>Sentence ${i}.</seg></tuv><tuv xml:lang="fa"><seg>جمله ${i}.</seg></tuv></tu>\n`;
const tmxOf = (body: string) => `<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n${body}</body></tmx>\n`;

describe("POST /api/import", () => {
  it("imports a raw TMX body and answers 201 with the new document", async () => {
    const response = await postImportRoute(new Request(`http://test/api/import?title=Memory&corpus=${uniqueName("api")}`, { method: "POST", body: tmxOf(tu(1) + tu(2)), headers: { "content-type": "application/xml" } }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { documentId: number; rows: number };
    expect(response.headers.get("location")).toBe(`/documents/${body.documentId}`);
    expect(body.rows).toBe(2);
  });

  it("a <tu> missing a language deep in the file: 422 with line and column, and nothing stored", async () => {
    const before = await counts();
    // 2,500 good units (two batches written inside the transaction) before the bad one, on lines 4 to 2503.
    const units = Array.from({ length: 2500 }, (_, i) => tu(i)).join("") + '<tu>\n<tuv><seg>No language</seg></tuv><tuv xml:lang="fa"><seg>بی‌زبان</seg></tuv></tu>\n';
    const { status, code, problem } = await problemOf(await postImportRoute(form([{ name: "big.tmx", content: tmxOf(units) }], { corpus: uniqueName("bad") })));
    expect([status, code]).toEqual([422, "validation"]);
    expect(problem).toMatchObject({ field: "file", messageKey: "parallel.problems.missing-language", params: { element: "tuv", line: 2505, column: 5 } });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["malformed XML", [{ name: "a.tmx", content: tmxOf('<tu><tuv xml:lang="en"><seg>x</tuv></tu>') }], "parallel.problems.xml-malformed", { line: 4, column: 35 }],
    ["an external entity", [{ name: "a.tmx", content: '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "http://127.0.0.1:1/x">]>\n<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>' }], "parallel.problems.xml-entities", { line: 2 }],
    ["a <tu> with one language", [{ name: "a.tmx", content: tmxOf('<tu><tuv xml:lang="en"><seg>Alone.</seg></tuv></tu>') }], "parallel.problems.single-language", { lang: "en", line: 4 }],
    ["Moses files with different line counts", [{ name: "c.en", content: "a\nb\nc\n" }, { name: "c.fa", content: "الف\nب\n" }], "parallel.problems.moses-line-count", { firstLines: 3, secondLines: 2 }],
    ["a plain text alone", [{ name: "c.en", content: "a\nb\n" }], "parallel.problems.moses-files", { count: 1 }],
    ["an HTML page", [{ name: "page.tmx", content: "<!DOCTYPE html><html><body>Hi</body></html>" }], "parallel.problems.unknown-format", { detected: "html" }],
    ["an unsupported language", [{ name: "a.tsv", content: "en\txx\nHello\tQux\n" }], "parallel.problems.bad-language", { lang: "xx", line: 2 }],
    ["Latin-1 bytes", [{ name: "a.tsv", content: Buffer.from([...Buffer.from("en\tfr\nSummer\t"), 0xe9, 0x74, 0xe9, 0x0a]) }], "import.problems.invalid-utf8", { offset: 13 }],
  ] as const)("%s: 422, nothing stored", async (_, files, messageKey, params) => {
    const before = await counts();
    const { status, problem } = await problemOf(await postImportRoute(form([...files], { corpus: uniqueName("bad") })));
    expect(status).toBe(422);
    expect(problem.messageKey).toBe(messageKey);
    expect(problem.params).toMatchObject(params);
    expect(await counts()).toEqual(before);
  });

  it("a 500 MB upload is refused with 413 from its declared length, before reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request("http://test/api/import", { method: "POST", body, headers: { "content-length": String(500 * 1024 * 1024) }, duplex: "half" } as RequestInit);
    const response = await postImportRoute(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(5);
  });

  it("an upload without a length is counted as it streams and refused with 413 once past the limit", async () => {
    const chunk = new Uint8Array(8 * 1024 * 1024).fill(0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 500 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await postImportRoute(new Request("http://test/api/import", { method: "POST", body, duplex: "half" } as RequestInit));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(200 * 1024 * 1024);
    const { error } = (await response.json()) as { error: { messageKey: string } };
    expect(error.messageKey).toBe("parallel.problems.too-large");
  });

  it("the use case refuses an oversized set of files as payload_too_large", async () => {
    const error = await importParallel(db, { files: [{ name: "a", bytes: new Uint8Array(129 * 1024 * 1024) }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(413);
  });
});
