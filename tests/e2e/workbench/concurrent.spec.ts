// Two people on one row: the second write is refused with a message that shows the first person's change.
import { expect, test } from "../fixtures";
import { importTexts, rowWith } from "../support/documents";
import { authFile } from "../support/users";

test.use({ role: "translator" });

test("two browser contexts edit the same paragraph; the second gets the conflict message", async ({ browser, request }) => {
  const id = await importTexts(request, "Concurrent spec", { en: ["Shared paragraph.", "Another one."], fa: ["پاراگراف مشترک.", "یکی دیگر."] });
  // Two translators' browsers: separate contexts, each signed in (the same account is enough to race).
  const first = await (await browser.newContext({ storageState: authFile("translator") })).newPage();
  const second = await (await browser.newContext({ storageState: authFile("translator") })).newPage();
  await first.goto(`/documents/${id}`);
  await second.goto(`/documents/${id}`);

  for (const page of [first, second]) {
    await rowWith(page, "Shared paragraph.").click();
    await page.keyboard.press("Enter");
  }
  await first.getByRole("textbox", { name: "Paragraph text" }).fill("Shared paragraph, as the first person wrote it.");
  await first.keyboard.press("Control+Enter");
  await expect(rowWith(first, "as the first person wrote it")).toHaveCount(1);

  await second.getByRole("textbox", { name: "Paragraph text" }).fill("Shared paragraph, as the second person wrote it.");
  await second.keyboard.press("Control+Enter");
  await expect(second.getByTestId("workbench-notice")).toContainText("It now reads: “Shared paragraph, as the first person wrote it.”");
  // Nothing was overwritten: both pages show the first person's text.
  await second.reload();
  await expect(rowWith(second, "as the first person wrote it")).toHaveCount(1);
  await expect(rowWith(second, "as the second person wrote it")).toHaveCount(0);
});
