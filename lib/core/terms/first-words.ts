// The first words of a trie's patterns, looked up by hash. A walk from the root costs a trie step per letter at
// every word that starts like some pattern, which with thousands of renderings is nearly every word, and each step
// is a read from a trie too big for the processor's cache. Instead the matcher looks the word up (and the word
// without each ending, and in Arabic without each proclitic) among the patterns' first words, and starts its walk
// at the node after it, or not at all. A hash is the polynomial of the key units mod 2^32 (the fold computes it,
// normalize.ts); a candidate is compared unit by unit.

import { WORD_HASH_BASE } from "./normalize";

export const MAX_HASHED_WORD = 256;
/** POWERS[k] = WORD_HASH_BASE^k mod 2^32: the hash of a part of a word is hashes[end] - hashes[start] * POWERS[length]. */
const POWERS = new Int32Array(MAX_HASHED_WORD + 1);
POWERS[0] = 1;
for (let k = 1; k <= MAX_HASHED_WORD; k++) POWERS[k] = Math.imul(POWERS[k - 1]!, WORD_HASH_BASE);

/**
 * Open addressing by hash; each slot is SLOT_STRIDE numbers side by side (one cache line per probe): the hash (0:
 * empty, so a hash of 0 is stored as 1), the node after the word, the word's offset in `codes` and its length.
 */
export interface FirstWordTable {
  slots: Int32Array;
  mask: number;
  /**
   * One bit per value of the top 16 bits of a (spread) hash, set for the words in the table: 8 KB that stay in the
   * fastest cache, so that most words of a text, which start no pattern, are turned away without touching the table
   * (with 5,000 first words, 93 % of the others are).
   */
  bits: Uint32Array;
  /** The words' code units, one after another. */
  codes: Uint16Array;
}

const SLOT_STRIDE = 4;
// The polynomial hash of a short word is a small number; multiplying by 2^32 / golden ratio spreads it over the top
// bits, which pick the filter's bit.
const GOLDEN = 0x9e3779b1 | 0;

function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, WORD_HASH_BASE) + word.charCodeAt(k)) | 0;
  return hash === 0 ? 1 : hash;
}

export function firstWordTableOf(words: ReadonlyArray<{ word: string; node: number }>): FirstWordTable {
  let size = 16;
  while (size < 2 * words.length) size *= 2;
  const slots = new Int32Array(size * SLOT_STRIDE);
  const codes = new Uint16Array(words.reduce((n, w) => n + w.word.length, 0));
  const bits = new Uint32Array(2048);
  let offset = 0;
  for (const { word, node } of words) {
    const hash = hashOf(word);
    const mixed = Math.imul(hash, GOLDEN);
    bits[mixed >>> 21]! |= 1 << ((mixed >>> 16) & 31);
    let slot = hash & (size - 1);
    while (slots[slot * SLOT_STRIDE] !== 0) slot = (slot + 1) & (size - 1);
    slots.set([hash, node, offset, word.length], slot * SLOT_STRIDE);
    for (let k = 0; k < word.length; k++) codes[offset++] = word.charCodeAt(k);
  }
  return { slots, mask: size - 1, bits, codes };
}

/**
 * The node after the first word key[start, end) of some pattern, or -1. `hashes` are the fold's word hashes
 * (ScratchKey.hashes), which give the hash of any part of a word in two reads; end - start <= MAX_HASHED_WORD.
 */
export function firstWordNode(table: FirstWordTable, key: Uint16Array, hashes: Int32Array, start: number, end: number): number {
  const length = end - start;
  const raw = (hashes[end]! - Math.imul(hashes[start]!, POWERS[length]!)) | 0;
  const hash = raw === 0 ? 1 : raw;
  const mixed = Math.imul(hash, GOLDEN);
  if ((table.bits[mixed >>> 21]! & (1 << ((mixed >>> 16) & 31))) === 0) return -1;
  const { slots, mask, codes } = table;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT_STRIDE;
    const stored = slots[at]!;
    if (stored === 0) return -1;
    if (stored !== hash || slots[at + 3] !== length) continue;
    const offset = slots[at + 2]!;
    let k = 0;
    while (k < length && key[start + k] === codes[offset + k]) k++;
    if (k === length) return slots[at + 1]!;
  }
}
