// `npm run import -- --en FILE --fa FILE ...` as a child process against the test database, as an operator would run
// it: the new document's id on stdout, the stages on stderr as they pass, and a clear message for bad input.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_DIR } from "../support/demo";
import { closeDb, testDb, uniqueName } from "../support/db";
import { runScript } from "../support/run-script";

afterAll(closeDb);

const runImport = (args: string[]) => runScript("import.ts", args);

const demo = (lang: string) => join(DEMO_DIR, `letter-article.${lang}.txt`);

async function documentsTitled(title: string): Promise<number> {
  return (await testDb()).document.count({ where: { title } });
}

// Each run compiles TypeScript, connects and aligns: seconds each on a loaded machine.
describe("npm run import", { timeout: 120_000 }, () => {
  it("imports one file per language, prints the new document, and shows each stage on stderr as it passes", async () => {
    const title = uniqueName("cli-import");
    const { status, stdout, stderr } = await runImport(["--en", demo("en"), "--fa", demo("fa"), "--original", "fa", "--title", title]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { documentId: number; rows: number; alignStatus: string };
    expect(result.alignStatus).toBe("ok");
    expect(result.rows).toBeGreaterThan(0);
    // stderr is a pipe here, not a terminal: a line per stage (and per tenth of a long one), in order.
    const stages = stderr.trim().split("\n").map((line) => /^(.*): \d+ %$/.exec(line)?.[1]);
    expect(stages.filter((stage, k) => stage !== stages[k - 1])).toEqual(["Reading the texts", "Aligning paragraphs", "Aligning sentences", "Saving"]);
    expect(stderr.trim().split("\n").at(-1)).toBe("Saving: 100 %");
    const stored = await (await testDb()).document.findUnique({
      where: { id: result.documentId },
      select: { title: true, texts: { select: { lang: true, role: true }, orderBy: { lang: "asc" } }, _count: { select: { rows: true } } },
    });
    expect(stored).toEqual({ title, texts: [{ lang: "en", role: "TRANSLATION" }, { lang: "fa", role: "ORIGINAL" }], _count: { rows: result.rows } });
  });

  it("refuses a file it cannot read, and a text in the wrong language, with a message and nothing stored", async () => {
    const title = uniqueName("cli-bad");
    const missing = await runImport(["--en", demo("en"), "--fa", join(DEMO_DIR, "no-such-file.txt"), "--title", title]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.split("\n")[0]).toBe(`import: cannot read ${join(DEMO_DIR, "no-such-file.txt")}`);

    // An original that is not among the texts would otherwise be dropped without a word.
    const stray = await runImport(["--en", demo("en"), "--fa", demo("fa"), "--original", "ar", "--title", title]);
    expect(stray.status).toBe(1);
    expect(stray.stderr.split("\n")[0]).toBe("import: --original ar names no text of this import (give --ar FILE, or leave it out).");

    const wrongLanguage = await runImport(["--en", demo("en"), "--ar", demo("en"), "--title", title]);
    expect(wrongLanguage.status).toBe(1);
    expect(wrongLanguage.stdout).toBe("");
    expect(wrongLanguage.stderr).toContain('import: Arabic: Only 0 % of the letters are in the Arabic script that "ar" is written in.');
    expect(await documentsTitled(title)).toBe(0);
  });

  it("reads every file, or one language's file, in the --encoding given, where detection cannot tell it, and refuses one it does not know", async () => {
    const { mkdtempSync, readFileSync, rmSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "import-cli-"));
    try {
      // The demo's Persian as UTF-16 LE without a byte order mark.
      const persian = join(dir, "fa.txt");
      writeFileSync(persian, Buffer.from(readFileSync(demo("fa"), "utf8"), "utf16le"));
      const title = uniqueName("cli-encoding");
      const detected = await runImport(["--fa", persian, "--title", title]);
      expect(detected.status).toBe(1);
      expect(detected.stderr).toContain("import: Persian: The file looks like UTF-16 LE without a byte order mark; choose its encoding or save it as UTF-8.");
      const unknown = await runImport(["--fa", persian, "--encoding", "latin1", "--title", title]);
      expect(unknown.status).toBe(1);
      expect(unknown.stderr.split("\n")[0]).toBe('import: --encoding must be auto, utf-8, utf-16le, utf-16be, windows-1256, not "latin1".');
      expect(await documentsTitled(title)).toBe(0);
      const chosen = await runImport(["--fa", persian, "--encoding", "utf-16le", "--title", title]);
      expect(chosen.status).toBe(0);
      expect(JSON.parse(chosen.stdout).rows).toBeGreaterThan(0);
      expect(await documentsTitled(title)).toBe(1);

      // Beside an English file in UTF-8, the Persian file's encoding is named for it alone: one for both would read
      // the English as UTF-16 too.
      const both = uniqueName("cli-encoding-per-file");
      const shared = await runImport(["--en", demo("en"), "--fa", persian, "--encoding", "utf-16le", "--title", both]);
      expect(shared.status).toBe(1);
      const stray = await runImport(["--en", demo("en"), "--fa", persian, "--encoding", "ar=utf-16le", "--title", both]);
      expect(stray.stderr.split("\n")[0]).toBe("import: --encoding ar=utf-16le names no text of this import (give --ar FILE).");
      const twice = await runImport(["--en", demo("en"), "--fa", persian, "--encoding", "fa=utf-16le", "--encoding", "fa=utf-8", "--title", both]);
      expect(twice.stderr.split("\n")[0]).toBe("import: --encoding is given twice for fa.");
      expect(await documentsTitled(both)).toBe(0);
      const perFile = await runImport(["--en", demo("en"), "--fa", persian, "--encoding", "fa=utf-16le", "--title", both]);
      expect(perFile.status).toBe(0);
      expect(await documentsTitled(both)).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
