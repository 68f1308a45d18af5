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

test("on a phone a row's texts stack, each headed by its language, and the page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto("/");
  await page.getByRole("link", { name: /Letter from Palestinian Islamic Jihad/ }).click();
  const firstRow = page.locator("[data-row-id]").first();
  await expect(firstRow.locator('[data-lang="fa"]')).toContainText("نامه جهاد اسلامی");

  const [en, fa, ar] = await Promise.all(["en", "fa", "ar"].map((lang) => firstRow.locator(`[role=cell][data-lang="${lang}"]`).boundingBox()));
  // One under another, each as wide as the row (three columns at this width left each under 80 px).
  expect(fa!.y).toBeGreaterThanOrEqual(en!.y + en!.height - 1);
  expect(ar!.y).toBeGreaterThanOrEqual(fa!.y + fa!.height - 1);
  for (const box of [en, fa, ar]) expect(box!.width).toBeGreaterThan(300);
  const label = await firstRow.locator('[role=cell][data-lang="fa"]').evaluate((el) => getComputedStyle(el, "::before").content);
  expect(label).toBe('"fa"');
  // The column headers are out of sight but still in the table, for screen readers.
  expect((await page.locator(".wb-head").boundingBox())!.height).toBeLessThanOrEqual(1);
  await expect(page.getByRole("columnheader", { name: /Persian/ })).toHaveCount(1);

  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
