// `npm run export` as a child process against the test database, as an operator runs it: the file written whole
// under its name, a path it cannot write refused before the export starts, and a failed export leaving nothing behind.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../support/auth";
import { closeDb, testDb, uniqueName } from "../support/db";
import { runScript } from "../support/run-script";
import { seedDocument } from "./parallel-fixtures";

let documentId = 0;
const dir = mkdtempSync(join(tmpdir(), "export-cli-"));

beforeAll(async () => {
  const db = await testDb();
  const reviewer = await createTestUser("reviewer");
  documentId = await seedDocument(db, { title: "CLI export", corpusSlug: uniqueName("export-cli"), reviewerId: reviewer.id });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeDb();
});

const runExport = (args: string[]) => runScript("export.ts", args);

// Each run compiles TypeScript and connects: seconds each on a loaded machine.
describe("npm run export", { timeout: 120_000 }, () => {
  it("writes the file under --out and says what it wrote, leaving no temporary file", async () => {
    const out = join(dir, "letter.tsv");
    const run = await runExport(["--documents", String(documentId), "--format", "tsv", "--langs", "en,fa", "--status", "all", "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split("\n").at(-1)).toMatch(new RegExp(`^export: wrote ${out.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: \\d+ units from \\d+ rows`));
    expect(readFileSync(out, "utf8").split("\n")[0]).toBe("en\tfa\tstatus\tscore\tdocument");
    expect(readdirSync(dir).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });

  it("refuses a path it cannot write before exporting, in one line", async () => {
    const out = join(dir, "no-such-folder", "letter.tmx");
    const run = await runExport(["--documents", String(documentId), "--format", "tmx", "--langs", "all", "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`export: cannot write ${out} (ENOENT)\n`);
  });

  it("leaves a file already at --out as it was when the export fails", async () => {
    const out = join(dir, "keep.tmx");
    writeFileSync(out, "an earlier export");
    const run = await runExport(["--documents", "999999999", "--format", "tmx", "--langs", "all", "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe("export: document 999999999 does not exist.");
    expect(readFileSync(out, "utf8")).toBe("an earlier export");
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
