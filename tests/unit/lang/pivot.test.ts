import { describe, expect, it } from "vitest";
import { pivotOf } from "@/lib/core/lang/languages";

describe("pivotOf", () => {
  it("picks the English text wherever it stands, in any of its variants", () => {
    expect(pivotOf(["fa", "ar", "en"])).toBe("en");
    expect(pivotOf(["fa", "en-GB", "ar"])).toBe("en-GB");
  });

  it("takes the first text when none is English", () => {
    expect(pivotOf(["ar", "fa"])).toBe("ar");
    expect(pivotOf([])).toBeUndefined();
  });

  it("does not read a language whose code merely starts with en as English", () => {
    expect(pivotOf(["fa", "enm"])).toBe("fa");
  });
});
