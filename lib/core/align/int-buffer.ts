// A growable list of 32-bit integers. On a long document the aligner's token lists hold millions of entries, which a
// number[] keeps boxed while it grows and then copies once more into the Int32Array its reader wants.

// V8 keeps a typed array of up to 64 bytes in its heap and gives a larger one a backing store of its own, which costs
// far more to make: the sentence pass builds many small lists, a few words each, so a buffer starts that small.
const SMALL = 16;

export class IntBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = SMALL) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const wider = new Int32Array(2 * this.data.length);
      wider.set(this.data);
      this.data = wider;
    }
    this.data[this.length++] = value;
  }

  /** A copy of the values pushed, of their exact length. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
