// Character tests on UTF-16 code units, for the loops that read text one character at a time
// (a RegExp call per character costs more than the rest of their work).

/**
 * Whether a code unit is white space as /\s/ sees it (ECMAScript WhiteSpace and
 * LineTerminator); NaN (past the end) is not.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
