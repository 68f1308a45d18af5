import { expect, test } from "../fixtures";
import { scrollWorkbenchTo } from "../support/documents";

test("the demo document shows English, Persian and Arabic side by side", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Letter from Palestinian Islamic Jihad to the Leader of the Islamic Revolution of Iran" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+/);

  const headers = page.locator(".wb-head [role=columnheader][data-lang]");
  await expect(headers).toHaveCount(3);
  await expect(headers.nth(0)).toHaveAttribute("data-lang", "en");
  await expect(headers.nth(1)).toHaveAttribute("data-lang", "fa");
  await expect(headers.nth(2)).toHaveAttribute("data-lang", "ar");

  // The title row: every cell carries its text's language and direction.
  const firstRow = page.locator("[data-row-id]").first();
  for (const [lang, dir] of [["en", "ltr"], ["fa", "rtl"], ["ar", "rtl"]]) {
    await expect(firstRow.locator(`[role=cell][data-lang="${lang}"]`)).toHaveAttribute("dir", dir!);
    await expect(firstRow.locator(`[role=cell][data-lang="${lang}"]`)).toHaveAttribute("lang", lang!);
  }
  await expect(firstRow.locator('[data-lang="fa"]')).toContainText("نامه جهاد اسلامی");
  await expect(firstRow.locator('[data-lang="ar"]')).toContainText("رسالة من حركة الجهاد الإسلامي");

  // The self-hosted Arabic-script face is what renders the Persian cell.
  const family = await firstRow.locator('[data-lang="fa"] p').first().evaluate((el) => getComputedStyle(el).fontFamily);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family);
  });
  expect(loaded.some((name) => family.includes(name.replace(/["']/g, "")))).toBe(true);
  await page.screenshot({ path: "test-results/workbench-demo.png", fullPage: false });

  // Web clutter from the scraped English page is shown greyed, out of the rows, restorable (near the end: rows
  // are virtualized, so scroll there first).
  const clutter = page.locator('.wb-row.loose[data-paragraph-kind="boilerplate"]');
  await scrollWorkbenchTo(page, clutter.filter({ hasText: "Leave a Reply" }));
  await expect(clutter.filter({ hasText: "Leave a Reply" })).toHaveCount(1);
  await expect(clutter.filter({ hasText: "Leave a Reply" }).getByRole("button", { name: "Restore" })).toBeVisible();
});

test("the column order can be changed and is kept in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Letter from Palestinian Islamic Jihad/ }).click();
  await page.getByRole("button", { name: "Move Persian column earlier" }).click();
  await expect(page).toHaveURL(/cols=fa%2Cen%2Car|cols=fa,en,ar/);
  const headers = page.locator(".wb-head [role=columnheader][data-lang]");
  await expect(headers.nth(0)).toHaveAttribute("data-lang", "fa");
  await expect(headers.nth(1)).toHaveAttribute("data-lang", "en");
});
