// The term base's HTTP API, called as a script would call it (API tokens), against the real database: every
// endpoint and its statuses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTermFlags } from "@/app/api/documents/[id]/term-flags/route";
import { POST as acceptFlag } from "@/app/api/rows/[id]/term-flags/accept/route";
import { GET as getSuggestion } from "@/app/api/rows/[id]/term-suggestion/route";
import { POST as approveTerm } from "@/app/api/terms/[id]/approve/route";
import { POST as mergeTerm } from "@/app/api/terms/[id]/merge/route";
import { DELETE as deleteTerm, GET as getTerm, PATCH as patchTerm } from "@/app/api/terms/[id]/route";
import { GET as getUsageCsv } from "@/app/api/terms/[id]/usage.csv/route";
import { GET as getUsage } from "@/app/api/terms/[id]/usage/route";
import { GET as exportTerms } from "@/app/api/terms/export/route";
import { POST as importTerms } from "@/app/api/terms/import/route";
import { GET as listTerms, POST as createTerm } from "@/app/api/terms/route";
import type { RowTermFlag, TermMark, TermSuggestionDto } from "@/lib/server/terms/annotate-rows";
import type { ConceptView } from "@/lib/server/terms/concept-view";
import type { ConceptUsage } from "@/lib/server/terms/concept-usage";
import type { ImportTermsResult } from "@/lib/server/terms/import-terms";
import { createTestUser, type TestUser } from "../support/auth";
import { closeDb, testDb, uniqueName } from "../support/db";
import { demoTermBase, importDemoWithTerms, introRow } from "../support/demo-terms";

afterAll(closeDb);

let reviewer: TestUser;
let translator: TestUser;
let demo: { documentId: number; corpusId: number };
let intro: Awaited<ReturnType<typeof introRow>>;
beforeAll(async () => {
  reviewer = await createTestUser("reviewer");
  translator = await createTestUser("translator");
  demo = await importDemoWithTerms();
  intro = await introRow(demo.documentId);
});

