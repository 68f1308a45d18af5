// Reads a dictionary in the dictd format (the FreeDict dictionaries Debian packages as dict-freedict-*): an index of
// lines "headword TAB offset TAB length", offset and length in base 64 and counting bytes of the uncompressed .dict
// file, whose entry at that place is the headword's line followed by its definition. The files' own ".dict.dz"
// compression is gzip, undone by the caller.

export interface DictdEntry {
  headword: string;
  /** The entry's text after its first line (the headword and its pronunciation): its definition, line by line. */
  definition: string;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Int8Array(128).fill(-1);
for (let k = 0; k < BASE64.length; k++) DIGIT[BASE64.charCodeAt(k)] = k;

function base64Number(text: string): number {
  let value = 0;
  for (let k = 0; k < text.length; k++) {
    const digit = DIGIT[text.charCodeAt(k)] ?? -1;
    if (digit < 0) return -1;
    value = value * 64 + digit;
  }
  return text.length > 0 ? value : -1;
}

/**
 * The entries of a dictd dictionary, in the index's order, those whose headword `accept` takes (all by default);
 * the index's own entries ("00database…", the dictionary's description) are left out, and so is a line whose offset
 * or length is not base 64 or points past the end of `dict`.
 */
export function readDictd(index: string, dict: Uint8Array, accept: (headword: string) => boolean = () => true): DictdEntry[] {
  const headwords: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // By offsets rather than split(): a dictionary of 80,000 entries would allocate a few arrays per line.
  for (let at = 0; at < index.length; ) {
    let next = index.indexOf("\n", at);
    if (next < 0) next = index.length;
    const tab1 = index.indexOf("\t", at);
    const tab2 = tab1 < 0 || tab1 > next ? -1 : index.indexOf("\t", tab1 + 1);
    if (tab2 > 0 && tab2 < next) {
      const headword = index.slice(at, tab1);
      const offset = base64Number(index.slice(tab1 + 1, tab2));
      const length = base64Number(index.slice(tab2 + 1, next).trim());
      if (headword && !headword.startsWith("00database") && offset >= 0 && length >= 0 && offset + length <= dict.length && accept(headword)) {
        headwords.push(headword);
        starts.push(offset);
        ends.push(offset + length);
      }
    }
    at = next + 1;
  }
  // One decode of the whole file, and the byte offsets turned into string offsets in one pass over its bytes (the
  // entries in the order of their offsets, as dictd writes them): a decode per entry costs more on 80,000 entries.
  const text = new TextDecoder("utf-8").decode(dict);
  const order = headwords.map((_, k) => k).sort((a, b) => starts[a]! - starts[b]!);
  const charStart = new Int32Array(headwords.length);
  const charEnd = new Int32Array(headwords.length);
  let chars = 0;
  let byte = 0;
  const advance = (to: number) => {
    if (to < byte) [chars, byte] = [0, 0]; // entries that overlap: count again from the start
    for (; byte < to; byte++) {
      const b = dict[byte]!;
      // A UTF-8 sequence's first byte starts a UTF-16 unit, or two for a four-byte sequence.
      if ((b & 0xc0) !== 0x80) chars += b >= 0xf0 ? 2 : 1;
    }
    return chars;
  };
  for (const k of order) {
    charStart[k] = advance(starts[k]!);
    charEnd[k] = advance(ends[k]!);
  }
  return headwords.map((headword, k) => {
    const entry = text.slice(charStart[k], charEnd[k]);
    const firstLine = entry.indexOf("\n");
    return { headword, definition: firstLine < 0 ? "" : entry.slice(firstLine + 1) };
  });
}
