import { describe, expect, it } from "vitest";
import { median } from "@/bench/stats";

describe("median", () => {
  it("is the middle value of an odd count, whatever the order", () => {
    expect(median([5.6, 4.5, 4.9, 6.1, 4.8])).toBe(4.9);
  });

  it("is the mean of the two middle values of an even count", () => {
    expect(median([4, 10, 1, 6])).toBe(5);
  });

  it("leaves its input as it was", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
