import { describe, expect, test } from "vitest";
import { detectFormat } from "@/lib/core/import";
import { readFixture, readSeedArticle } from "./helpers";

describe("detectFormat", () => {
  test("a full page is HTML", () => {
    expect(detectFormat(readFixture("wordpress-page.html"))).toBe("html");
    expect(detectFormat("  <!-- saved -->\n<!doctype html><title>x</title>")).toBe("html");
    expect(detectFormat("<html><body>hi</body></html>")).toBe("html");
  });

  test("a fragment of markup is HTML", () => {
    expect(detectFormat("<p>One paragraph.</p>")).toBe("html");
    expect(detectFormat("Intro\n<div>a</div>\n<div>b</div>")).toBe("html");
    expect(detectFormat("<script>alert(1)</script>")).toBe("html");
  });

  test("text that mentions tags or uses < is plain", () => {
    expect(detectFormat(readSeedArticle())).toBe("plain");
    expect(detectFormat("Use the <p> element for paragraphs, and remember that a < b and b > c.")).toBe("plain");
    expect(detectFormat("<Persian title> is not a tag")).toBe("plain");
    expect(detectFormat("")).toBe("plain");
  });
});
