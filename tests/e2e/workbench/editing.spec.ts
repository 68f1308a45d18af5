// A translator's day: edit a paragraph, split it at the cursor, merge it back, undo — and it all survives a reload.
import { expect, test } from "../fixtures";
import { importTexts, rowWith } from "../support/documents";

test.use({ role: "translator" });

const EN = ["The first paragraph. It has two sentences.", "The second paragraph.", "The third paragraph."];
const FA = ["پاراگراف نخست. دو جمله دارد.", "پاراگراف دوم.", "پاراگراف سوم."];

test("a translator edits, splits and merges a paragraph, undoes, and the state survives a reload", async ({ page, request }) => {
  const id = await importTexts(request, "Editing spec", { en: EN, fa: FA });
  await page.goto(`/documents/${id}`);

  // Edit the first English paragraph in place (keyboard: focus the row, Enter edits, Ctrl+Enter saves).
  await rowWith(page, "The first paragraph").click();
  await page.keyboard.press("Enter");
  const editor = page.getByRole("textbox", { name: "Paragraph text" });
  await expect(editor).toHaveAttribute("lang", "en");
  await editor.fill("The first paragraph, corrected. It has two sentences.");
  await page.keyboard.press("Control+Enter");
  await expect(rowWith(page, "The first paragraph, corrected.")).toHaveCount(1);

  // Split it at the cursor: the second sentence becomes a paragraph of its own, in the same row.
  await page.keyboard.press("Enter");
  await editor.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf("It has");
    el.setSelectionRange(at, at);
  });
  await page.keyboard.press("Alt+Enter");
  const row = rowWith(page, "The first paragraph, corrected.");
  await expect(row.locator('[data-lang="en"] .wb-paragraph p')).toHaveText(["The first paragraph, corrected.", "It has two sentences."]);

  // Merge them back with the paragraph's tool.
  await row.locator('[data-lang="en"] .wb-paragraph').first().click();
  await page.getByTestId("focus-bar").getByRole("button", { name: "Merge with next paragraph" }).click();
  await expect(row.locator('[data-lang="en"] .wb-paragraph p')).toHaveText(["The first paragraph, corrected. It has two sentences."]);

  // Undo the merge: the split is back.
  await page.getByRole("button", { name: /^Undo: paragraphs merged/ }).click();
  await expect(rowWith(page, "The first paragraph, corrected.").locator('[data-lang="en"] .wb-paragraph p')).toHaveText(["The first paragraph, corrected.", "It has two sentences."]);

  await page.reload();
  await expect(rowWith(page, "The first paragraph, corrected.").locator('[data-lang="en"] .wb-paragraph p')).toHaveText(["The first paragraph, corrected.", "It has two sentences."]);
  await expect(page.getByRole("button", { name: /^Redo: paragraphs merged/ })).toBeEnabled();

  // The paragraph's history lists the imported text and the edit, and compares them word by word.
  await rowWith(page, "The first paragraph, corrected.").locator('[data-lang="en"] .wb-paragraph').first().click();
  await page.keyboard.press("v");
  const dialog = page.getByRole("dialog", { name: "Paragraph history" });
  // Header, then the imported text, the edit, the split, the merge and its undo: history only grows.
  await expect(dialog.getByRole("row")).toHaveCount(6);
  // Compare the imported text with the current one: words added and removed are marked.
  await dialog.getByRole("row").last().getByRole("radio", { name: "Compare from" }).check();
  await expect(dialog.getByTestId("revision-diff").locator("ins")).toContainText(["corrected"]);
  await expect(dialog.getByTestId("revision-diff").locator("del")).not.toHaveCount(0);
});

test("a paragraph moves to the row below and a row splits, from the keyboard", async ({ page, request }) => {
  const id = await importTexts(request, "Row editing spec", { en: EN, fa: FA });
  await page.goto(`/documents/${id}`);
  const second = rowWith(page, "The second paragraph.");
  await second.click();
  await page.keyboard.press("l"); // to the Persian paragraph
  await page.keyboard.press("Alt+ArrowDown");
  await expect(rowWith(page, "The third paragraph.").locator('[data-lang="fa"] .wb-paragraph p')).toHaveText(["پاراگراف دوم.", "پاراگراف سوم."]);
  await expect(rowWith(page, "The second paragraph.").locator('[data-lang="fa"]')).toHaveText("no counterpart");
  await page.keyboard.press("Control+z");
  await expect(rowWith(page, "The second paragraph.").locator('[data-lang="fa"] .wb-paragraph p')).toHaveText(["پاراگراف دوم."]);
});

test("on a phone the history's table scrolls inside its own box, and the dialog does not scroll sideways", async ({ page, request }) => {
  const id = await importTexts(request, "History on a phone spec", { en: EN, fa: FA });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/documents/${id}`);
  await rowWith(page, "The second paragraph.").locator('[data-lang="en"] .wb-paragraph').first().click();
  await page.keyboard.press("Enter");
  await page.getByRole("textbox", { name: "Paragraph text" }).fill("The second paragraph, corrected.");
  await page.keyboard.press("Control+Enter");
  await expect(rowWith(page, "The second paragraph, corrected.")).toHaveCount(1);

  await page.keyboard.press("v");
  const dialog = page.getByRole("dialog", { name: "Paragraph history" });
  await expect(dialog.getByRole("row")).toHaveCount(3);
  const sizes = await dialog.evaluate((el) => ({
    dialog: [el.scrollWidth, el.clientWidth],
    table: [el.querySelector("table")!.getBoundingClientRect().width, el.querySelector("table")!.parentElement!.clientWidth],
  }));
  // The table is wider than the screen allows, so it scrolls in its box; the dialog's title and close button stay put.
  expect(sizes.table[0]).toBeGreaterThan(sizes.table[1]);
  expect(sizes.dialog[0]).toBeLessThanOrEqual(sizes.dialog[1]);
});
