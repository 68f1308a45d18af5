// The HTTP edge: route handlers called with real Request objects; errors come back as 4xx JSON.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getDocument } from "@/app/api/documents/[id]/route";
import { GET as listDocuments, POST as importDocument } from "@/app/api/documents/route";
import { PATCH as patchRow } from "@/app/api/rows/[id]/route";
import { parseTexts } from "@/lib/core/jobs";
import { createTestUser, type TestUser } from "../support/auth";
import { demoBytes } from "../support/demo";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

// Every request below is a reviewer's script (API token); tests/integration/auth*.test.ts cover the rest.
let reviewer: TestUser;
beforeAll(async () => {
  reviewer = await createTestUser("reviewer");
});

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
const none = params({});

function form2request(form: FormData): Request {
  return new Request("http://test/api/documents", { method: "POST", body: form, headers: reviewer.bearer });
}

function importForm(texts: Array<{ lang: string; text?: string; file?: Uint8Array; encoding?: string }>, title = "API test") {
  return form2request(buildForm(texts, title));
}

function buildForm(texts: Array<{ lang: string; text?: string; file?: Uint8Array; encoding?: string }>, title: string): FormData {
  const form = new FormData();
  form.set("title", title);
  texts.forEach((t, n) => {
    form.set(`text.${n}.lang`, t.lang);
    form.set(`text.${n}.role`, n === 0 ? "translation" : "original");
    if (t.file) form.set(`text.${n}.file`, new Blob([Buffer.from(t.file)]), `${t.lang}.txt`);
    else form.set(`text.${n}.text`, t.text ?? "");
    if (t.encoding) form.set(`text.${n}.encoding`, t.encoding);
  });
  return form;
}

async function documentsTitled(title: string): Promise<number> {
  return (await testDb()).document.count({ where: { title } });
}

