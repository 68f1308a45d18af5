// An import that answers first (`answer: "first"`, as POST /api/documents does) writes its paragraphs without their
// search keys and the keys right after (lib/server/search/search-keys.ts); the search never misses a paragraph whose
// key is not written yet, and a key written late never replaces the key of a text edited meanwhile.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { searchKey } from "@/lib/core/text/search-key";
import type { Db } from "@/lib/db/client";
import { importDocument } from "@/lib/server/document/import-document";
import { editParagraphText } from "@/lib/server/editing/edit-paragraph-text";
import { searchParagraphs } from "@/lib/server/search/search-paragraphs";
import { demoBytes, demoTexts } from "../support/demo";
import { closeDb, testDb, uniqueName } from "../support/db";

// Holds the keys an import leaves for after its answer until the test lets them be written.
const held = vi.hoisted(() => ({ writes: [] as Array<{ documentId: number; keys: Array<{ id: number; key: string }>; write: () => Promise<number> }> }));
vi.mock("@/lib/server/search/search-keys", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/search/search-keys")>();
  return {
    ...actual,
    writeSearchKeysSoon: (db: Db, documentId: number, keys: Array<{ id: number; key: string }>) => {
      held.writes.push({ documentId, keys, write: () => actual.writeSearchKeys(db, keys) });
    },
  };
});

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(closeDb);

async function paragraphsOf(documentId: number) {
  return db.paragraph.findMany({
    where: { textRef: { documentId } },
    select: { id: true, text: true, searchText: true, version: true },
    orderBy: { id: "asc" },
  });
}

function heldFor(documentId: number) {
  const found = held.writes.find((w) => w.documentId === documentId);
  if (!found) throw new Error(`no keys held for document ${documentId}`);
  return found;
}

describe("search keys written after an import answers", () => {
  it("stores the paragraphs without keys, then writes each its text's key, and leaves an edited paragraph's own", async () => {
    const { documentId } = await importDocument(db, { title: "Demo", corpusSlug: uniqueName("keys"), texts: demoTexts(), answer: "first" });
    const stored = await paragraphsOf(documentId);
    expect(stored.length).toBeGreaterThan(20);
    expect(stored.every((p) => p.searchText === "")).toBe(true);
    const { keys, write } = heldFor(documentId);
    expect(keys.map((k) => k.id).sort((a, b) => a - b)).toEqual(stored.map((p) => p.id));
    expect(keys.every((k) => k.key === searchKey(stored.find((p) => p.id === k.id)!.text))).toBe(true);

    // An edit between the answer and the keys' write: its paragraph has the key of its new text, which stays.
    const edited = stored.find((p) => /[\u0600-\u06ff]/.test(p.text) && p.text.length > 40)!;
    const text = `${edited.text} رژیم‌ها`;
    await editParagraphText(db, { documentId, paragraphId: edited.id, version: edited.version, text, actorId: null });

    expect(await write()).toBe(stored.length - 1);
    const now = await paragraphsOf(documentId);
    for (const p of now) expect(p.searchText).toBe(searchKey(p.text) || " ");
    expect(now.find((p) => p.id === edited.id)!.searchText).toBe(searchKey(text));
    expect(await write()).toBe(0); // written once: a second run finds no paragraph without its key
  });

  it("lets the search find a paragraph whose key is not written yet", async () => {
    const marker = `zq${Date.now().toString(36)}`;
    const texts = demoTexts().map((t) => (t.lang === "en" ? { ...t, content: { kind: "text" as const, text: `${demoBytes("en").toString("utf8")}\n\nA closing line ${marker}.` } } : t));
    const { documentId } = await importDocument(db, { title: "Demo", corpusSlug: uniqueName("late"), texts, answer: "first" });
    expect((await paragraphsOf(documentId)).every((p) => p.searchText === "")).toBe(true);

    const found = await searchParagraphs(db, { query: marker.toUpperCase() });
    expect(found.hits.map((hit) => [hit.documentId, hit.lang, hit.text])).toEqual([[documentId, "en", `A closing line ${marker}.`]]);
    // The search gave every paragraph its key; the keys held back find nothing left to write.
    expect(await heldFor(documentId).write()).toBe(0);
  });

  it("writes the keys with the paragraphs when the import answers once everything is stored", async () => {
    const before = held.writes.length;
    const { documentId } = await importDocument(db, { title: "Demo", corpusSlug: uniqueName("complete"), texts: demoTexts() });
    expect(held.writes.length).toBe(before);
    const stored = await paragraphsOf(documentId);
    expect(stored.every((p) => p.searchText === searchKey(p.text))).toBe(true);
  });
});
