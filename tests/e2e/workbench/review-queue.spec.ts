// A reviewer walks the review queue (lowest score first) with the keyboard and decides each row with one key.
import { expect, test } from "../fixtures";
import { importDemoCopy } from "../support/documents";

test("a reviewer works through the queue with the keyboard", async ({ page, request }) => {
  const id = await importDemoCopy(request, "Queue spec");
  const queue = (await (await request.get(`/api/documents/${id}/queue`)).json()) as { rows: Array<{ id: number; score: number }> };
  expect(queue.rows.length).toBeGreaterThan(3);
  await page.goto(`/documents/${id}`);
  // The queue's count appears once the page is live (hydrated, queue loaded): keys pressed before would be lost.
  await expect(page.getByTestId("queue-position")).toContainText(String(queue.rows.length));
  await page.getByTestId("workbench-scroll").focus();

  // n goes to the least certain row; c confirms it and moves on to the next one in the queue.
  await page.keyboard.press("n");
  await expect(page.locator(`[data-row-id="${queue.rows[0]!.id}"]`)).toBeFocused();
  await page.keyboard.press("c");
  await expect(page.locator(`[data-row-id="${queue.rows[0]!.id}"]`)).toHaveAttribute("data-status", "confirmed");
  await expect(page.locator(`[data-row-id="${queue.rows[1]!.id}"]`)).toBeFocused();
  await page.keyboard.press("x");
  await expect(page.locator(`[data-row-id="${queue.rows[1]!.id}"]`)).toHaveAttribute("data-status", "rejected");

  // With a comment: Shift+C opens the field, Enter confirms.
  await expect(page.locator(`[data-row-id="${queue.rows[2]!.id}"]`)).toBeFocused();
  await page.keyboard.press("Shift+C");
  await page.getByRole("textbox", { name: "Comment, then confirm" }).fill("EN keeps the second sentence");
  await page.keyboard.press("Enter");
  const third = page.locator(`[data-row-id="${queue.rows[2]!.id}"]`);
  await expect(third).toHaveAttribute("data-status", "confirmed");
  await expect(third.locator(".comment")).toHaveText("EN keeps the second sentence");
  await expect(page.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", "2");
});

// The list renders only the rows near the view: a row scrolled out of it leaves the page and takes the keyboard
// focus with it. Scrolled back, it takes the focus again, so keys go on working on it (the queue's jumps can
// drop the row the same way while the list measures the rows it lands on).
test("the row with the keyboard focus keeps it when scrolled out of the list and back", async ({ page, request }) => {
  const id = await importDemoCopy(request, "Focus spec");
  const queue = (await (await request.get(`/api/documents/${id}/queue`)).json()) as { rows: unknown[] };
  await page.goto(`/documents/${id}`);
  // Rows are visible before the page is live; keys pressed then are lost (on a loaded machine, often).
  await expect(page.getByTestId("queue-position")).toContainText(String(queue.rows.length));
  const scroller = page.getByTestId("workbench-scroll");
  await scroller.focus();
  for (let step = 0; step < 3; step++) await page.keyboard.press("j");
  // The demo document's fourth item is a row.
  const fourth = page.locator('.wb-slot[data-index="3"] [data-row-id]');
  await expect(fourth).toBeFocused();
  const row = page.locator(`[data-row-id="${await fourth.getAttribute("data-row-id")}"]`);

  const home = await scroller.evaluate((el) => el.scrollTop);
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(row).toHaveCount(0);
  await scroller.evaluate((el, top) => el.scrollTo({ top }), home);
  await expect(row).toBeFocused();
  await page.keyboard.press("c");
  await expect(row).toHaveAttribute("data-status", "confirmed");
});
