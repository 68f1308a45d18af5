// The distinct words of a text, each with an integer id. The aligner looks every word of a 10,000-paragraph
// document up in several tables (transliterations, the lexicons, Latin tokens); done once per distinct word and then
// by id, that is array indexing instead of a string hash per occurrence. Words are found in folded text exactly as
// fold.ts wordsOf finds them, and interned by a hash of their code units, so that a word already seen costs no
// string allocation.

// The separators of fold.ts WORD, by UTF-16 code unit: JavaScript's \s, then the explicit ranges of the class.
export const SEPARATOR = new Uint8Array(0x10000);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) {
  SEPARATOR[code] = 1;
}
for (const [from, to] of [
  [0x2000, 0x200a], [0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e], [0xa0, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7],
  [0x2000, 0x206f], [0x2190, 0x2bff], [0x3000, 0x303f], [0x060c, 0x060c], [0x061b, 0x061b], [0x061f, 0x061f],
  [0x066a, 0x066d], [0x06d4, 0x06d4], [0xfd3e, 0xfd3f],
] as const) {
  SEPARATOR.fill(1, from, to + 1);
}

/** Where word ids are appended: an array, or a typed buffer (lib/core/align/int-buffer.ts). */
export interface IdSink {
  push(id: number): void;
  readonly length: number;
}

export class Vocabulary {
  /** Words by id. */
  readonly words: string[] = [];
  /** Open addressing: id + 1 of the word in each slot, 0 when empty. */
  private slots = new Int32Array(256);
  private hashes: number[] = [];
  /** Per-vocabulary memo of the signals: tables indexed by word id, built once for all the pairs a text is in. */
  readonly memo = new Map<string, unknown>();

  get size(): number {
    return this.words.length;
  }

  /** The hash the vocabulary keeps of word `id` (FNV-1a over its code units). */
  hashOf(id: number): number {
    return this.hashes[id]!;
  }

  /** Appends the ids of the words of `folded` (output of foldForMatching) to `into`; returns how many. */
  scan(folded: string, into: IdSink): number {
    let found = 0;
    let start = -1;
    let hash = 0;
    for (let k = 0; k <= folded.length; k++) {
      const code = k < folded.length ? folded.charCodeAt(k) : 0x20;
      if (SEPARATOR[code]) {
        if (start >= 0) {
          into.push(this.intern(folded, start, k, hash));
          found++;
          start = -1;
        }
        continue;
      }
      if (start < 0) {
        start = k;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    return found;
  }

  /** The id of the word held in codes[start .. end) (folded code units), interned if new; `hash` as scan computes it. */
  internCodes(codes: Uint16Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        const id = this.words.length;
        this.words.push(String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]));
        this.hashes.push(hash);
        this.slots[slot] = id + 1;
        if (2 * this.words.length > this.slots.length) this.grow();
        return id;
      }
      if (this.hashes[entry - 1] !== hash) continue;
      const word = this.words[entry - 1]!;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = word.charCodeAt(k) === codes[start + k];
      if (same) return entry - 1;
    }
  }

  /** The id of a word, interned if new. */
  idOf(word: string): number {
    let hash = 0x811c9dc5;
    for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
    return this.intern(word, 0, word.length, hash);
  }

  /** The id of a word, or -1 when the text does not have it. */
  find(word: string): number {
    let hash = 0x811c9dc5;
    for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.hashes[entry - 1] === hash && this.words[entry - 1] === word) return entry - 1;
    }
  }

  private intern(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        const id = this.words.length;
        this.words.push(text.slice(start, end));
        this.hashes.push(hash);
        this.slots[slot] = id + 1;
        if (2 * this.words.length > this.slots.length) this.grow();
        return id;
      }
      if (this.hashes[entry - 1] !== hash) continue;
      const word = this.words[entry - 1]!;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = word.charCodeAt(k) === text.charCodeAt(start + k);
      if (same) return entry - 1;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}
