// Small typed arrays for the aligner's inner work, carved out of shared chunks. V8 keeps a typed array of up to 64
// bytes inside its heap; a larger one gets a backing store of its own, allocated outside the heap and tracked until
// the collector frees it, which costs 3-5 µs against 0.1 µs for a view of an existing buffer (Node 20). A row's
// sentence pass makes some sixty arrays of a few dozen to a few hundred entries (its words, tokens, masks, the
// dynamic program's tables), so that on a 7,500-paragraph document those allocations were about half of the pass.
//
// A chunk is freed once every array carved from it is gone, so these are for arrays that live as long as one
// alignment, not for caches: one array kept keeps its chunk. Nothing here may be transferred to another thread
// (that would detach the chunk's other arrays) or posted (a clone copies the whole chunk). Arrays are zeroed, as
// `new Int32Array(n)` is: chunks are never reused.

const CHUNK_BYTES = 1 << 16;
/** Arrays larger than this get a buffer of their own, whose cost is small beside filling them. */
const LARGEST_BYTES = 1 << 11;

let chunk: ArrayBuffer | undefined;
let used = CHUNK_BYTES;

/** The byte offset in `chunk` of a new array of `bytes` bytes, starting a new chunk when this one is full. */
function carve(bytes: number): number {
  if (used + bytes > CHUNK_BYTES) {
    chunk = new ArrayBuffer(CHUNK_BYTES);
    used = 0;
  }
  const offset = used;
  // Every offset a multiple of 8, so that any element type may start there.
  used += (bytes + 7) & ~7;
  return offset;
}

export function int32(length: number): Int32Array {
  const bytes = length * 4;
  if (bytes <= 64 || bytes > LARGEST_BYTES) return new Int32Array(length);
  const offset = carve(bytes);
  return new Int32Array(chunk!, offset, length);
}

export function float64(length: number): Float64Array {
  const bytes = length * 8;
  if (bytes <= 64 || bytes > LARGEST_BYTES) return new Float64Array(length);
  const offset = carve(bytes);
  return new Float64Array(chunk!, offset, length);
}

export function float32(length: number): Float32Array {
  const bytes = length * 4;
  if (bytes <= 64 || bytes > LARGEST_BYTES) return new Float32Array(length);
  const offset = carve(bytes);
  return new Float32Array(chunk!, offset, length);
}

export function int8(length: number): Int8Array {
  if (length <= 64 || length > LARGEST_BYTES) return new Int8Array(length);
  const offset = carve(length);
  return new Int8Array(chunk!, offset, length);
}

export function uint8(length: number): Uint8Array {
  if (length <= 64 || length > LARGEST_BYTES) return new Uint8Array(length);
  const offset = carve(length);
  return new Uint8Array(chunk!, offset, length);
}

// What Int32Array.from and the like do, for lists of numbers.
export function int32From(values: ArrayLike<number>): Int32Array {
  const array = int32(values.length);
  for (let k = 0; k < values.length; k++) array[k] = values[k]!;
  return array;
}

export function float64From(values: ArrayLike<number>): Float64Array {
  const array = float64(values.length);
  for (let k = 0; k < values.length; k++) array[k] = values[k]!;
  return array;
}

export function uint8From(values: ArrayLike<number>): Uint8Array {
  const array = uint8(values.length);
  for (let k = 0; k < values.length; k++) array[k] = values[k]!;
  return array;
}
