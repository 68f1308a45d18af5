// A growable list of 32-bit integers. On a long document the aligner's token lists hold millions of entries, which a
// number[] keeps boxed while it grows and then copies once more into the Int32Array its reader wants.

import { int32 } from "../small-arrays";
// The sentence pass builds many small lists, a few words each, so a buffer starts small, and grows in arrays carved
// from shared chunks (see small-arrays.ts).
const SMALL = 16;

export class IntBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = SMALL) {
    this.data = int32(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const wider = int32(2 * this.data.length);
      wider.set(this.data);
      this.data = wider;
    }
    this.data[this.length++] = value;
  }

  /** A copy of the values pushed, of their exact length. */
  toArray(): Int32Array {
    const copy = int32(this.length);
    copy.set(this.data.subarray(0, this.length));
    return copy;
  }
}
