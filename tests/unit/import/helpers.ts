// Reads the test fixtures and the demo article that the boilerplate rules were written against.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");
}

/** prisma/demo/letter-article.en.txt: a real scraped page, clutter included. */
export function readSeedArticle(): string {
  return readFileSync(fileURLToPath(new URL("../../../prisma/demo/letter-article.en.txt", import.meta.url)), "utf8");
}

/** Runs fn and returns the ImportProblem it throws (failing the test if it throws anything else or nothing). */
export function problemOf(fn: () => unknown): { code: string; params: Record<string, string | number> } & Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error && "code" in error && "params" in error) {
      return error as Error & { code: string; params: Record<string, string | number> };
    }
    throw error;
  }
  throw new Error("expected an ImportProblem, but nothing was thrown");
}
