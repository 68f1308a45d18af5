// The term base over a stored document: marks and flags of the demo, accepting a flag, applying the suggestion.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthUser } from "@/lib/server/auth/auth-user";
import { editParagraphText } from "@/lib/server/editing/edit-paragraph-text";
import { acceptTermFlag, annotateDocument, annotateRows, suggestForRow } from "@/lib/server/terms/annotate-rows";
import { createTestUser, type TestUser } from "../support/auth";
import { closeDb, testDb } from "../support/db";
import { importDemoWithTerms, introRow } from "../support/demo-terms";

afterAll(closeDb);

let reviewer: TestUser;
let actor: AuthUser;
beforeAll(async () => {
  reviewer = await createTestUser("reviewer");
  const { name } = await (await testDb()).user.findUniqueOrThrow({ where: { id: reviewer.id }, select: { name: true } });
  actor = { id: reviewer.id, email: reviewer.email, name, role: "reviewer", uiLocale: "en", via: "token", sessionId: null };
});

const ISRAELI_REGIME = { concept: "Israeli state: “Zionist regime”", lang: "en", found: "Israeli regime", expected: "Zionist regime", kind: "deprecated" };

describe("term flags of the demo document", () => {
  it("flags the intro's “Israeli regime”, marks the terms in all three languages, and suggests the preferred rendering", async () => {
    const db = await testDb();
    const { documentId } = await importDemoWithTerms();
    const intro = await introRow(documentId);
    const all = await annotateDocument(db, documentId);
    const introFlags = all.flags.filter((f) => f.rowId === intro.rowId);
    expect(introFlags).toEqual([{ rowId: intro.rowId, conceptId: expect.any(Number), ...ISRAELI_REGIME, accepted: null }]);

    const some = await annotateRows(db, documentId, [intro.rowId]);
    expect(some.flags).toEqual(introFlags);
    const onIntro = some.marks.filter((m) => m.paragraphId === intro.paragraphId);
    const israeliRegime = onIntro.find((m) => m.rendering === "Israeli regime")!;
    expect(intro.text.slice(israeliRegime.start, israeliRegime.end)).toBe("Israeli regime");
    expect(israeliRegime).toMatchObject({ status: "deprecated", conceptId: introFlags[0]!.conceptId, colour: introFlags[0]!.conceptId % 8 });
    // The Persian and Arabic paragraphs of the row are marked too, with the same concept's colour.
    expect(new Set(some.marks.filter((m) => m.conceptId === israeliRegime.conceptId).map((m) => m.paragraphId)).size).toBeGreaterThanOrEqual(3);

    const [suggestion, ...others] = await suggestForRow(db, intro.rowId);
    expect(others).toEqual([]);
    expect(suggestion).toMatchObject({ rowId: intro.rowId, paragraphId: intro.paragraphId, version: intro.version, before: intro.text });
    expect(suggestion!.after).toBe(intro.text.replace("Israeli regime", "Zionist regime"));
  });

  it("keeps an accepted flag with who and why, and drops the flag once the English takes the suggestion", async () => {
    const db = await testDb();
    const { documentId } = await importDemoWithTerms();
    const intro = await introRow(documentId);
    const [flag] = (await annotateRows(db, documentId, [intro.rowId])).flags;

    const accepted = await acceptTermFlag(db, actor, { rowId: intro.rowId, conceptId: flag!.conceptId, kind: "deprecated", lang: "en", reason: "the outlet's own wording" });
    expect(accepted.accepted).toMatchObject({ by: actor.name, reason: "the outlet's own wording" });
    const again = (await annotateDocument(db, documentId)).flags.find((f) => f.rowId === intro.rowId)!;
    expect(again.accepted).toEqual(accepted.accepted);
    // Kept as intended: nothing to suggest any more.
    expect(await suggestForRow(db, intro.rowId)).toEqual([]);
    await expect(acceptTermFlag(db, actor, { rowId: intro.rowId, conceptId: flag!.conceptId, kind: "missing", lang: "en", reason: "" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("clears the flag after the English paragraph is edited to the suggestion", async () => {
    const db = await testDb();
    const { documentId } = await importDemoWithTerms();
    const intro = await introRow(documentId);
    const [suggestion] = await suggestForRow(db, intro.rowId);
    await editParagraphText(db, { documentId, paragraphId: suggestion!.paragraphId, version: suggestion!.version, text: suggestion!.after, actorId: reviewer.id });
    const after = await annotateRows(db, documentId, [intro.rowId]);
    expect(after.flags).toEqual([]);
    expect(after.marks.some((m) => m.paragraphId === intro.paragraphId && m.rendering === "Zionist regime" && m.status === "preferred")).toBe(true);
    expect(await suggestForRow(db, intro.rowId)).toEqual([]);
  });

  it("counts only approved concepts, and sees a change of the term base at the next call", async () => {
    const db = await testDb();
    const { documentId } = await importDemoWithTerms();
    const intro = await introRow(documentId);
    const [flag] = (await annotateRows(db, documentId, [intro.rowId])).flags;
    await db.termConcept.update({ where: { id: flag!.conceptId }, data: { state: "PROPOSED" } });
    expect((await annotateRows(db, documentId, [intro.rowId])).flags).toEqual([]);
    await db.termConcept.update({ where: { id: flag!.conceptId }, data: { state: "APPROVED" } });
    expect((await annotateRows(db, documentId, [intro.rowId])).flags).toHaveLength(1);
  });
});
