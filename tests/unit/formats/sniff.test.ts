import { describe, expect, test } from "vitest";
import { escapeXmlAttribute, escapeXmlText, sniffFormat } from "@/lib/core/formats";

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

describe("sniffFormat tells the format from the content", () => {
  test.each([
    ["TMX after a BOM, a comment and a DOCTYPE", '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">', { format: "tmx", declaredEncoding: "utf-8" }],
    ["XLIFF 1.2", '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file>', { format: "xliff-1.2" }],
    ["XLIFF 2.0 by version", '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">', { format: "xliff-2.0" }],
    ["XLIFF 2.1 with a prefix", '<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" version="2.1">', { format: "xliff-2.0" }],
    ["a DOCTYPE with an internal subset", '<!DOCTYPE tmx [<!ENTITY a "x>y">]><tmx version="1.4">', { format: "tmx" }],
    ["a TMX declared as windows-1256", "<?xml version='1.0' encoding='Windows-1256'?><tmx>", { format: "tmx", declaredEncoding: "windows-1256" }],
    ["another XML vocabulary", "<?xml version='1.0'?><rss><channel/></rss>", { format: "xml", root: "rss" }],
    ["an HTML page", "<!DOCTYPE html>\n<html><body><p>Hi</p>", { format: "html" }],
    ["JSONL", '{"translation":{"en":"Hi","fa":"سلام"}}\n{"translation":{}}\n', { format: "jsonl" }],
    ["TSV", "en\tfa\nHello\tسلام\n", { format: "tsv" }],
    ["plain text (a Moses side)", "One sentence.\nAnother one.\n", { format: "text" }],
  ])("%s", (_, content, expected) => {
    expect(sniffFormat(utf8(content))).toEqual(expected);
  });

  test("a zip archive and a UTF-16 TMX", () => {
    expect(sniffFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toEqual({ format: "zip" });
    expect(sniffFormat(utf16le('<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4">'))).toEqual({ format: "tmx", declaredEncoding: "utf-16" });
  });
});

describe("XML escaping", () => {
  test("text: & < > and CR; attributes also quotes, tabs and line breaks; characters XML cannot carry become U+FFFD", () => {
    expect(escapeXmlText('a & b < c > d "e" \r\n\t\u200c\u0007\ud800')).toBe('a &amp; b &lt; c &gt; d "e" &#13;\n\t\u200c\ufffd\ufffd');
    expect(escapeXmlAttribute('x "y"\t\nz')).toBe("x &quot;y&quot;&#9;&#10;z");
    expect(escapeXmlText("😀 سلام")).toBe("😀 سلام");
  });
});
