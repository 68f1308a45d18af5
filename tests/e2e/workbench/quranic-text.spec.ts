// A statement quoting the Quran in its own spelling: Vazirmatn has no glyphs for the Quran's marks (the sukun ۡ, the
// small waw ۥ, the pause marks ۚ), so a paragraph holding them is set whole in the self-hosted Noto Naskh Arabic, which
// has them, while modern Arabic keeps Vazirmatn. The screenshot is kept as an artifact.
import { expect, test } from "../fixtures";
import { importTexts, rowWith } from "../support/documents";

test.use({ role: "translator" });

const EN = [
  "The speaker opened with a verse.",
  "And when they meet those who believe, they say, \"We have believed\". Then will you not reason?",
  "He then spoke about the talks in Vienna.",
];
const AR = [
  "افتتح المتحدث كلمته بآية.",
  "وَإِذَا لَقُواْ ٱلَّذِينَ ءَامَنُواْ قَالُوٓاْ ءَامَنَّا وَإِذَا خَلَا بَعۡضُهُمۡ إِلَىٰ بَعۡضٖ قَالُوٓاْ أَتُحَدِّثُونَهُم بِمَا فَتَحَ ٱللَّهُ عَلَيۡكُمۡ لِيُحَآجُّوكُم بِهِۦ عِندَ رَبِّكُمۡۚ أَفَلَا تَعۡقِلُونَ",
  "ثم تحدث عن المحادثات في فيينا.",
];

/** The first family of an element's computed font-family, and whether that face is loaded for its text. */
async function faceOf(locator: import("@playwright/test").Locator) {
  return locator.evaluate(async (el) => {
    await document.fonts.ready;
    const family = getComputedStyle(el).fontFamily.split(",")[0]!.trim().replace(/^["']|["']$/g, "");
    const loaded = [...document.fonts].some((face) => face.family.replace(/^["']|["']$/g, "") === family && face.status === "loaded");
    return { family, loaded };
  });
}

test("a paragraph in the Quran's spelling is set in a face that has its marks, modern Arabic in Vazirmatn", async ({ page, request }, testInfo) => {
  const id = await importTexts(request, "Quranic text spec", { en: EN, ar: AR });
  await page.goto(`/documents/${id}`);

  const verse = rowWith(page, "Then will you not reason").locator('[data-lang="ar"] .wb-paragraph');
  const modern = rowWith(page, "He then spoke about").locator('[data-lang="ar"] .wb-paragraph');
  await expect(verse).toHaveClass(/\bquranic\b/);
  await expect(modern).not.toHaveClass(/\bquranic\b/);

  // next/font names each face after its file: the verse's is the Naskh face, loaded; the modern paragraph's another.
  const quranic = await faceOf(verse.locator("p"));
  const plain = await faceOf(modern.locator("p"));
  expect(quranic.family).toMatch(/naskh/i);
  expect(quranic.loaded).toBe(true);
  expect(plain.family).not.toBe(quranic.family);

  // The editor sets the text as the cell does.
  await verse.click();
  await page.keyboard.press("Enter");
  const editor = page.getByRole("textbox", { name: "Paragraph text" });
  await expect(editor).toHaveAttribute("lang", "ar");
  await expect(editor).toHaveClass(/\bquranic\b/);
  await page.keyboard.press("Escape");

  await page.screenshot({ path: testInfo.outputPath("quranic-text.png"), fullPage: true });
});

test("the import form sets a verse pasted into a text box in the same face", async ({ page }) => {
  await page.goto("/");
  const arabic = page.locator("fieldset.text-block").nth(2).locator("textarea");
  await expect(arabic).toHaveAttribute("lang", "ar");
  await arabic.fill(AR[1]!);
  await expect(arabic).toHaveClass(/\bquranic\b/);
  expect((await faceOf(arabic)).family).toMatch(/naskh/i);
  await arabic.fill(AR[2]!);
  await expect(arabic).not.toHaveClass(/\bquranic\b/);
});
