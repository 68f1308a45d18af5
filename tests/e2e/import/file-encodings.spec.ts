import { expect, test } from "../fixtures";

// Files that detection cannot read (UTF-16 without a byte order mark) are refused with a message that asks for their
// encoding, and read once it is chosen: in the term import and the parallel import, as in the document import
// (import-form.spec.ts). A refused parallel file says why.
test.use({ role: "translator" });

test("a term file in UTF-16 without a byte order mark is imported once its encoding is chosen", async ({ page }) => {
  await page.goto("/terms");
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Import a term file" }) });
  // A label of its own, so that the import creates it whatever earlier runs left in the term base.
  const csv = Buffer.from(`concept_label,lang,term,status\nE2E encoding ${Date.now()},fr,entité de test,admitted\n`, "utf16le");
  await form.locator('input[type="file"]').setInputFiles({ name: "terms.csv", mimeType: "text/csv", buffer: csv });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toContainText("choose its encoding");
  await form.getByLabel("Encoding").selectOption({ label: "UTF-16 LE" });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("1 concepts created");
});

test("a parallel TSV in UTF-16 without a byte order mark is imported once its encoding is chosen", async ({ page }) => {
  await page.goto("/");
  const form = page.getByTestId("parallel-import");
  const tsv = Buffer.from("en\tfa\nThe first sentence.\tجملهٔ نخست.\nThe second sentence.\tجملهٔ دوم.\n", "utf16le");
  await form.locator('input[type="file"]').setInputFiles({ name: "pairs.tsv", mimeType: "text/tab-separated-values", buffer: tsv });
  await form.getByRole("button", { name: "Import parallel file" }).click();
  // The summary, then what is wrong with the file.
  await expect(form.getByRole("alert")).toContainText("The file could not be imported. Nothing was saved.");
  await expect(form.getByRole("alert")).toContainText("choose its encoding");
  await form.getByLabel("Encoding").selectOption({ label: "UTF-16 LE" });
  await form.getByRole("button", { name: "Import parallel file" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+/);
  await expect(page.locator("[data-row-id]")).toHaveCount(2);
});

test("a parallel file that is refused says what is wrong with it, and where", async ({ page }) => {
  await page.goto("/");
  const form = page.getByTestId("parallel-import");
  // The second unit's Persian segment is never closed: its </tuv> comes first.
  const tmx =
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/>\n<body>\n' +
    '<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="fa"><seg>سلام.</seg></tuv></tu>\n' +
    '<tu><tuv xml:lang="en"><seg>Goodbye.</seg></tuv><tuv xml:lang="fa"><seg>خداحافظ.</tuv></tu>\n</body>\n</tmx>\n';
  await form.locator('input[type="file"]').setInputFiles({ name: "broken.tmx", mimeType: "application/xml", buffer: Buffer.from(tmx) });
  await form.getByRole("button", { name: "Import parallel file" }).click();
  await expect(form.getByRole("alert")).toContainText("The file could not be imported. Nothing was saved.");
  await expect(form.getByRole("alert")).toContainText(/The XML is malformed at line 5/);
  await expect(page).toHaveURL(/\/$/);
});
