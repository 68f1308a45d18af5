import { describe, expect, it } from "vitest";
import { codeUnitTest, memoByCodeUnit } from "@/lib/core/text/code-units";

describe("code-unit classes", () => {
  it("tests a code unit against a pattern, computing each unit once", () => {
    let calls = 0;
    const isLower = memoByCodeUnit((code) => {
      calls++;
      return /\p{Ll}/u.test(String.fromCharCode(code)) ? 1 : 0;
    });
    expect([..."aAéÉя"].map((ch) => isLower(ch.charCodeAt(0)))).toEqual([1, 0, 1, 0, 1]);
    expect(isLower("a".charCodeAt(0))).toBe(1);
    expect(calls).toBe(5);
  });

  it("answers a regular expression per unit, Persian and Arabic letters included", () => {
    const isLetter = codeUnitTest(/\p{L}/u);
    expect([..."ژ٣ a.،ي"].map((ch) => isLetter(ch.charCodeAt(0)))).toEqual([true, false, false, true, false, false, true]);
  });

  it("refuses a global pattern, whose lastIndex would make answers depend on the order of questions", () => {
    expect(() => codeUnitTest(/a/g)).toThrow(/without the g or y flag/);
  });
});
