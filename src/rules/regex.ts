// Running a global regular expression over a text without making new RegExp objects.
//
// `String.prototype.matchAll` clones its pattern (a new RegExp per call), and a RegExp built
// inside a function is compiled again each time the engine's cache has dropped it; on the hot
// path both cost more than the match. Patterns are built once, at module load, and run here.

/** Every non-empty match of a global (or sticky) pattern in `text`, in order. */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  re.lastIndex = 0;
  return out;
}
