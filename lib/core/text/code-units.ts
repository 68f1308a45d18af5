// Character classes by UTF-16 code unit, decided on first sight and remembered in a table of 64 K entries: the text
// scanners ask them of every character of a long document, and a Unicode-property regular expression per character
// is several times slower than a table read. Only the units a text holds are ever computed.

/** A function of a code unit with a small result (0..127), computed once per unit. */
export function memoByCodeUnit(compute: (code: number) => number): (code: number) => number {
  const table = new Int8Array(0x10000).fill(-1);
  return (code) => {
    let value = table[code]!;
    if (value === -1) table[code] = value = compute(code);
    return value;
  };
}

/** Whether a code unit, as a one-character string, matches `pattern` (which must not be global), once per unit. */
export function codeUnitTest(pattern: RegExp): (code: number) => boolean {
  if (pattern.global || pattern.sticky) throw new Error("codeUnitTest needs a pattern without the g or y flag");
  const memo = memoByCodeUnit((code) => (pattern.test(String.fromCharCode(code)) ? 1 : 0));
  return (code) => memo(code) === 1;
}