describe("POST /api/documents", () => {
  it("imports uploaded files and answers 201 with the new document", async () => {
    await testDb();
    const response = await importDocument(importForm([{ lang: "en", file: demoBytes("en") }, { lang: "fa", file: demoBytes("fa") }]), none);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { documentId: number };
    expect(response.headers.get("location")).toBe(`/documents/${body.documentId}`);

    const view = await getDocument(new Request("http://test", { headers: reviewer.bearer }), params({ id: String(body.documentId) }));
    expect(view.status).toBe(200);
    const json = (await view.json()) as { texts: Array<{ lang: string; dir: string }> };
    expect(json.texts.map((t) => [t.lang, t.dir])).toEqual([["en", "ltr"], ["fa", "rtl"]]);
  });

  it("reads an uploaded file in the encoding its box names, and refuses an encoding it does not know", async () => {
    const title = uniqueName("encoding");
    // UTF-16 LE without a byte order mark, which detection refuses to guess.
    const persian = new Uint8Array(Buffer.from(new TextDecoder().decode(demoBytes("fa")), "utf16le"));
    const refused = await importDocument(importForm([{ lang: "en", file: demoBytes("en") }, { lang: "fa", file: persian }], title), none);
    expect(refused.status).toBe(422);
    const refusal = (await refused.json()) as { error: { problems: Array<{ field: string; messageKey: string }> } };
    expect(refusal.error.problems.map((p) => [p.field, p.messageKey])).toEqual([["texts.1.content", "import.problems.unsupported-encoding"]]);

    const unknown = await importDocument(importForm([{ lang: "en", file: demoBytes("en") }, { lang: "fa", file: persian, encoding: "latin1" }], title), none);
    expect(unknown.status).toBe(422);
    const problems = ((await unknown.json()) as { error: { problems: Array<{ field: string }> } }).error.problems.map((p) => p.field);
    expect(problems).toContain("texts.1.encoding");
    expect(await documentsTitled(title)).toBe(0);

    const chosen = await importDocument(importForm([{ lang: "en", file: demoBytes("en") }, { lang: "fa", file: persian, encoding: "utf-16le" }], title), none);
    expect(chosen.status).toBe(201);
    const { documentId } = (await chosen.json()) as { documentId: number };
    const fa = await (await testDb()).text.findFirstOrThrow({ where: { documentId, lang: "fa" }, select: { raw: true, paragraphs: { select: { text: true }, orderBy: { position: "asc" } } } });
    expect(Buffer.from(fa.raw).equals(Buffer.from(persian))).toBe(true); // stored as uploaded, byte for byte
    // Its paragraphs are those of the same text in UTF-8.
    const [utf8] = parseTexts([{ lang: "fa", format: "auto", content: { kind: "bytes", bytes: demoBytes("fa") } }]);
    expect(fa.paragraphs.map((p) => p.text)).toEqual(utf8!.ok ? utf8!.parsed.paragraphs.map((p) => p.text) : null);
  });

  it("answers 422 with a problem per bad text, and stores nothing", async () => {
    const title = uniqueName("bad-texts");
    const response = await importDocument(
      importForm(
        [
          { lang: "en", text: "A fine English paragraph." },
          { lang: "fa", file: Uint8Array.from([0x55, 0x6e, 0x20, 0xe9, 0x74, 0xe9]) }, // Latin-1: neither UTF-8 nor Arabic-script Windows-1256
          { lang: "xx", text: "whatever" },
        ],
        title,
      ),
    );
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; problems: Array<{ field: string; messageKey: string }> } };
    expect(error.code).toBe("validation");
    expect(error.problems.map((p) => [p.field, p.messageKey])).toEqual([
      ["texts.1.content", "import.problems.invalid-utf8"],
      ["texts.2.lang", "import.problems.unsupported-language"],
    ]);
    expect(await documentsTitled(title)).toBe(0);
  });

  it("streams the stages as they pass when asked (Accept: application/x-ndjson), then the new document", async () => {
    const title = uniqueName("streamed");
    const request = new Request("http://test/api/documents", {
      method: "POST",
      body: buildForm([{ lang: "en", file: demoBytes("en") }, { lang: "fa", file: demoBytes("fa") }], title),
      headers: { ...reviewer.bearer, accept: "application/x-ndjson" },
    });
    const response = await importDocument(request, none);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text())
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { progress?: { stage: string; done: number; total: number }; status?: number; result?: { documentId: number } });
    const stages = lines.flatMap((line) => (line.progress ? [line.progress.stage] : []));
    expect(stages.filter((stage, k) => stage !== stages[k - 1])).toEqual(["parse", "align", "sentences", "write"]);
    for (const { progress } of lines) if (progress) expect(progress.done).toBeLessThanOrEqual(progress.total);
    const last = lines.at(-1)!;
    expect(last.status).toBe(201);
    expect(await (await testDb()).document.findUnique({ where: { id: last.result!.documentId }, select: { title: true } })).toEqual({ title });
  });

  it("streams a refused import's problems as its last line, and stores nothing", async () => {
    const title = uniqueName("streamed-bad");
    const request = new Request("http://test/api/documents", {
      method: "POST",
      body: buildForm([{ lang: "en", text: "A fine English paragraph." }, { lang: "xx", text: "whatever" }], title),
      headers: { ...reviewer.bearer, accept: "application/x-ndjson" },
    });
    const lines = (await (await importDocument(request, none)).text()).split("\n").filter(Boolean).map((line) => JSON.parse(line) as { status?: number; error?: { code: string } });
    expect(lines.at(-1)).toMatchObject({ status: 422, error: { code: "validation" } });
    expect(await documentsTitled(title)).toBe(0);
  });

  it("reports the problems of every box at once, each under its own field", async () => {
    const title = uniqueName("every-box");
    const form = buildForm([{ lang: "en", text: "A fine English paragraph." }, { lang: "fa", text: "" }, { lang: "ar", text: "This is English, not Arabic at all, in the Arabic box." }], title);
    form.set("text.0.sourceUrl", "not a url");
    form.set("text.2.publishedAt", "yesterday");
    const response = await importDocument(form2request(form), none);
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { problems: Array<{ field: string; messageKey: string }> } };
    expect(error.problems.map((p) => p.field)).toEqual(["texts.0.sourceUrl", "texts.1.content", "texts.2.content", "texts.2.publishedAt"]);
    expect(await documentsTitled(title)).toBe(0);
  });

  it("counts the bytes of a chunked body and answers 413 at the limit, with nothing stored", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far past the limit if it were all read: the reader must stop on its own.
        if (sent++ < 200) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request("http://test/api/documents", {
      method: "POST",
      headers: { "content-type": "application/json", ...reviewer.bearer },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await importDocument(request, none);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(200);
  });
});