const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
const get = (user: TestUser | null, url: string) => new Request(`http://test${url}`, { headers: user?.bearer ?? {} });
const send = (user: TestUser | null, method: string, url: string, body?: unknown) =>
  new Request(`http://test${url}`, { method, headers: { ...(user?.bearer ?? {}), "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
const upload = (user: TestUser, url: string, content: string, type = "application/octet-stream") =>
  new Request(`http://test${url}`, { method: "POST", headers: { ...user.bearer, "content-type": type }, body: content });
const json = async <T>(response: Response) => ({ status: response.status, body: (await response.json()) as T });

async function newCorpus(): Promise<{ id: number; slug: string }> {
  return (await testDb()).corpus.create({ data: { slug: uniqueName("terms-api"), name: "terms api" }, select: { id: true, slug: true } });
}

const concept = (label: string, extra: Record<string, unknown> = {}) => ({
  label,
  domain: "politics",
  renderings: [
    { lang: "en", text: `${label} en`, status: "preferred" },
    { lang: "fa", text: "مقاومت اسلامی", status: "preferred", note: "loaded" },
  ],
  ...extra,
});

describe("GET /api/documents/{id}/term-flags", () => {
  it("lists the document's flags (the intro's “Israeli regime” among them); 401 without a credential; 404 for no document", async () => {
    const id = String(demo.documentId);
    const ok = await json<{ flags: RowTermFlag[] }>(await getTermFlags(get(translator, `/api/documents/${id}/term-flags`), ctx({ id })));
    expect(ok.status).toBe(200);
    expect(ok.body.flags).toContainEqual(
      expect.objectContaining({ rowId: intro.rowId, lang: "en", found: "Israeli regime", expected: "Zionist regime", kind: "deprecated", concept: "Israeli state: “Zionist regime”" }),
    );
    expect(Object.keys(ok.body.flags[0]!).sort()).toEqual(["accepted", "concept", "conceptId", "expected", "found", "kind", "lang", "rowId"]);
    expect((await getTermFlags(get(null, `/api/documents/${id}/term-flags`), ctx({ id }))).status).toBe(401);
    expect((await getTermFlags(get(reviewer, `/api/documents/999999999/term-flags`), ctx({ id: "999999999" }))).status).toBe(404);
  });

  it("with ?rows= gives those rows' flags and marks; a bad list is 422", async () => {
    const id = String(demo.documentId);
    const some = await json<{ flags: RowTermFlag[]; marks: TermMark[] }>(await getTermFlags(get(reviewer, `/api/documents/${id}/term-flags?rows=${intro.rowId}`), ctx({ id })));
    expect(some.body.flags.map((f) => f.rowId)).toEqual([intro.rowId]);
    expect(some.body.marks.some((m) => m.paragraphId === intro.paragraphId && intro.text.slice(m.start, m.end) === "Israeli regime")).toBe(true);
    expect((await getTermFlags(get(reviewer, `/api/documents/${id}/term-flags?rows=x`), ctx({ id }))).status).toBe(422);
  });
});

describe("GET /api/rows/{id}/term-suggestion and POST /api/rows/{id}/term-flags/accept", () => {
  it("suggests the preferred rendering; 404 for no row", async () => {
    const { documentId } = await importDemoWithTerms();
    const row = await introRow(documentId);
    const id = String(row.rowId);
    const ok = await json<{ suggestions: TermSuggestionDto[] }>(await getSuggestion(get(translator, `/api/rows/${id}/term-suggestion`), ctx({ id })));
    expect(ok.status).toBe(200);
    expect(ok.body.suggestions).toEqual([{ rowId: row.rowId, paragraphId: row.paragraphId, version: row.version, before: row.text, after: row.text.replace("Israeli regime", "Zionist regime") }]);
    expect((await getSuggestion(get(translator, `/api/rows/999999999/term-suggestion`), ctx({ id: "999999999" }))).status).toBe(404);
  });

  it("a reviewer accepts a flag with a reason (200); a translator may not (403); a flag that is not there is 409; a bad kind 422", async () => {
    const { documentId } = await importDemoWithTerms();
    const row = await introRow(documentId);
    const id = String(row.rowId);
    const flags = await json<{ flags: RowTermFlag[] }>(await getTermFlags(get(reviewer, `/api/documents/${documentId}/term-flags?rows=${id}`), ctx({ id: String(documentId) })));
    const { conceptId } = flags.body.flags[0]!;
    const body = { conceptId, kind: "deprecated", lang: "en", reason: "quoted from the outlet" };
    expect((await acceptFlag(send(translator, "POST", `/api/rows/${id}/term-flags/accept`, body), ctx({ id }))).status).toBe(403);
    const ok = await json<{ flag: RowTermFlag }>(await acceptFlag(send(reviewer, "POST", `/api/rows/${id}/term-flags/accept`, body), ctx({ id })));
    expect(ok.status).toBe(200);
    expect(ok.body.flag).toMatchObject({ rowId: row.rowId, conceptId, kind: "deprecated", accepted: { reason: "quoted from the outlet", by: expect.any(String), at: expect.any(String) } });
    const after = await json<{ flags: RowTermFlag[] }>(await getTermFlags(get(reviewer, `/api/documents/${documentId}/term-flags`), ctx({ id: String(documentId) })));
    expect(after.body.flags.find((f) => f.rowId === row.rowId)!.accepted).toEqual(ok.body.flag.accepted);
    expect((await acceptFlag(send(reviewer, "POST", `/api/rows/${id}/term-flags/accept`, { ...body, kind: "missing" }), ctx({ id }))).status).toBe(409);
    expect((await acceptFlag(send(reviewer, "POST", `/api/rows/${id}/term-flags/accept`, { ...body, kind: "wrong" }), ctx({ id }))).status).toBe(422);
  });
});

describe("concepts: list, create, edit, approve, merge, delete", () => {
  it("lists concepts with renderings, searched by any rendering and limited to a corpus", async () => {
    const found = await json<{ concepts: ConceptView[]; total: number }>(await listTerms(get(translator, `/api/terms?q=${encodeURIComponent("رژیم صهیونیستی")}&corpus=${demo.corpusId}`)));
    expect(found.status).toBe(200);
    expect(found.body.concepts.map((c) => c.label)).toContain("Israeli state: “Zionist regime”");
    const israeli = found.body.concepts.find((c) => c.label === "Israeli state: “Zionist regime”")!;
    expect(israeli).toMatchObject({ state: "approved", domain: "politics", corpusId: demo.corpusId });
    expect(israeli.renderings).toContainEqual(expect.objectContaining({ lang: "en", text: "Israeli regime", status: "deprecated", state: "approved" }));
    // Typed on an Arabic keyboard (ي for ی), with a harakah: still found.
    const variant = await json<{ concepts: ConceptView[] }>(await listTerms(get(translator, `/api/terms?q=${encodeURIComponent("رژيمِ صهيونيستي")}&corpus=${demo.corpusId}`)));
    expect(variant.body.concepts.map((c) => c.id)).toContain(israeli.id);
    const wildcard = await json<{ concepts: ConceptView[] }>(await listTerms(get(translator, `/api/terms?q=${encodeURIComponent("%_")}&corpus=${demo.corpusId}`)));
    expect(wildcard.body.concepts).toEqual([]);
    expect((await listTerms(get(translator, `/api/terms?corpus=no-such-corpus`))).status).toBe(404);
    expect((await listTerms(get(null, `/api/terms`))).status).toBe(401);
  });

  it("a translator's concept is a proposal a reviewer approves; a reviewer's is approved at once; the same label twice is 409", async () => {
    const corpus = await newCorpus();
    const proposed = await json<{ concept: ConceptView }>(await createTerm(send(translator, "POST", "/api/terms", concept("Islamic resistance", { corpus: corpus.slug }))));
    expect(proposed.status).toBe(201);
    expect(proposed.body.concept).toMatchObject({ state: "proposed", corpusId: corpus.id, renderings: [expect.objectContaining({ state: "proposed" }), expect.objectContaining({ state: "proposed" })] });
    const id = String(proposed.body.concept.id);
    const pending = await json<{ concepts: ConceptView[] }>(await listTerms(get(reviewer, `/api/terms?corpus=${corpus.id}&state=proposed`)));
    expect(pending.body.concepts.map((c) => c.id)).toEqual([proposed.body.concept.id]);

    expect((await approveTerm(send(translator, "POST", `/api/terms/${id}/approve`), ctx({ id }))).status).toBe(403);
    const approved = await json<{ concept: ConceptView }>(await approveTerm(send(reviewer, "POST", `/api/terms/${id}/approve`), ctx({ id })));
    expect(approved.status).toBe(200);
    expect(approved.body.concept.state).toBe("approved");
    expect(approved.body.concept.renderings.every((r) => r.state === "approved")).toBe(true);
    expect((await approveTerm(send(reviewer, "POST", `/api/terms/999999999/approve`), ctx({ id: "999999999" }))).status).toBe(404);

    const direct = await json<{ concept: ConceptView }>(await createTerm(send(reviewer, "POST", "/api/terms", concept("Martyr", { corpus: corpus.id }))));
    expect(direct.body.concept.state).toBe("approved");
    expect((await createTerm(send(reviewer, "POST", "/api/terms", concept("martyr", { corpus: corpus.id })))).status).toBe(409);
    expect((await createTerm(send(reviewer, "POST", "/api/terms", concept("Bad", { corpus: corpus.id, renderings: [{ lang: "xx-nope", text: "a", status: "preferred" }] })))).status).toBe(422);
    expect((await createTerm(send(reviewer, "POST", "/api/terms", concept("Empty", { corpus: corpus.id, renderings: [{ lang: "en", text: "  ", status: "preferred" }] })))).status).toBe(422);
    expect((await createTerm(send(null, "POST", "/api/terms", concept("Nobody")))).status).toBe(401);
  });

  it("translators may add renderings to an approved concept but not change it (403); a stale updatedAt is 409", async () => {
    const corpus = await newCorpus();
    const created = (await json<{ concept: ConceptView }>(await createTerm(send(reviewer, "POST", "/api/terms", concept("Occupation", { corpus: corpus.id }))))).body.concept;
    const id = String(created.id);
    const keep = created.renderings.map(({ id: renderingId, lang, text, status, note }) => ({ id: renderingId, lang, text, status, note }));
    expect((await patchTerm(send(translator, "PATCH", `/api/terms/${id}`, { label: "Renamed" }), ctx({ id }))).status).toBe(403);
    expect((await patchTerm(send(translator, "PATCH", `/api/terms/${id}`, { renderings: keep.slice(1) }), ctx({ id }))).status).toBe(403);
    const added = await json<{ concept: ConceptView }>(
      await patchTerm(send(translator, "PATCH", `/api/terms/${id}`, { renderings: [...keep, { lang: "ar", text: "الاحتلال", status: "admitted" }] }), ctx({ id })),
    );
    expect(added.status).toBe(200);
    expect(added.body.concept.renderings.find((r) => r.lang === "ar")).toMatchObject({ text: "الاحتلال", state: "proposed" });
    expect((await patchTerm(send(reviewer, "PATCH", `/api/terms/${id}`, { label: "Occupation (renamed)", updatedAt: created.updatedAt }), ctx({ id }))).status).toBe(409);
    const renamed = await json<{ concept: ConceptView }>(
      await patchTerm(send(reviewer, "PATCH", `/api/terms/${id}`, { label: "Occupation (renamed)", updatedAt: added.body.concept.updatedAt }), ctx({ id })),
    );
    expect(renamed.body.concept.label).toBe("Occupation (renamed)");
    expect((await patchTerm(send(reviewer, "PATCH", `/api/terms/${id}`, { label: "" }), ctx({ id }))).status).toBe(422);
    const read = await json<{ concept: ConceptView }>(await getTerm(get(translator, `/api/terms/${id}`), ctx({ id })));
    expect(read.body.concept.label).toBe("Occupation (renamed)");
  });

  it("merges one concept into another (renderings move, the target's twin wins), then the merged one is gone", async () => {
    const corpus = await newCorpus();
    const a = (await json<{ concept: ConceptView }>(await createTerm(send(reviewer, "POST", "/api/terms", concept("Quds", { corpus: corpus.id }))))).body.concept;
    const b = (
      await json<{ concept: ConceptView }>(
        await createTerm(send(reviewer, "POST", "/api/terms", { label: "Jerusalem", corpus: corpus.id, renderings: [{ lang: "en", text: "Jerusalem", status: "preferred" }, { lang: "fa", text: "مقاومت اسلامی", status: "admitted" }] })),
      )
    ).body.concept;
    const id = String(b.id);
    expect((await mergeTerm(send(translator, "POST", `/api/terms/${id}/merge`, { into: a.id }), ctx({ id }))).status).toBe(403);
    expect((await mergeTerm(send(reviewer, "POST", `/api/terms/${id}/merge`, { into: b.id }), ctx({ id }))).status).toBe(422);
    const merged = await json<{ concept: ConceptView; moved: number; dropped: number }>(await mergeTerm(send(reviewer, "POST", `/api/terms/${id}/merge`, { into: a.id }), ctx({ id })));
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ moved: 1, dropped: 1 });
    expect(merged.body.concept.renderings.map((r) => r.text).sort()).toEqual(["Jerusalem", "Quds en", "مقاومت اسلامی"].sort());
    expect((await getTerm(get(reviewer, `/api/terms/${id}`), ctx({ id }))).status).toBe(404);
  });

  it("deletes: a translator only their own proposal (else 403), a reviewer anything (204), then 404", async () => {
    const corpus = await newCorpus();
    const mine = (await json<{ concept: ConceptView }>(await createTerm(send(translator, "POST", "/api/terms", concept("Mine", { corpus: corpus.id }))))).body.concept;
    const theirs = (await json<{ concept: ConceptView }>(await createTerm(send(reviewer, "POST", "/api/terms", concept("Theirs", { corpus: corpus.id }))))).body.concept;
    expect((await deleteTerm(send(translator, "DELETE", `/api/terms/${theirs.id}`), ctx({ id: String(theirs.id) }))).status).toBe(403);
    expect((await deleteTerm(send(translator, "DELETE", `/api/terms/${mine.id}`), ctx({ id: String(mine.id) }))).status).toBe(204);
    expect((await deleteTerm(send(reviewer, "DELETE", `/api/terms/${theirs.id}`), ctx({ id: String(theirs.id) }))).status).toBe(204);
    expect((await deleteTerm(send(reviewer, "DELETE", `/api/terms/${theirs.id}`), ctx({ id: String(theirs.id) }))).status).toBe(404);
  });
});

describe("import and export", () => {
  it("imports TBX (created), again (merged, nothing doubled), and CSV told by its content whatever the Content-Type", async () => {
    const corpus = await newCorpus();
    const first = await json<ImportTermsResult>(await importTerms(upload(reviewer, `/api/terms/import?corpus=${corpus.slug}`, demoTermBase(), "text/csv")));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ format: "tbx", created: 18, merged: 0, refused: 0 });
    const stored = (await json<{ concepts: ConceptView[] }>(await listTerms(get(reviewer, `/api/terms?corpus=${corpus.id}&limit=1`)))).body.concepts[0]!;
    // Written in SQL by the import: the same UTC instants Prisma writes and reads.
    expect(Math.abs(Date.parse(stored.approvedAt!) - Date.now())).toBeLessThan(10 * 60_000);
    expect(stored).toMatchObject({ state: "approved", approvedBy: expect.any(String), updatedAt: stored.approvedAt });
    const again = await json<ImportTermsResult>(await importTerms(upload(reviewer, `/api/terms/import?corpus=${corpus.id}`, demoTermBase())));
    expect(again.body).toMatchObject({ created: 0, merged: 18, refused: 0, renderingsCreated: 0 });
    const csv = "concept_label,lang,term,status\nZionist regime concept,en,Zionist regime,preferred\nNew concept,en,brand new,admitted\nNew concept,fa,تازه,preferred\n";
    const fromCsv = await json<ImportTermsResult>(await importTerms(upload(reviewer, `/api/terms/import?corpus=${corpus.id}`, csv, "application/xml")));
    expect(fromCsv.body).toMatchObject({ format: "csv", created: 2, merged: 0, renderingsCreated: 3 });
    const conflict = "concept_label,lang,term,status\nNew concept,en,brand new,deprecated\n";
    const refused = await json<ImportTermsResult>(await importTerms(upload(reviewer, `/api/terms/import?corpus=${corpus.id}`, conflict)));
    expect(refused.body).toMatchObject({ created: 0, merged: 1, refused: 1 });
    expect(refused.body.problems).toContainEqual(expect.objectContaining({ code: "conflicting-status", severity: "warning" }));
  });

  it("refuses a broken file whole with line numbers (422), stores a translator's import as proposals, and needs a credential", async () => {
    const corpus = await newCorpus();
    const db = await testDb();
    const broken = '<?xml version="1.0"?>\n<tbx>\n<text><body>\n<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec>\n</body></text>\n</tbx>\n';
    const bad = await json<{ error: { problems: Array<{ field: string; params: { line?: number } }> } }>(await importTerms(upload(reviewer, `/api/terms/import?corpus=${corpus.id}`, broken)));
    expect(bad.status).toBe(422);
    expect(bad.body.error.problems[0]!.params.line).toBeGreaterThan(1);
    const unknownLanguage = "concept_label,lang,term,status\nA,en,a,preferred\nB,zz-nope,b,preferred\n";
    const badLang = await json<{ error: { problems: Array<{ field: string }> } }>(await importTerms(upload(reviewer, `/api/terms/import?corpus=${corpus.id}`, unknownLanguage)));
    expect(badLang.status).toBe(422);
    expect(badLang.body.error.problems.map((p) => p.field)).toContain("line 3");
    expect(await db.termConcept.count({ where: { corpusId: corpus.id } })).toBe(0);

    const proposed = await json<ImportTermsResult>(await importTerms(upload(translator, `/api/terms/import?corpus=${corpus.id}`, "concept_label,lang,term,status\nA,en,a,preferred\n")));
    expect(proposed.body.created).toBe(1);
    expect(await db.termConcept.findFirstOrThrow({ where: { corpusId: corpus.id }, select: { state: true } })).toEqual({ state: "PROPOSED" });
    expect((await importTerms(new Request("http://test/api/terms/import", { method: "POST", body: "x" }))).status).toBe(401);
    expect((await importTerms(upload(reviewer, `/api/terms/import?corpus=${corpus.id}`, "   "))).status).toBe(422);
  });

  it("reads a CSV saved as Windows-1256 or UTF-16 as a document's upload is read, and asks for the encoding it cannot tell", async () => {
    const corpus = await newCorpus();
    const csv = "concept_label,lang,term,status\nZionist entity,ar,الكيان الصهيوني,preferred\nZionist entity,en,Zionist entity,admitted\n";
    // Windows-1256, as Excel on an Arabic Windows saves "CSV (comma delimited)": the code page's table, inverted.
    const cp1256 = new Map(Array.from({ length: 256 }, (_, byte) => [new TextDecoder("windows-1256").decode(Uint8Array.of(byte)), byte]));
    const encodings: Record<string, Uint8Array> = {
      "windows-1256": Uint8Array.from([...csv].map((char) => cp1256.get(char)!)),
      "utf-16 with a byte order mark": new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")])),
    };
    const post = (bytes: Uint8Array, query = "") =>
      importTerms(new Request(`http://test/api/terms/import?corpus=${corpus.id}${query}`, { method: "POST", headers: { ...reviewer.bearer, "content-type": "text/csv" }, body: Buffer.from(bytes) }));
    for (const [name, bytes] of Object.entries(encodings)) {
      const result = await json<ImportTermsResult>(await post(bytes));
      expect({ name, status: result.status }).toEqual({ name, status: 200 });
    }
    const stored = await (await testDb()).termConcept.findFirstOrThrow({ where: { corpusId: corpus.id }, select: { renderings: { select: { lang: true, text: true }, orderBy: { lang: "asc" } } } });
    expect(stored.renderings).toEqual([
      { lang: "ar", text: "الكيان الصهيوني" },
      { lang: "en", text: "Zionist entity" },
    ]);

    const noMark = new Uint8Array(Buffer.from("concept_label,lang,term,status\nZionist entity,fr,entité sioniste,admitted\n", "utf16le"));
    const refused = await json<{ error: { messageKey: string; params: Record<string, string> } }>(await post(noMark));
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ messageKey: "import.problems.unsupported-encoding", params: { encoding: "UTF-16", byteOrder: "LE", hint: "choose-encoding" } });
    expect((await post(noMark, "&encoding=latin1")).status).toBe(422);
    const chosen = await json<ImportTermsResult>(await post(noMark, "&encoding=utf-16le"));
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ format: "csv", merged: 1, renderingsCreated: 1 });
  });

  it("exports the approved term base as TBX, TBX-Basic and CSV, and an export imports back to the same concepts", async () => {
    const corpus = await newCorpus();
    await importTerms(upload(reviewer, `/api/terms/import?corpus=${corpus.id}`, demoTermBase()));
    const tbx = await exportTerms(get(translator, `/api/terms/export?format=tbx&corpus=${corpus.id}`));
    expect(tbx.status).toBe(200);
    const tbxText = await tbx.text();
    expect(tbxText).toContain("<tbx");
    expect(tbxText).toContain("رژیم صهیونیستی");
    const basic = await (await exportTerms(get(translator, `/api/terms/export?format=tbx-basic&corpus=${corpus.id}`))).text();
    expect(basic).toContain("<martif");
    const csv = await exportTerms(get(translator, `/api/terms/export?format=csv&corpus=${corpus.id}`));
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect((await csv.text()).split(/\r?\n/)[0]).toBe("concept_id,concept_label,domain,concept_note,lang,term,status,term_note");
    expect((await exportTerms(get(translator, `/api/terms/export?format=docx`))).status).toBe(422);

    const copy = await newCorpus();
    const back = await json<ImportTermsResult>(await importTerms(upload(reviewer, `/api/terms/import?corpus=${copy.id}`, basic)));
    expect(back.body).toMatchObject({ created: 18, refused: 0 });
  });
});

