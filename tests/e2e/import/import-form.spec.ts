import { expect, test } from "../fixtures";

// Importing is a translator's work.
test.use({ role: "translator" });

test("a bad text gets a clear message and nothing is stored", async ({ page, request }) => {
  const before = ((await (await request.get("/api/documents")).json()) as { documents: unknown[] }).documents.length;
  await page.goto("/");
  const blocks = page.locator("fieldset.text-block");
  await blocks.nth(0).locator("textarea").fill("A short English paragraph.\n\nAnother one.");
  await blocks.nth(1).locator("textarea").fill("This was meant to be Persian but it is English text pasted in the wrong box.");
  await blocks.nth(2).getByRole("button", { name: "Remove this text" }).click();
  await page.getByRole("button", { name: "Import and align" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "The document was not imported" })).toBeVisible();
  await expect(blocks.nth(1).getByTestId("field-error")).toContainText("does not look like Persian");
  const after = ((await (await request.get("/api/documents")).json()) as { documents: unknown[] }).documents.length;
  expect(after).toBe(before);
});

test("importing English and Persian opens the new document aligned", async ({ page }) => {
  await page.goto("/");
  const blocks = page.locator("fieldset.text-block");
  await page.getByLabel("Document title").fill("E2E import");
  await blocks.nth(0).locator("textarea").fill("The first paragraph of the statement.\n\nThe second paragraph, about 28 families.");
  await blocks.nth(1).locator("textarea").fill("بند نخست این بیانیه.\n\nبند دوم، درباره ۲۸ خانواده.");
  await blocks.nth(2).getByRole("button", { name: "Remove this text" }).click();
  await page.getByRole("button", { name: "Import and align" }).click();

  await expect(page).toHaveURL(/\/documents\/\d+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E import");
  const rows = page.locator("[data-row-id]");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).locator('[role=cell][data-lang="fa"]')).toContainText("۲۸");
});

test("an upload that is not UTF-8, and one over the size limit, are refused with a message", async ({ page }) => {
  await page.goto("/");
  const blocks = page.locator("fieldset.text-block");
  await blocks.nth(2).getByRole("button", { name: "Remove this text" }).click();
  await blocks.nth(0).locator('input[type="file"]').setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(20 * 1024 * 1024, 0x61) });
  await blocks.nth(1).locator('input[type="file"]').setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]) });
  await page.getByRole("button", { name: "Import and align" }).click();
  // The oversized file is caught before anything is uploaded.
  await expect(blocks.nth(0).getByTestId("field-error")).toContainText("the limit is");

  await blocks.nth(0).getByRole("button", { name: "Remove file" }).click();
  await blocks.nth(0).locator("textarea").fill("One English paragraph.");
  await page.getByRole("button", { name: "Import and align" }).click();
  await expect(blocks.nth(1).getByTestId("field-error")).toContainText("not valid UTF-8");
  await expect(page).toHaveURL(/\/$/);
});

test("a file whose encoding detection cannot tell is refused, then imported once its encoding is chosen", async ({ page }) => {
  await page.goto("/");
  const blocks = page.locator("fieldset.text-block");
  await page.getByLabel("Document title").fill("E2E encoding");
  await blocks.nth(2).getByRole("button", { name: "Remove this text" }).click();
  await blocks.nth(0).locator("textarea").fill("The first paragraph of the statement.\n\nThe second paragraph, about 28 families.");
  // Without a file there is nothing to choose an encoding for.
  await expect(blocks.nth(1).getByLabel("Encoding")).toHaveCount(0);
  // UTF-16 LE without a byte order mark, as some Windows tools save "Unicode" text.
  const persian = Buffer.from("بند نخست این بیانیه.\n\nبند دوم، درباره ۲۸ خانواده.", "utf16le");
  await blocks.nth(1).locator('input[type="file"]').setInputFiles({ name: "statement.fa.txt", mimeType: "text/plain", buffer: persian });
  const encoding = blocks.nth(1).getByLabel("Encoding");
  await expect(encoding).toHaveValue("auto");
  await page.getByRole("button", { name: "Import and align" }).click();
  await expect(blocks.nth(1).getByTestId("field-error")).toContainText("choose its encoding");
  await expect(page).toHaveURL(/\/$/);

  await encoding.selectOption({ label: "UTF-16 LE" });
  await page.getByRole("button", { name: "Import and align" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E encoding");
  const rows = page.locator("[data-row-id]");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).locator('[role=cell][data-lang="fa"]')).toContainText("۲۸ خانواده");
});

test("a long import shows each stage and its percent as it passes, then opens the document", async ({ page }) => {
  test.setTimeout(120_000);
  // Every text the status line shows, from page load to the document page, in the order shown.
  const shown: string[] = [];
  await page.exposeFunction("reportImportStatus", (text: string) => shown.push(text));
  await page.addInitScript(() => {
    let last = "";
    new MutationObserver(() => {
      const text = document.querySelector("form [role=status]")?.textContent ?? "";
      if (text && text !== last) (window as unknown as { reportImportStatus(text: string): void }).reportImportStatus((last = text));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const paragraphs = 3000;
  const en = Array.from({ length: paragraphs }, (_, k) => `Paragraph ${k + 1} of the report counts ${k * 7 + 3} families in the province.`).join("\n\n");
  const fa = Array.from({ length: paragraphs }, (_, k) => `بند ${k + 1} گزارش ${k * 7 + 3} خانواده را در استان می‌شمارد.`).join("\n\n");

  await page.goto("/");
  const blocks = page.locator("fieldset.text-block");
  await page.getByLabel("Document title").fill("E2E long import");
  await blocks.nth(0).locator('input[type="file"]').setInputFiles({ name: "report.en.txt", mimeType: "text/plain", buffer: Buffer.from(en) });
  await blocks.nth(1).locator('input[type="file"]').setInputFiles({ name: "report.fa.txt", mimeType: "text/plain", buffer: Buffer.from(fa) });
  await blocks.nth(2).getByRole("button", { name: "Remove this text" }).click();
  await page.getByRole("button", { name: "Import and align" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+/, { timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E long import");

  const steps = shown.map((text) => /^(.+) — (\d+) %$/.exec(text)).filter((match) => match !== null);
  expect(steps.length).toBe(shown.length);
  // In order, each once; a stage that passes between two repaints (here the sentences: every row is one sentence a
  // language) may not show at all, but the long ones do.
  const order = ["Reading the texts", "Aligning the paragraphs", "Aligning the sentences", "Saving"];
  const stages = steps.map((match) => match[1]!).filter((stage, k, all) => stage !== all[k - 1]);
  expect(stages.map((stage) => order.indexOf(stage))).toEqual([...new Set(stages.map((stage) => order.indexOf(stage)))].sort());
  expect(stages).toEqual(expect.arrayContaining(["Aligning the paragraphs", "Saving"]));
  const percents = steps.map((match) => Number(match[2]));
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
});
