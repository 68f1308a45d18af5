import { describe, expect, it } from "vitest";
import { IntBuffer } from "@/lib/core/align/int-buffer";
import { TokenListBuilder } from "@/lib/core/align/signals/signal";

describe("IntBuffer", () => {
  it("keeps every value in order as it grows past its capacity, and copies out exactly those", () => {
    const buffer = new IntBuffer(2);
    for (let k = 0; k < 1000; k++) buffer.push(k * 7 - 3000);
    const values = buffer.toArray();
    expect(buffer.length).toBe(1000);
    expect(values).toHaveLength(1000);
    expect(Array.from(values.subarray(0, 3))).toEqual([-3000, -2993, -2986]);
    expect(values[999]).toBe(999 * 7 - 3000);
    // The copy does not change with later pushes.
    buffer.push(1);
    expect(values).toHaveLength(1000);
    expect(buffer.toArray()[1000]).toBe(1);
  });

  it("gives an empty array when nothing was pushed", () => {
    expect(new IntBuffer().toArray()).toHaveLength(0);
  });
});

describe("TokenListBuilder", () => {
  it("interns a token's keys by name, whether given as they are or made on first use only", () => {
    const builder = new TokenListBuilder();
    let made = 0;
    const make = () => {
      made++;
      return ["k:b"];
    };
    builder.add(builder.typeOf("a", ["k:a"]));
    builder.add(builder.typeOf("b", make));
    builder.endUnit();
    builder.add(builder.typeOf("b", make));
    builder.add(builder.typeOf("a", ["ignored"]));
    builder.endUnit();
    const list = builder.build();
    expect(made).toBe(1);
    expect(Array.from(list.start)).toEqual([0, 2, 4]);
    expect(Array.from(list.types)).toEqual([0, 1, 1, 0]);
    expect(list.keys).toEqual([["k:a"], ["k:b"]]);
  });
});
