import { expect, test } from "../fixtures";
import { importDemoCopy, scrollWorkbenchTo } from "../support/documents";

test("confirm a row, restore clutter, re-align: confirmed rows stay", async ({ page, request }) => {
  const id = await importDemoCopy(request, "Review actions");
  await page.goto(`/documents/${id}`);

  const confirmedId = await page.locator("[data-row-id]").first().getAttribute("data-row-id");
  const confirmedRow = page.locator(`[data-row-id="${confirmedId}"]`);
  await confirmedRow.click();
  await page.getByTestId("focus-bar").getByRole("button", { name: "Confirm" }).click();
  // The focus moves on to the next row of the review queue, which may scroll this one out of the page.
  await expect(page.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", "1");
  await scrollWorkbenchTo(page, confirmedRow);
  await expect(confirmedRow).toHaveAttribute("data-status", "confirmed");

  const clutter = page.locator(".wb-row.loose").filter({ hasText: "Leave a Reply" });
  await scrollWorkbenchTo(page, clutter);
  await clutter.getByRole("button", { name: "Restore" }).click();
  await expect(page.locator(".wb-row.loose").filter({ hasText: "Leave a Reply" })).toHaveCount(0);
  await expect(page.locator('[data-row-id] [data-lang="en"]').filter({ hasText: "Leave a Reply" })).toHaveCount(1);

  await page.getByRole("button", { name: "Re-align unconfirmed rows" }).click();
  await expect(page.getByText(/Re-aligned: 1 confirmed row kept/)).toBeVisible();
  await scrollWorkbenchTo(page, confirmedRow);
  await expect(confirmedRow).toHaveAttribute("data-status", "confirmed");
});
