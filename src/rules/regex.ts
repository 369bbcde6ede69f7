// Running a global regular expression over a text without making new RegExp objects.
//
// `String.prototype.matchAll` clones its pattern (a new RegExp per call), and a RegExp built
// inside a function is compiled again each time the engine's cache has dropped it; on the hot
// path both cost more than the match. Patterns are built once, at module load, and run here.

/** Every non-empty match of a global (or sticky) pattern in `text`, in order (appended to out). */
export function execAll(re: RegExp, text: string, out: RegExpExecArray[] = []): RegExpExecArray[] {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Each non-empty match of a global pattern in `text`, in order, handed to `each` and not kept
 * (for whole documents, where an array of every match would be large); `each` returns false
 * to stop.
 */
export function forEachMatch(
  re: RegExp,
  text: string,
  each: (m: RegExpExecArray) => boolean | void,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    else if (each(m) === false) break;
  }
  re.lastIndex = 0;
}
