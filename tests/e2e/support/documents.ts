// Test documents for browser specs: each spec imports its own copy, so specs never see each other's changes.
import { readFileSync } from "node:fs";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export async function importDemoCopy(request: APIRequestContext, title: string): Promise<number> {
  const text = (lang: string) => readFileSync(`prisma/demo/letter-article.${lang}.txt`, "utf8");
  const response = await request.post("/api/documents", {
    data: { title, texts: ["en", "fa", "ar"].map((lang) => ({ lang, role: lang === "en" ? "translation" : "original", format: "plain", text: text(lang) })) },
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

export async function scrollWorkbenchToEnd(page: Page): Promise<void> {
  await page.getByTestId("workbench-scroll").evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
}
