// The interface in Persian: chosen before sign-in by the switcher (a cookie), the layout mirrored, numbers in
// Persian digits, while every text cell keeps its own language and direction. The screenshot is kept as an artifact.
import { expect, test } from "../fixtures";
import { importDemoCopy } from "../support/documents";

test.describe("signed out", () => {
  test.use({ role: null });

  test("the sign-in page switches to Persian and mirrors", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.getByLabel("Interface language").selectOption("fa");
    await expect(page.locator("html")).toHaveAttribute("lang", "fa");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("button", { name: "ورود" })).toBeVisible();
  });
});

test.describe("an admin who chose Persian", () => {
  // Its own account: the choice is per user, and the other specs' reviewer keeps English.
  test.use({ role: "admin" });
  test.afterEach(async ({ request }) => {
    await request.patch("/api/account", { data: { uiLocale: "en" } });
  });

  test("the Persian interface is mirrored and every text cell keeps its own direction", async ({ page, request }, testInfo) => {
    const id = await importDemoCopy(request, "Persian interface spec");
    expect((await request.patch("/api/account", { data: { uiLocale: "fa" } })).status()).toBe(200);
    await page.goto(`/documents/${id}`);

    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "fa");
    await expect(html).toHaveAttribute("dir", "rtl");

    // Mirrored: the columns run right to left, so the first one (English) is the rightmost of the three.
    const headers = page.locator(".wb-head [role=columnheader][data-lang]");
    await expect(headers).toHaveCount(3);
    const [en, fa, ar] = await Promise.all(["en", "fa", "ar"].map((lang) => page.locator(`.wb-head [data-lang="${lang}"]`).boundingBox()));
    expect(en!.x).toBeGreaterThan(fa!.x);
    expect(fa!.x).toBeGreaterThan(ar!.x);
    // Column names in Persian.
    await expect(page.locator('.wb-head [data-lang="en"]')).toContainText("انگلیسی");

    // Every text cell keeps its own language and direction whatever the interface's.
    const firstRow = page.locator("[data-row-id]").first();
    for (const [lang, dir] of [["en", "ltr"], ["fa", "rtl"], ["ar", "rtl"]]) {
      await expect(firstRow.locator(`[role=cell][data-lang="${lang}"]`)).toHaveAttribute("lang", lang!);
      await expect(firstRow.locator(`[role=cell][data-lang="${lang}"]`)).toHaveAttribute("dir", dir!);
    }

    // Numbers follow the interface: the row's score is written in Persian digits.
    await expect(firstRow.locator(".score")).toHaveText(/[\u06F0-\u06F9]/);

    // A doubtful row's bar is on the start side, the right.
    const doubtful = page.locator(".wb-row.doubtful .wb-meta").first();
    await expect(doubtful).toBeVisible();
    expect(await doubtful.evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/ -4px 0px 0px 0px inset/);

    const shot = testInfo.outputPath("persian-interface.png");
    await page.screenshot({ path: shot });
    await testInfo.attach("persian-interface", { path: shot, contentType: "image/png" });
  });

  test("no page scrolls sideways, on a desktop or a phone: each fits the window, the import form's file inputs included", async ({ page, request }) => {
    expect((await request.patch("/api/account", { data: { uiLocale: "fa" } })).status()).toBe(200);
    // 420 px: the header wraps, and a table too wide for the window scrolls inside its own box.
    for (const width of [1440, 420]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ["/", "/corpora", "/terms", "/search", "/account", "/admin/users"]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(clientWidth);
      }
    }
  });

  test("Arabic-script text is 1.06 times the Latin text's size, however deep it sits", async ({ page, request }) => {
    const id = await importDemoCopy(request, "Text size spec");
    const sizeOf = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const english = '[role=cell][data-lang="en"] p';
    const persian = '[role=cell][data-lang="fa"] p';

    // The English interface: a Persian paragraph is a little larger than an English one, once, not once per element.
    await page.goto(`/documents/${id}`);
    await expect(page.locator(persian).first()).toBeVisible();
    expect((await sizeOf(persian)) / (await sizeOf(english))).toBeCloseTo(1.06, 3);

    // The Persian interface: the page is 1.06 times larger, and every text inside it as large as the page, a table
    // cell's and a text cell's included (these grew at each level, to 1.6 times).
    expect((await request.patch("/api/account", { data: { uiLocale: "fa" } })).status()).toBe(200);
    await page.goto(`/documents/${id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "fa");
    const root = await sizeOf("html");
    expect(root).toBeCloseTo(16 * 1.06, 2);
    expect(await sizeOf(persian)).toBeCloseTo(root, 2);
    expect(await sizeOf(english)).toBeCloseTo(root, 2);
    await page.goto("/");
    expect(await sizeOf("table.documents td")).toBeCloseTo(root, 2);
  });
});
