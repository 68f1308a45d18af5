// The workbench's HTTP API, called as a script would call it (API tokens), against the real database: every
// endpoint and its statuses. Sign-in and 401s are in auth*.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getChanges } from "@/app/api/documents/[id]/changes/route";
import { GET as countAbove, POST as confirmAbove } from "@/app/api/documents/[id]/confirm-above/route";
import { GET as getItems } from "@/app/api/documents/[id]/items/route";
import { GET as getLayout } from "@/app/api/documents/[id]/layout/route";
import { GET as getQueue } from "@/app/api/documents/[id]/queue/route";
import { POST as redo } from "@/app/api/documents/[id]/redo/route";
import { GET as listRows, POST as insertRow } from "@/app/api/documents/[id]/rows/route";
import { GET as undoState, POST as undo } from "@/app/api/documents/[id]/undo/route";
import { GET as getDiff } from "@/app/api/paragraphs/[id]/diff/route";
import { POST as mergeParagraphNext } from "@/app/api/paragraphs/[id]/merge-next/route";
import { GET as listRevisions } from "@/app/api/paragraphs/[id]/revisions/route";
import { POST as restoreRevision } from "@/app/api/paragraphs/[id]/revisions/[version]/restore/route";
import { PATCH as patchParagraph } from "@/app/api/paragraphs/[id]/route";
import { POST as splitParagraph } from "@/app/api/paragraphs/[id]/split/route";
import { GET as rowHistory } from "@/app/api/rows/[id]/history/route";
import { POST as mergeRowNext } from "@/app/api/rows/[id]/merge-next/route";
import { POST as moveParagraph } from "@/app/api/rows/[id]/move-paragraph/route";
import { POST as noCounterpart } from "@/app/api/rows/[id]/no-counterpart/route";
import { PATCH as patchRow } from "@/app/api/rows/[id]/route";
import { POST as splitRow } from "@/app/api/rows/[id]/split/route";
import { GET as search } from "@/app/api/search/route";
import { importDocument } from "@/lib/server/document/import-document";
import type { RowView } from "@/lib/server/document/views";
import { createTestUser, type TestUser } from "../support/auth";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

let reviewer: TestUser;
let translator: TestUser;
beforeAll(async () => {
  reviewer = await createTestUser("reviewer");
  translator = await createTestUser("translator");
});

