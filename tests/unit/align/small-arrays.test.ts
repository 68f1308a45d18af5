import { describe, expect, it } from "vitest";
import { float32, float64, float64From, int32, int32From, int8, uint8, uint8From } from "@/lib/core/small-arrays";

describe("small typed arrays", () => {
  it("are zeroed, of the length asked, and never overlap one another", () => {
    const made = [int32(20), float64(30), uint8(100), int8(70), float32(50), int32(500), float64(9)];
    expect(made.map((array) => array.length)).toEqual([20, 30, 100, 70, 50, 500, 9]);
    for (const array of made) expect(Array.from(array).every((value) => value === 0)).toBe(true);
    // Filling each with its own mark leaves every other as it was.
    made.forEach((array, k) => array.fill(k + 1));
    made.forEach((array, k) => expect(Array.from(array).every((value) => value === k + 1)).toBe(true));
  });

  it("start every array of 8-byte values on an 8-byte boundary, after arrays of odd byte lengths", () => {
    uint8(67);
    const values = float64(20);
    expect(values.byteOffset % 8).toBe(0);
    values[19] = 0.1;
    expect(values[19]).toBe(0.1);
  });

  it("share a buffer between small arrays, and give tiny and large ones a buffer of their own", () => {
    const a = int32(40);
    const b = int32(40);
    expect(a.buffer).toBe(b.buffer);
    expect(int32(4).buffer).not.toBe(a.buffer);
    const large = int32(100_000);
    expect(large.buffer).not.toBe(a.buffer);
    expect(large.byteOffset).toBe(0);
  });

  it("stay zeroed across a chunk's end, where a new chunk starts", () => {
    for (let k = 0; k < 200; k++) {
      const array = float64(200);
      expect(array[0]).toBe(0);
      expect(array[199]).toBe(0);
      array.fill(k + 1);
    }
  });

  it("copy lists of numbers as the typed arrays' from does", () => {
    expect(Array.from(int32From([3, -1, 2 ** 31]))).toEqual(Array.from(Int32Array.from([3, -1, 2 ** 31])));
    expect(Array.from(float64From([0.5, -2.25]))).toEqual([0.5, -2.25]);
    expect(Array.from(uint8From(new Array(80).fill(300)))).toEqual(Array.from(Uint8Array.from(new Array(80).fill(300))));
  });
});
