// The demo's term base at work: the intro row says "Israeli regime" where the Persian and the Arabic say "Zionist
// regime"; the row is flagged, its terms are highlighted in all three columns, the suggestion shows as a word diff,
// and applying it (a new revision) clears the flag.
import { expect, test } from "../fixtures";
import { importDemoCopy, scrollWorkbenchTo } from "../support/documents";

test.use({ role: "reviewer" });

test("a flagged intro row: highlighted terms, the suggestion applied, the flag gone", async ({ page, request }) => {
  const id = await importDemoCopy(request, "Term flags spec");
  const flags = (await (await request.get(`/api/documents/${id}/term-flags`)).json()) as {
    flags: Array<{ rowId: number; kind: string; found: string | null; expected: string | null }>;
  };
  const intro = flags.flags.find((f) => f.found === "Israeli regime" && f.kind === "deprecated");
  expect(intro?.expected).toBe("Zionist regime");

  await page.goto(`/documents/${id}`);
  const row = page.locator(`[data-row-id="${intro!.rowId}"]`);
  await scrollWorkbenchTo(page, row);
  await expect(row).toHaveAttribute("data-term-flags", /^[1-9]/);

  // The same concept in the same colour in every column; the English rendering is marked deprecated.
  const english = row.locator('[role=cell][data-lang="en"] mark.term', { hasText: "Israeli regime" });
  await expect(english).toHaveAttribute("data-term-status", "deprecated");
  const concept = await english.getAttribute("data-concept-id");
  for (const lang of ["fa", "ar"]) await expect(row.locator(`[role=cell][data-lang="${lang}"] mark.term[data-concept-id="${concept}"]`)).toHaveCount(1);
  await expect(english).toHaveAttribute("title", /Israeli regime/);

  // The filter shows flagged rows only, and the intro row is among them.
  await page.getByLabel(/Only rows with term flags/).check();
  await expect(page.locator("[data-row-id]").first()).toHaveAttribute("data-term-flags", /^[1-9]/);
  await page.getByLabel(/Only rows with term flags/).uncheck();

  // From the keyboard: focus the row, t opens its flags and the suggestion as a word diff.
  await scrollWorkbenchTo(page, row);
  await row.click();
  await page.keyboard.press("t");
  const suggestion = row.getByTestId("term-suggestion").filter({ hasText: "regime" });
  await expect(suggestion.locator("del")).toContainText("Israeli");
  await expect(suggestion.locator("ins")).toContainText("Zionist");
  await suggestion.getByRole("button", { name: "Apply the preferred renderings" }).click();

  await expect(row.locator('[role=cell][data-lang="en"]')).toContainText("against the Zionist regime");
  await expect(row).toHaveAttribute("data-term-flags", "0");
  const after = (await (await request.get(`/api/documents/${id}/term-flags`)).json()) as { flags: Array<{ rowId: number; found: string | null }> };
  expect(after.flags.filter((f) => f.rowId === intro!.rowId && f.found === "Israeli regime")).toEqual([]);

  // The change is a revision like any other edit: it is in the paragraph's history.
  const paragraphId = await row.locator('[role=cell][data-lang="en"] [data-paragraph-id]').first().getAttribute("data-paragraph-id");
  const revisions = (await (await request.get(`/api/paragraphs/${paragraphId}/revisions`)).json()) as { revisions: Array<{ text?: string; after?: string }> };
  expect(revisions.revisions.length).toBeGreaterThanOrEqual(2);
});
