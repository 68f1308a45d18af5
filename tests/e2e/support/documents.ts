// Test documents for browser specs: each spec imports its own copy, so specs never see each other's changes.
import { readFileSync } from "node:fs";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export async function importDemoCopy(request: APIRequestContext, title: string): Promise<number> {
  const text = (lang: string) => readFileSync(`prisma/demo/letter-article.${lang}.txt`, "utf8");
  const response = await request.post("/api/documents", {
    // In the demo corpus: the copy shares the demo term base.
    data: { title, corpus: "demo", texts: ["en", "fa", "ar"].map((lang) => ({ lang, role: lang === "en" ? "translation" : "original", format: "plain", text: text(lang) })) },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { documentId: number }).documentId;
}

export async function importTexts(request: APIRequestContext, title: string, texts: Record<string, string[]>): Promise<number> {
  const response = await request.post("/api/documents", {
    data: { title, texts: Object.entries(texts).map(([lang, paragraphs]) => ({ lang, role: lang === "en" ? "translation" : "original", format: "plain", text: paragraphs.join("\n\n") })) },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { documentId: number }).documentId;
}

/** The row holding a paragraph with this text (rows are virtualized: it must be in view). */
export function rowWith(page: Page, text: string | RegExp): Locator {
  return page.locator("[data-row-id]").filter({ has: page.locator(".wb-paragraph", { hasText: text }) });
}

/**
 * Scrolls the workbench down a screen at a time until `target` is rendered: rows are virtualized and measured as
 * they render, so a single jump to the end can land short of it.
 */
export async function scrollWorkbenchTo(page: Page, target: Locator): Promise<void> {
  const scroller = page.getByTestId("workbench-scroll");
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  for (let step = 0; step < 200; step++) {
    if ((await target.count()) > 0) return target.first().scrollIntoViewIfNeeded();
    const atEnd = await scroller.evaluate((el) => {
      el.scrollBy({ top: el.clientHeight * 0.8 });
      return el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
    });
    await page.waitForTimeout(atEnd ? 400 : 120);
  }
  throw new Error("The workbench never showed the row.");
}
