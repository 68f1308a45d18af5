// The CLI's contract, run as a child process exactly as `npm run --silent align -- ...` runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { expectValidLinks } from "./helpers";

const REPO = fileURLToPath(new URL("../../..", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));

function runCli(args: string[], runner: "tsx" | "bundle" = "tsx", env: Record<string, string> = {}) {
  const how = runner === "tsx" ? ["--conditions=react-server", "--import", "tsx"] : ["scripts/bundled.mjs"];
  const child = spawnSync(process.execPath, [...how, "scripts/align.ts", ...args], { cwd: REPO, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

// Folders for the files a test writes, removed when the file's tests are done.
const scratch: string[] = [];
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "align-cli-"));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const source = join(FIXTURES, "cli-source.en.txt");
const target = join(FIXTURES, "cli-target.fa.txt");

describe("scripts/align.ts", () => {
  it("prints the links of two paragraph files as JSON", () => {
    const { status, stdout, stderr } = runCli(["--source", source, "--source-lang", "en", "--target", target, "--target-lang", "fa"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as { links: Array<{ source: number[]; target: number[]; score: number }> };
    expect(Object.keys(output)).toEqual(["links", "dictionaries"]);
    expect((output as unknown as { dictionaries: string[] }).dictionaries).toEqual([]); // none for English and Persian
    expect(output.links.map(({ source, target }) => ({ source, target }))).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2, 3] },
      { source: [3], target: [] },
    ]);
    expectValidLinks(output.links, 4, 4);
  }, 30_000);

  it("prints the same from the prebuilt bundle that npm run align uses, and fails the same way", () => {
    const args = ["--source", source, "--source-lang", "en", "--target", target, "--target-lang", "fa"];
    const bundled = runCli(args, "bundle");
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(runCli(args).stdout);
    const bad = runCli(["--source", source, "--source-lang", "xx", "--target", target, "--target-lang", "fa"], "bundle");
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe('align: --source-lang "xx" is not a supported language\n');
  }, 30_000);

  it("reads one unit per non-empty line with --unit line", () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "a.txt"), "Khamenei wrote on 3 January 2020.\n\nHaniyeh replied.\n");
    writeFileSync(join(dir, "b.txt"), "خامنه‌ای در ۳ ژانویه ۲۰۲۰ نوشت.\nهنیه پاسخ داد.\n");
    const { status, stdout } = runCli(["--source", join(dir, "a.txt"), "--source-lang", "en", "--target", join(dir, "b.txt"), "--target-lang", "fa", "--unit", "line"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).links.map(({ source, target }: { source: number[]; target: number[] }) => [source, target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  }, 30_000);

  it("prints a line of web clutter in a link of its own, or aligns it with --keep-clutter", () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "en.txt"), "Share this article\n\nHaniyeh thanked Iran for its support.\n\nHe called for unity.\n");
    writeFileSync(join(dir, "fa.txt"), "هنیه از حمایت ایران تشکر کرد.\n\nاو خواستار وحدت شد.\n");
    const args = ["--source", join(dir, "en.txt"), "--source-lang", "en", "--target", join(dir, "fa.txt"), "--target-lang", "fa"];
    const clutter = (stdout: string) => (JSON.parse(stdout).links as Array<{ source: number[]; clutter?: boolean }>).filter((link) => link.clutter);
    expect(clutter(runCli(args).stdout)).toEqual([{ source: [0], target: [], score: 1, clutter: true }]);
    expect(clutter(runCli([...args, "--keep-clutter"]).stdout)).toEqual([]);
  }, 30_000);

  it("reads the machine's English-Arabic dictionary from DICTIONARY_DIR for an English-Arabic pair, and names it", () => {
    const dir = scratchDir();
    // A FreeDict file pair of one entry, as Debian installs them: the index's offset and length in base 64 ("A" is
    // 0, "b" 27, the entry's length in bytes).
    const entry = "falcon /ˈfælkən/\nصقر\n";
    expect(Buffer.byteLength(entry)).toBe(27);
    writeFileSync(join(dir, "freedict-eng-ara.index"), "falcon\tA\tb\n");
    writeFileSync(join(dir, "freedict-eng-ara.dict"), entry);
    writeFileSync(join(dir, "en.txt"), "A falcon nested on the cliff.\n\nIt rained.\n");
    writeFileSync(join(dir, "ar.txt"), "عشش صقر على الجرف.\n\nأمطرت.\n");
    const args = ["--source", join(dir, "en.txt"), "--source-lang", "en", "--target", join(dir, "ar.txt"), "--target-lang", "ar"];
    const withIt = runCli(args, "bundle", { DICTIONARY_DIR: dir });
    expect(withIt.stderr).toBe("");
    expect(JSON.parse(withIt.stdout).dictionaries).toEqual(["freedict-eng-ara"]);
    expect(JSON.parse(runCli(args, "bundle", { DICTIONARY_DIR: "none" }).stdout).dictionaries).toEqual([]);
  }, 30_000);

  it.each([
    [["--source", "missing.txt", "--source-lang", "en", "--target", target, "--target-lang", "fa"], /cannot read source file missing\.txt/],
    [["--source", source, "--source-lang", "xx", "--target", target, "--target-lang", "fa"], /--source-lang "xx" is not a supported language/],
    [["--source", source, "--source-lang", "en", "--target", target], /missing --target-lang/],
    [["--source", source, "--source-lang", "en", "--target", target, "--target-lang", "fa", "--unit", "word"], /--unit must be/],
    [["--bogus"], /Unknown option '--bogus'/],
  ])("exits non-zero with one line on stderr for bad input %#", (args, message) => {
    const { status, stdout, stderr } = runCli(args);
    expect(status).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  }, 30_000);

  describe("reads each file as an import reads an upload", () => {
    // Arabic in Windows-1256 (every letter here is in it, and each is one byte), encoded with the table that decoding
    // the code page's 256 bytes gives.
    const cp1256 = new Map(Array.from({ length: 256 }, (_, byte) => [new TextDecoder("windows-1256").decode(Uint8Array.of(byte)), byte]));
    const toCp1256 = (text: string) => Uint8Array.from([...text].map((char) => cp1256.get(char)!));
    const english = "The minister met his counterpart in Baghdad on Monday.\n\nThey signed three agreements on trade.\n";
    const arabic = "التقى الوزير نظيره في بغداد يوم الاثنين.\n\nووقعا ثلاث اتفاقيات تجارية.\n";
    const files = () => {
      const dir = scratchDir();
      const path = (name: string) => join(dir, name);
      writeFileSync(path("en.txt"), english);
      writeFileSync(path("ar.txt"), arabic);
      writeFileSync(path("ar-1256.txt"), toCp1256(arabic));
      const utf16 = Buffer.from(arabic, "utf16le");
      writeFileSync(path("ar-utf16-bom.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]));
      writeFileSync(path("ar-utf16.txt"), utf16);
      return path;
    };
    const args = (path: (name: string) => string, target: string, ...more: string[]) =>
      ["--source", path("en.txt"), "--source-lang", "en", "--target", path(target), "--target-lang", "ar", ...more];

    it("decodes Windows-1256 and UTF-16 with a byte order mark to the same links as UTF-8", () => {
      const path = files();
      expect(toCp1256(arabic)).toHaveLength([...arabic].length); // one byte a character: nothing was left unencoded
      const utf8 = runCli(args(path, "ar.txt"), "bundle");
      expect(utf8.status).toBe(0);
      for (const other of ["ar-1256.txt", "ar-utf16-bom.txt"]) expect(runCli(args(path, other), "bundle")).toEqual(utf8);
    }, 30_000);

    it("asks for the encoding of UTF-16 without a byte order mark, and reads it when given", () => {
      const path = files();
      const refused = runCli(args(path, "ar-utf16.txt"), "bundle");
      expect(refused.status).toBe(1);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toBe(`align: target file ${path("ar-utf16.txt")}: The file looks like UTF-16 LE without a byte order mark; choose its encoding or save it as UTF-8.\n`);
      expect(runCli(args(path, "ar-utf16.txt", "--target-encoding", "utf-16le"), "bundle")).toEqual(runCli(args(path, "ar.txt"), "bundle"));
      expect(runCli(args(path, "ar.txt", "--target-encoding", "latin1"), "bundle").stderr).toMatch(/^align: --target-encoding must be auto, utf-8, utf-16le, utf-16be, windows-1256, not "latin1"\n$/);
    }, 30_000);

    it("refuses a binary file and a text in another language than the one declared", () => {
      const path = files();
      writeFileSync(path("image.png"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      const binary = runCli(args(path, "image.png"), "bundle");
      expect(binary.status).toBe(1);
      expect(binary.stderr).toBe(`align: target file ${path("image.png")}: The file looks binary (signature: png), not text.\n`);
      // The English file as the Arabic side: its letters are Latin.
      const swapped = runCli(["--source", path("ar.txt"), "--source-lang", "ar", "--target", path("en.txt"), "--target-lang", "ar"], "bundle");
      expect(swapped.status).toBe(1);
      expect(swapped.stdout).toBe("");
      expect(swapped.stderr).toBe(`align: target file ${path("en.txt")}: Only 0 % of the letters are in the Arabic script that "ar" is written in.\n`);
    }, 30_000);
  });

  it("rejects an empty file", () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "empty.txt"), "\n \n");
    const { status, stderr } = runCli(["--source", join(dir, "empty.txt"), "--source-lang", "en", "--target", target, "--target-lang", "fa"]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/has no text/);
  }, 30_000);
});
