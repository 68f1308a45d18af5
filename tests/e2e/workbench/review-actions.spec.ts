import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";

// Confirming is a reviewer's work (the default role of the fixtures; said here because it matters).
test.use({ role: "reviewer" });

// Its own copy of the demo, so that these changes do not touch what other specs look at.
async function importDemoCopy(request: import("@playwright/test").APIRequestContext): Promise<number> {
  const text = (lang: string) => readFileSync(`prisma/demo/letter-article.${lang}.txt`, "utf8");
  const response = await request.post("/api/documents", {
    data: { title: "Review actions", texts: ["en", "fa", "ar"].map((lang) => ({ lang, role: lang === "en" ? "translation" : "original", format: "plain", text: text(lang) })) },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { documentId: number }).documentId;
}

test("confirm a row, restore clutter, re-align: confirmed rows stay", async ({ page, request }) => {
  const id = await importDemoCopy(request);
  await page.goto(`/documents/${id}`);

  const firstRow = page.locator("tbody tr[data-row-id]").first();
  await firstRow.getByRole("button", { name: "Confirm" }).click();
  await expect(firstRow).toHaveAttribute("data-status", "CONFIRMED");
  const confirmedId = await firstRow.getAttribute("data-row-id");

  const clutter = page.locator("tr.loose").filter({ hasText: "Leave a Reply" });
  await clutter.getByRole("button", { name: "Restore" }).click();
  await expect(page.locator("tr.loose").filter({ hasText: "Leave a Reply" })).toHaveCount(0);
  await expect(page.locator('tbody tr[data-row-id] td[data-lang="en"]').filter({ hasText: "Leave a Reply" })).toHaveCount(1);

  await page.getByRole("button", { name: "Re-align unconfirmed rows" }).click();
  await expect(page.getByText(/Re-aligned: 1 confirmed row kept/)).toBeVisible();
  await expect(page.locator(`tbody tr[data-row-id="${confirmedId}"]`)).toHaveAttribute("data-status", "CONFIRMED");
});
