import { expect, test } from "../fixtures";
import { importDemoCopy, scrollWorkbenchToEnd } from "../support/documents";

test("confirm a row, restore clutter, re-align: confirmed rows stay", async ({ page, request }) => {
  const id = await importDemoCopy(request, "Review actions");
  await page.goto(`/documents/${id}`);

  const firstRow = page.locator("[data-row-id]").first();
  await firstRow.click();
  await page.getByTestId("focus-bar").getByRole("button", { name: "Confirm" }).click();
  await expect(firstRow).toHaveAttribute("data-status", "confirmed");
  const confirmedId = await firstRow.getAttribute("data-row-id");

  await scrollWorkbenchToEnd(page);
  const clutter = page.locator(".wb-row.loose").filter({ hasText: "Leave a Reply" });
  await clutter.getByRole("button", { name: "Restore" }).click();
  await expect(page.locator(".wb-row.loose").filter({ hasText: "Leave a Reply" })).toHaveCount(0);
  await expect(page.locator('[data-row-id] [data-lang="en"]').filter({ hasText: "Leave a Reply" })).toHaveCount(1);

  await page.getByRole("button", { name: "Re-align unconfirmed rows" }).click();
  await expect(page.getByText(/Re-aligned: 1 confirmed row kept/)).toBeVisible();
  await page.getByTestId("workbench-scroll").evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(page.locator(`[data-row-id="${confirmedId}"]`)).toHaveAttribute("data-status", "confirmed");
});
