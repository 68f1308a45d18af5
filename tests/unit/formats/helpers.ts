// Shared by the format tests: literal units (RTL text, ZWNJ, XML specials, a missing counterpart), and running a
// writer or reader to completion.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FormatWriter, ParallelUnit, WriterInfo } from "@/lib/core/formats";

export const CREATED = new Date(Date.UTC(2024, 2, 5, 9, 30, 0));
export const CHANGED = new Date(Date.UTC(2024, 2, 6, 17, 4, 59));

export const info = (langs: string[], unitKind: WriterInfo["unitKind"] = "paragraph"): WriterInfo => ({
  langs,
  unitKind,
  tool: { name: "Tarjuman", version: "0.1.0" },
  created: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
});

export const UNITS: ParallelUnit[] = [
  {
    id: "1",
    texts: { en: 'Tom & Jerry said "<hello>".', fa: "تام و جری گفتند «سلام».", ar: "قال توم وجيري «مرحبا»." },
    status: "confirmed",
    score: 1,
    reviewer: "sara@example.org",
    document: "Letter & reply",
    created: CREATED,
    changed: CHANGED,
  },
  // An auto row whose Arabic counterpart is missing, with ZWNJ inside a Persian word.
  { id: "2", texts: { en: "I want to go.", fa: "می\u200cخواهم بروم.", ar: "" }, status: "auto", score: 0.9731, document: "Letter & reply" },
  // English only: no translation, never written.
  { id: "3", texts: { en: "Share this page", fa: "", ar: "" }, status: "auto", score: 0.2, document: "Letter & reply" },
];

export function writeAll(writer: FormatWriter, units: readonly ParallelUnit[]): string {
  return writer.header() + units.map((u) => writer.unit(u)).join("") + writer.footer();
}

export async function readAll(units: AsyncIterable<ParallelUnit>): Promise<ParallelUnit[]> {
  const all: ParallelUnit[] = [];
  for await (const unit of units) all.push(unit);
  return all;
}

/** The text in pieces of `size` characters, as a stream would deliver it. */
export function* inPieces(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** Runs fn and returns the FormatProblem-like error it throws. */
export async function problemOfAsync(fn: () => Promise<unknown>): Promise<{ code: string; params: Record<string, string | number> } & Error> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof Error && "code" in error && "params" in error) return error as Error & { code: string; params: Record<string, string | number> };
    throw error;
  }
  throw new Error("expected a problem, but nothing was thrown");
}

// The TMX 1.4b DTD, the standard's own file ("-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN"), kept with
// the tests so that a clone validates its exports without anything beside it.
export const TMX_DTD = fileURLToPath(new URL("./fixtures/tmx14.dtd", import.meta.url));
export const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

/** xmllint's verdict on a TMX file against the TMX 1.4b DTD: "" when valid, its complaints otherwise. */
export function validateTmx(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tmx-"));
  try {
    const file = join(dir, "out.tmx");
    writeFileSync(file, xml);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", TMX_DTD, file], { encoding: "utf8" });
    return result.status === 0 ? "" : result.stderr || `xmllint exited ${result.status}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