const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
const get = (user: TestUser, url: string) => new Request(`http://test${url}`, { headers: user.bearer });
const send = (user: TestUser, method: string, url: string, body?: unknown) =>
  new Request(`http://test${url}`, { method, headers: { ...user.bearer, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
const json = async <T>(response: Response) => ({ status: response.status, body: (await response.json()) as T });

const EN = ["First paragraph. It has two sentences.", "Second paragraph.", "Third paragraph.", "Fourth paragraph."];
const FA = ["پاراگراف نخست. دو جمله دارد.", "پاراگراف دوم.", "پاراگراف سوم.", "پاراگراف چهارم."];

async function importSmall(en = EN, fa = FA) {
  const { documentId } = await importDocument(await testDb(), {
    corpusSlug: uniqueName("api"),
    texts: [
      { lang: "en", role: "translation", format: "plain", content: { kind: "text", text: en.join("\n\n") } },
      { lang: "fa", role: "original", format: "plain", content: { kind: "text", text: fa.join("\n\n") } },
    ],
  });
  return documentId;
}

async function rows(documentId: number): Promise<RowView[]> {
  return (await json<{ rows: RowView[] }>(await listRows(get(reviewer, `/api/documents/${documentId}/rows?limit=1000`), ctx({ id: String(documentId) })))).body.rows;
}

describe("reading a document", () => {
  it("pages rows with a cursor: ids, statuses, scores, versions, paragraphs per language", async () => {
    const id = await importSmall();
    const first = await json<{ rows: RowView[]; next: number | null }>(await listRows(get(reviewer, `/api/documents/${id}/rows?limit=3`), ctx({ id: String(id) })));
    expect(first.status).toBe(200);
    expect(first.body.rows).toHaveLength(3);
    expect(first.body.rows[0]).toMatchObject({ status: "auto", version: 1, cells: { en: [{ text: EN[0], lang: "en", kind: "body", version: 1 }], fa: [{ text: FA[0] }] } });
    const second = await json<{ rows: RowView[]; next: number | null }>(await listRows(get(reviewer, `/api/documents/${id}/rows?after=${first.body.next}&limit=3`), ctx({ id: String(id) })));
    expect(second.body.rows.map((r) => r.cells.en![0]!.text)).toEqual([EN[3]]);
    expect(second.body.next).toBeNull();
    expect((await listRows(get(reviewer, `/api/documents/${id}/rows?limit=0`), ctx({ id: String(id) }))).status).toBe(422);
    expect((await listRows(get(reviewer, `/api/documents/999999999/rows`), ctx({ id: "999999999" }))).status).toBe(404);
  });

  it("gives the layout as item keys and the items' contents by key", async () => {
    const id = await importSmall();
    const layout = await json<{ key: string; items: string[] }>(await getLayout(get(reviewer, `/api/documents/${id}/layout`), ctx({ id: String(id) })));
    expect(layout.body.items).toHaveLength(4);
    expect(layout.body.items.every((k) => /^r\d+$/.test(k))).toBe(true);
    const items = await json<{ items: Array<{ key: string; type: string }> }>(await getItems(get(reviewer, `/api/documents/${id}/items?keys=${layout.body.items.slice(1, 3).join(",")}`), ctx({ id: String(id) })));
    expect(items.body.items.map((i) => i.key)).toEqual(layout.body.items.slice(1, 3));
    expect((await getItems(get(reviewer, `/api/documents/${id}/items?keys=drop table`), ctx({ id: String(id) }))).status).toBe(422);
  });
});

describe("decisions", () => {
  it("a reviewer confirms with a comment (200, the row as it is now); a stale version is 409 with the current state", async () => {
    const id = await importSmall();
    const [row] = await rows(id);
    const ok = await json<{ items: Array<{ row: RowView }>; progress: { confirmed: number } }>(
      await patchRow(send(reviewer, "PATCH", `/api/rows/${row!.id}`, { status: "confirmed", version: row!.version, comment: "checked" }), ctx({ id: String(row!.id) })),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.items[0]!.row).toMatchObject({ status: "confirmed", comment: "checked", version: row!.version + 1 });
    expect(ok.body.progress.confirmed).toBe(1);
    const stale = await json<{ error: { code: string; current: { row: { status: string } } } }>(
      await patchRow(send(reviewer, "PATCH", `/api/rows/${row!.id}`, { status: "rejected", version: row!.version }), ctx({ id: String(row!.id) })),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.row.status).toBe("confirmed");
  });

  it("a translator's decision is refused (403) and changes nothing; an unknown row is 404; a bad body 422", async () => {
    const id = await importSmall();
    const [row] = await rows(id);
    expect((await patchRow(send(translator, "PATCH", `/api/rows/${row!.id}`, { status: "confirmed", version: row!.version }), ctx({ id: String(row!.id) }))).status).toBe(403);
    expect((await rows(id))[0]!.status).toBe("auto");
    expect((await patchRow(send(reviewer, "PATCH", `/api/rows/999999999`, { status: "confirmed", version: 1 }), ctx({ id: "999999999" }))).status).toBe(404);
    expect((await patchRow(send(reviewer, "PATCH", `/api/rows/${row!.id}`, { status: "CONFIRMED", version: 1 }), ctx({ id: String(row!.id) }))).status).toBe(422);
  });

  it("lists the review queue lowest score first, counts rows above a score and confirms them in one action", async () => {
    const id = await importSmall();
    const queue = await json<{ rows: Array<{ id: number; score: number }> }>(await getQueue(get(reviewer, `/api/documents/${id}/queue`), ctx({ id: String(id) })));
    expect(queue.body.rows.map((r) => r.score)).toEqual([...queue.body.rows.map((r) => r.score)].sort((a, b) => a - b));
    const counted = await json<{ count: number }>(await countAbove(get(reviewer, `/api/documents/${id}/confirm-above?minScore=0`), ctx({ id: String(id) })));
    expect(counted.body.count).toBe(4);
    expect((await confirmAbove(send(reviewer, "POST", `/api/documents/${id}/confirm-above`, { minScore: 0, expectedCount: 5 }), ctx({ id: String(id) }))).status).toBe(409);
    expect((await confirmAbove(send(translator, "POST", `/api/documents/${id}/confirm-above`, { minScore: 0, expectedCount: 4 }), ctx({ id: String(id) }))).status).toBe(403);
    const done = await json<{ result: { confirmed: number } }>(await confirmAbove(send(reviewer, "POST", `/api/documents/${id}/confirm-above`, { minScore: 0, expectedCount: 4 }), ctx({ id: String(id) })));
    expect(done.body.result.confirmed).toBe(4);
  });
});

describe("editing", () => {
  it("saves a text as a revision (HTML kept as text), refuses an empty or 10 MB one, and restores an old revision", async () => {
    const id = await importSmall();
    const paragraph = (await rows(id))[1]!.cells.en![0]!;
    const saved = await patchParagraph(send(translator, "PATCH", `/api/paragraphs/${paragraph.id}`, { text: "<b>Second</b> <script>x()</script>", version: paragraph.version }), ctx({ id: String(paragraph.id) }));
    expect(saved.status).toBe(200);
    expect((await rows(id))[1]!.cells.en![0]!.text).toBe("<b>Second</b> <script>x()</script>");
    expect((await patchParagraph(send(translator, "PATCH", `/api/paragraphs/${paragraph.id}`, { text: " ", version: paragraph.version + 1 }), ctx({ id: String(paragraph.id) }))).status).toBe(422);
    const huge = await patchParagraph(send(translator, "PATCH", `/api/paragraphs/${paragraph.id}`, { text: "x".repeat(10 * 1024 * 1024), version: paragraph.version + 1 }), ctx({ id: String(paragraph.id) }));
    expect(huge.status).toBe(413);
    expect((await patchParagraph(send(translator, "PATCH", `/api/paragraphs/${paragraph.id}`, { text: "Stale.", version: paragraph.version }), ctx({ id: String(paragraph.id) }))).status).toBe(409);

    const history = await json<{ revisions: Array<{ version: number; text: string; by: string | null }> }>(await listRevisions(get(reviewer, `/api/paragraphs/${paragraph.id}/revisions`), ctx({ id: String(paragraph.id) })));
    expect(history.body.revisions.map((r) => [r.version, r.text])).toEqual([[2, "<b>Second</b> <script>x()</script>"], [1, EN[1]]]);
    expect(history.body.revisions[0]!.by).not.toBeNull();
    const diff = await json<{ changes: Array<{ value: string; added?: boolean; removed?: boolean }> }>(await getDiff(get(reviewer, `/api/paragraphs/${paragraph.id}/diff?from=1&to=2`), ctx({ id: String(paragraph.id) })));
    expect(diff.body.changes.some((c) => c.removed) && diff.body.changes.some((c) => c.added)).toBe(true);
    const restored = await restoreRevision(send(translator, "POST", `/api/paragraphs/${paragraph.id}/revisions/1/restore`, { version: 2 }), ctx({ id: String(paragraph.id), version: "1" }));
    expect(restored.status).toBe(200);
    expect((await rows(id))[1]!.cells.en![0]!.text).toBe(EN[1]);
  });

  it("splits a paragraph and merges it back; undo and redo follow, and there is nothing left to redo after a new edit", async () => {
    const id = await importSmall();
    const paragraph = (await rows(id))[0]!.cells.en![0]!;
    const split = await json<{ result: { newId: number } }>(await splitParagraph(send(translator, "POST", `/api/paragraphs/${paragraph.id}/split`, { version: paragraph.version, at: EN[0]!.indexOf("It has") }), ctx({ id: String(paragraph.id) })));
    expect(split.status).toBe(200);
    expect((await rows(id))[0]!.cells.en!.map((p) => p.text)).toEqual(["First paragraph.", "It has two sentences."]);
    expect((await splitParagraph(send(translator, "POST", `/api/paragraphs/${paragraph.id}/split`, { version: paragraph.version + 1, at: 0 }), ctx({ id: String(paragraph.id) }))).status).toBe(422);

    const now = (await rows(id))[0]!.cells.en!;
    const merged = await mergeParagraphNext(send(translator, "POST", `/api/paragraphs/${now[0]!.id}/merge-next`, { version: now[0]!.version }), ctx({ id: String(now[0]!.id) }));
    expect(merged.status).toBe(200);
    expect((await rows(id))[0]!.cells.en!.map((p) => p.text)).toEqual(["First paragraph. It has two sentences."]);

    const state = await json<{ undo: string | null; redo: string | null }>(await undoState(get(translator, `/api/documents/${id}/undo`), ctx({ id: String(id) })));
    expect(state.body).toEqual({ undo: "paragraph.merge", redo: null });
    expect((await undo(send(translator, "POST", `/api/documents/${id}/undo`), ctx({ id: String(id) }))).status).toBe(200);
    expect((await rows(id))[0]!.cells.en).toHaveLength(2);
    expect((await redo(send(translator, "POST", `/api/documents/${id}/redo`), ctx({ id: String(id) }))).status).toBe(200);
    expect((await rows(id))[0]!.cells.en).toHaveLength(1);
    // Another user's undo history is their own.
    expect((await undo(send(reviewer, "POST", `/api/documents/${id}/undo`), ctx({ id: String(id) }))).status).toBe(409);
  });

  it("re-shapes rows: merge with the next, split, move a paragraph, no counterpart, insert an empty row", async () => {
    const id = await importSmall();
    let all = await rows(id);
    const m = await mergeRowNext(send(translator, "POST", `/api/rows/${all[0]!.id}/merge-next`, { version: all[0]!.version, nextRowId: all[1]!.id, nextVersion: all[1]!.version }), ctx({ id: String(all[0]!.id) }));
    expect(m.status).toBe(200);
    all = await rows(id);
    expect(all).toHaveLength(3);
    expect((await mergeRowNext(send(translator, "POST", `/api/rows/${all[0]!.id}/merge-next`, { version: all[0]!.version, nextRowId: all[2]!.id, nextVersion: all[2]!.version }), ctx({ id: String(all[0]!.id) }))).status).toBe(409);

    const s = await splitRow(send(translator, "POST", `/api/rows/${all[0]!.id}/split`, { version: all[0]!.version, paragraphId: all[0]!.cells.fa![1]!.id }), ctx({ id: String(all[0]!.id) }));
    expect(s.status).toBe(200);
    all = await rows(id);
    expect(all.map((r) => [r.cells.en!.length, r.cells.fa!.length])).toEqual([[2, 1], [0, 1], [1, 1], [1, 1]]);

    const moved = await moveParagraph(send(translator, "POST", `/api/rows/${all[0]!.id}/move-paragraph`, { version: all[0]!.version, paragraphId: all[0]!.cells.en![1]!.id, direction: "down" }), ctx({ id: String(all[0]!.id) }));
    expect(moved.status).toBe(200);
    all = await rows(id);
    expect(all.map((r) => [r.cells.en!.length, r.cells.fa!.length])).toEqual([[1, 1], [1, 1], [1, 1], [1, 1]]);

    const alone = await noCounterpart(send(translator, "POST", `/api/rows/${all[3]!.id}/no-counterpart`, { version: all[3]!.version, paragraphId: all[3]!.cells.fa![0]!.id }), ctx({ id: String(all[3]!.id) }));
    expect(alone.status).toBe(200);
    const inserted = await insertRow(send(translator, "POST", `/api/documents/${id}/rows`, { afterRowId: all[0]!.id }), ctx({ id: String(id) }));
    expect(inserted.status).toBe(201);
    all = await rows(id);
    // The detached paragraph was the first of its language in the row: its own row goes above.
    expect(all.map((r) => [r.cells.en!.length, r.cells.fa!.length])).toEqual([[1, 1], [0, 0], [1, 1], [1, 1], [0, 1], [1, 0]]);

    const history = await json<{ entries: Array<{ action: string }> }>(await rowHistory(get(reviewer, `/api/rows/${all[0]!.id}/history`), ctx({ id: String(all[0]!.id) })));
    expect(history.body.entries.map((e) => e.action)).toEqual(expect.arrayContaining(["row.merge", "row.split", "row.move-down"]));
  });
});

describe("others' changes and search", () => {
  it("reports what changed since a cursor", async () => {
    const id = await importSmall();
    const start = await json<{ cursor: number }>(await getChanges(get(reviewer, `/api/documents/${id}/changes?since=0`), ctx({ id: String(id) })));
    const [row] = await rows(id);
    await patchRow(send(reviewer, "PATCH", `/api/rows/${row!.id}`, { status: "rejected", version: row!.version }), ctx({ id: String(row!.id) }));
    const changes = await json<{ cursor: number; rows: number[]; structural: boolean; events: Array<{ action: string }> }>(
      await getChanges(get(translator, `/api/documents/${id}/changes?since=${start.body.cursor}`), ctx({ id: String(id) })),
    );
    expect(changes.body.rows).toEqual([row!.id]);
    expect(changes.body.structural).toBe(false);
    expect(changes.body.events.map((e) => e.action)).toEqual(["row.status"]);
    expect(changes.body.cursor).toBeGreaterThan(start.body.cursor);
  });

  it("finds text through Persian/Arabic normalization and links to the row", async () => {
    const marker = uniqueName("x").replace(/[^a-z0-9]/g, "");
    const id = await importSmall([`The ${marker} regime.`, "Other."], [`رژیم صهیونیستی ${marker} گفت.`, "دیگر."]);
    // Arabic yeh and kaf, a ZWNJ-free spelling and tatweel in the query still find the Persian text.
    const found = await json<{ hits: Array<{ documentId: number; rowId: number | null; lang: string }> }>(await search(get(reviewer, `/api/search?q=${encodeURIComponent(`صهيونيـستي ${marker}`)}`)));
    expect(found.status).toBe(200);
    expect(found.body.hits).toEqual([expect.objectContaining({ documentId: id, lang: "fa", rowId: (await rows(id))[0]!.id })]);
    expect((await search(get(reviewer, "/api/search?q=a"))).status).toBe(422);
  });
});
