import { describe, expect, it } from "vitest";
import { withoutPunctuation } from "@/bench/stress";

describe("withoutPunctuation (bench/stress.ts: originals printed as classical texts are)", () => {
  it("takes out every mark of punctuation, Arabic and Persian ones too", () => {
    expect(withoutPunctuation("«قال: نعم!» ثم سكت، وذهب؛ أليس كذلك؟ (انتهى).")).toBe("قال نعم ثم سكت وذهب أليس كذلك انتهى");
    expect(withoutPunctuation('He said: "Yes." Then - silence...')).toBe("He said Yes Then silence");
  });

  it("keeps a mark between two digits, which belongs to the number", () => {
    expect(withoutPunctuation("۱٬۰۰۰ نفر و ۳٫۵ درصد، یعنی 3.5 percent.")).toBe("۱٬۰۰۰ نفر و ۳٫۵ درصد یعنی 3.5 percent");
  });
});