describe("cross-site requests", () => {
  const post = (headers: Record<string, string>, title: string) =>
    importDocument(
      new Request("http://app.test/api/documents", {
        method: "POST",
        headers: { "content-type": "application/json", host: "app.test", ...reviewer.bearer, ...headers },
        body: JSON.stringify({ title, texts: [{ lang: "en", text: "A paragraph posted from somewhere." }] }),
      }),
    );

  it("refuses a write whose Origin is another site (403) and stores nothing", async () => {
    const title = uniqueName("cross-site");
    const response = await post({ origin: "https://evil.example" }, title);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { messageKey: string } }).error.messageKey).toBe("errors.crossSite");
    expect(await documentsTitled(title)).toBe(0);
  });

  it("refuses what the browser marks as cross-site, and a null Origin", async () => {
    expect((await post({ "sec-fetch-site": "cross-site" }, uniqueName("x"))).status).toBe(403);
    expect((await post({ origin: "null" }, uniqueName("x"))).status).toBe(403);
  });

  it("accepts the app's own origin, and scripts that send none", async () => {
    expect((await post({ origin: "http://app.test", "sec-fetch-site": "same-origin" }, uniqueName("own"))).status).toBe(201);
    expect((await post({}, uniqueName("script"))).status).toBe(201);
  });
});

describe("import requests: limits and bodies", () => {

  it("refuses a body declared over the limit before reading it (413)", async () => {
    const request = new Request("http://test/api/documents", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(60 * 1024 * 1024), ...reviewer.bearer },
      body: "--x--",
    });
    const response = await importDocument(request, none);
    expect(response.status).toBe(413);
  });

  it("answers 422 for a missing text and for a malformed JSON body", async () => {
    expect((await importDocument(importForm([{ lang: "en", text: "" }]), none)).status).toBe(422);
    const json = new Request("http://test/api/documents", { method: "POST", headers: { "content-type": "application/json", ...reviewer.bearer }, body: "{not json" });
    expect((await importDocument(json, none)).status).toBe(422);
  });

  it("accepts JSON from scripts", async () => {
    const request = new Request("http://test/api/documents", {
      method: "POST",
      headers: { "content-type": "application/json", ...reviewer.bearer },
      body: JSON.stringify({ title: "From a script", texts: [{ lang: "ar", role: "original", text: "الفقرة الأولى.\n\nالفقرة الثانية." }] }),
    });
    const response = await importDocument(request, none);
    expect(response.status).toBe(201);
    const listed = (await (await listDocuments(new Request("http://test/api/documents", { headers: reviewer.bearer }), none)).json()) as { documents: Array<{ title: string; langs: string[] }> };
    expect(listed.documents.find((d) => d.title === "From a script")?.langs).toEqual(["ar"]);
  });
});

describe("other endpoints", () => {
  it("404 for an unknown or malformed document id", async () => {
    expect((await getDocument(new Request("http://test", { headers: reviewer.bearer }), params({ id: "99999999" }))).status).toBe(404);
    expect((await getDocument(new Request("http://test", { headers: reviewer.bearer }), params({ id: "1abc" }))).status).toBe(404);
  });

  it("409 when a row's version is stale, 422 when the body is wrong", async () => {
    const db = await testDb();
    const row = await db.alignmentRow.findFirstOrThrow({ select: { id: true, version: true } });
    const patch = (body: unknown) =>
      patchRow(new Request("http://test", { method: "PATCH", headers: { "content-type": "application/json", ...reviewer.bearer }, body: JSON.stringify(body) }), params({ id: String(row.id) }));
    expect((await patch({ status: "confirmed", version: row.version })).status).toBe(200);
    expect((await patch({ status: "rejected", version: row.version })).status).toBe(409);
    expect((await patch({ status: "maybe", version: row.version })).status).toBe(422);
  });
});
