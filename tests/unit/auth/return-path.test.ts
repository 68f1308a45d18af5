import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/core/auth/return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/documents/12?cols=fa,en", "/documents/12?cols=fa,en"],
    ["/", "/"],
    ["/admin/users", "/admin/users"],
  ])("keeps a path on this site: %s", (next, expected) => expect(safeReturnPath(next)).toBe(expected));

  it.each([null, undefined, "", "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "documents/1", "/\t/evil.example", "/\n/evil"])(
    "sends anything else home: %j",
    (next) => expect(safeReturnPath(next)).toBe("/"),
  );
});
