// A corpus builder finds a corpus from the site's navigation, sees what it holds, and opens it (its documents and
// its export panel).
import { expect, test } from "../fixtures";

test("the corpora page lists each corpus with its documents and languages, and opens it", async ({ page, request }) => {
  const corpus = `corpora-spec-${Date.now()}`;
  let rows = 0;
  for (const title of ["First letter", "Second letter"]) {
    const response = await request.post("/api/documents", {
      data: {
        title,
        corpus,
        texts: [
          { lang: "en", role: "translation", format: "plain", text: "The minister arrived in Tehran on Monday.\n\nTalks begin tomorrow." },
          { lang: "fa", role: "original", format: "plain", text: "وزیر روز دوشنبه وارد تهران شد.\n\nگفتگوها فردا آغاز می‌شود." },
        ],
      },
    });
    expect(response.status()).toBe(201);
    rows += ((await response.json()) as { rows: number }).rows;
  }

  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Corpora" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Corpora" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: corpus, exact: true }) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("2");
  await expect(row.locator(".lang-badge")).toHaveText(["en", "fa"]);
  await expect(row.getByRole("progressbar")).toHaveAccessibleName(`0 of ${rows} confirmed`);

  await row.getByRole("link", { name: corpus, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: corpus })).toBeVisible();
  await expect(page.getByRole("link", { name: "Second letter" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Export as a parallel corpus" })).toBeVisible();
});
