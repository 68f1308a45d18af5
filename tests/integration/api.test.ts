// The HTTP edge: route handlers called with real Request objects; errors come back as 4xx JSON.
import { afterAll, describe, expect, it } from "vitest";
import { GET as getDocument } from "@/app/api/documents/[id]/route";
import { GET as listDocuments, POST as importDocument } from "@/app/api/documents/route";
import { PATCH as patchRow } from "@/app/api/rows/[id]/route";
import { demoBytes } from "../support/demo";
import { closeDb, testDb } from "../support/db";

afterAll(closeDb);

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

function importForm(texts: Array<{ lang: string; text?: string; file?: Uint8Array }>, title = "API test") {
  const form = new FormData();
  form.set("title", title);
  texts.forEach((t, n) => {
    form.set(`text.${n}.lang`, t.lang);
    form.set(`text.${n}.role`, n === 0 ? "translation" : "original");
    if (t.file) form.set(`text.${n}.file`, new Blob([Buffer.from(t.file)]), `${t.lang}.txt`);
    else form.set(`text.${n}.text`, t.text ?? "");
  });
  return new Request("http://test/api/documents", { method: "POST", body: form });
}

async function documentCount(): Promise<number> {
  return (await testDb()).document.count();
}

describe("POST /api/documents", () => {
  it("imports uploaded files and answers 201 with the new document", async () => {
    await testDb();
    const response = await importDocument(importForm([{ lang: "en", file: demoBytes("en") }, { lang: "fa", file: demoBytes("fa") }]));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { documentId: number };
    expect(response.headers.get("location")).toBe(`/documents/${body.documentId}`);

    const view = await getDocument(new Request("http://test"), params({ id: String(body.documentId) }));
    expect(view.status).toBe(200);
    const json = (await view.json()) as { texts: Array<{ lang: string; dir: string }> };
    expect(json.texts.map((t) => [t.lang, t.dir])).toEqual([["en", "ltr"], ["fa", "rtl"]]);
  });

  it("answers 422 with a problem per bad text, and stores nothing", async () => {
    const before = await documentCount();
    const response = await importDocument(
      importForm([
        { lang: "en", text: "A fine English paragraph." },
        { lang: "fa", file: Uint8Array.from([0x55, 0x6e, 0x20, 0xe9, 0x74, 0xe9]) }, // Latin-1: neither UTF-8 nor Arabic-script Windows-1256
        { lang: "xx", text: "whatever" },
      ]),
    );
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; problems: Array<{ field: string; messageKey: string }> } };
    expect(error.code).toBe("validation");
    expect(error.problems.map((p) => [p.field, p.messageKey])).toEqual([
      ["texts.1.content", "import.problems.invalid-utf8"],
      ["texts.2.lang", "import.problems.unsupported-language"],
    ]);
    expect(await documentCount()).toBe(before);
  });

  it("refuses a body over the limit before reading it (413)", async () => {
    const request = new Request("http://test/api/documents", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(60 * 1024 * 1024) },
      body: "--x--",
    });
    const response = await importDocument(request);
    expect(response.status).toBe(413);
  });

  it("answers 422 for a missing text and for a malformed JSON body", async () => {
    expect((await importDocument(importForm([{ lang: "en", text: "" }]))).status).toBe(422);
    const json = new Request("http://test/api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect((await importDocument(json)).status).toBe(422);
  });

  it("accepts JSON from scripts", async () => {
    const request = new Request("http://test/api/documents", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "From a script", texts: [{ lang: "ar", role: "original", text: "الفقرة الأولى.\n\nالفقرة الثانية." }] }),
    });
    const response = await importDocument(request);
    expect(response.status).toBe(201);
    const listed = (await (await listDocuments()).json()) as { documents: Array<{ title: string; langs: string[] }> };
    expect(listed.documents.find((d) => d.title === "From a script")?.langs).toEqual(["ar"]);
  });
});

describe("other endpoints", () => {
  it("404 for an unknown or malformed document id", async () => {
    expect((await getDocument(new Request("http://test"), params({ id: "99999999" }))).status).toBe(404);
    expect((await getDocument(new Request("http://test"), params({ id: "1abc" }))).status).toBe(404);
  });

  it("409 when a row's version is stale, 422 when the body is wrong", async () => {
    const db = await testDb();
    const row = await db.alignmentRow.findFirstOrThrow({ select: { id: true, version: true } });
    const patch = (body: unknown) =>
      patchRow(new Request("http://test", { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), params({ id: String(row.id) }));
    expect((await patch({ status: "CONFIRMED", version: row.version })).status).toBe(200);
    expect((await patch({ status: "REJECTED", version: row.version })).status).toBe(409);
    expect((await patch({ status: "MAYBE", version: row.version })).status).toBe(422);
  });
});