describe("GET /api/terms/{id}/usage", () => {
  it("gives every rendering used per language with counts, rows and documents, and the same as CSV", async () => {
    const db = await testDb();
    const flag = await db.termConcept.findFirstOrThrow({ where: { corpusId: demo.corpusId, label: "Israeli state: “Zionist regime”" }, select: { id: true } });
    const id = String(flag.id);
    const usage = await json<ConceptUsage>(await getUsage(get(translator, `/api/terms/${id}/usage`), ctx({ id })));
    expect(usage.status).toBe(200);
    const en = usage.body.languages.find((l) => l.lang === "en")!;
    const israeliRegime = en.renderings.find((r) => r.text === "Israeli regime")!;
    expect(israeliRegime).toMatchObject({ status: "deprecated", documentIds: [demo.documentId] });
    expect(israeliRegime.rowIds).toContain(intro.rowId);
    expect(israeliRegime.count).toBeGreaterThanOrEqual(1);
    expect(usage.body.languages.map((l) => l.lang)).toEqual(expect.arrayContaining(["ar", "en", "fa"]));
    expect(usage.body.documents).toEqual([expect.objectContaining({ id: demo.documentId })]);

    const csv = await getUsageCsv(get(translator, `/api/terms/${id}/usage.csv`), ctx({ id }));
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe("lang,rendering,status,document_id,document_title,count,row_ids");
    expect(lines.some((l) => l.startsWith("en,Israeli regime,deprecated,") && l.includes(String(intro.rowId)))).toBe(true);
    const viaQuery = await getUsage(get(translator, `/api/terms/${id}/usage?format=csv`), ctx({ id }));
    expect(viaQuery.headers.get("content-type")).toMatch(/text\/csv/);
    expect((await getUsage(get(translator, `/api/terms/999999999/usage`), ctx({ id: "999999999" }))).status).toBe(404);
  });
});
