// The demo corpus files (prisma/demo) as test input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportTextInput } from "@/lib/server/document/import-document";

export const DEMO_DIR = join(process.cwd(), "prisma", "demo");
export const DEMO_LANGS = ["en", "fa", "ar"] as const;

export function demoBytes(lang: (typeof DEMO_LANGS)[number]): Buffer {
  return readFileSync(join(DEMO_DIR, `letter-article.${lang}.txt`));
}

export function demoTexts(): ImportTextInput[] {
  return DEMO_LANGS.map((lang) => ({
    lang,
    role: lang === "en" ? "translation" : "original",
    format: "plain",
    content: { kind: "bytes", bytes: demoBytes(lang) },
  }));
}

export interface Gold {
  boilerplate: Record<string, number[]>;
  rows: Array<Record<string, number[]>>;
}

export function demoGold(): Gold {
  return JSON.parse(readFileSync(join(DEMO_DIR, "gold.json"), "utf8")) as Gold;
}
