// Text layout for the terminal: visible width, word wrap, columns. Pure functions, no I/O.
//
// Colour is applied by the caller to each finished line (a `Style` per paragraph), never before
// wrapping: escape codes are then never counted as width, never cut in half, and never span a
// line break. Words are never broken: a word wider than its column is cut with "…".

/** A styling function (a chalk style, or identity for none). */
export type Style = (s: string) => string;

const plain: Style = (s) => s;

// ESC [ … final byte: the SGR codes chalk writes (and any other CSI sequence).
// eslint-disable-next-line no-control-regex -- matching escape codes is the point
const ANSI = /\u001b\[[0-9;]*[a-z]/gi;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, "");
}

/** East Asian wide and fullwidth characters take two columns. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Combining marks and zero-width characters take none. */
function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  );
}

/** Columns a string takes on a terminal, escape codes left out. */
export function visibleWidth(s: string): number {
  let n = 0;
  for (const ch of stripAnsi(s)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || isZeroWidth(cp)) continue;
    n += isWide(cp) ? 2 : 1;
  }
  return n;
}

/** The longest start of `s` that fits `width` columns, ending with "…" when cut. */
export function truncate(s: string, width: number): string {
  if (visibleWidth(s) <= width) return s;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const ch of s) {
    const w = visibleWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Whitespace (line breaks included) folded to single spaces. */
export function flatten(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Greedy word wrap of plain text into lines of at most `width` columns. Words are never split;
 * a word wider than the line is cut with "…". At most `maxLines` lines: the last one then ends
 * with "…" when text was left out.
 */
export function wrap(text: string, width: number, maxLines = Infinity): string[] {
  const w = Math.max(1, width);
  const words = flatten(text).split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const raw of words) {
    const word = truncate(raw, w);
    const ww = visibleWidth(word);
    if (line && used + 1 + ww <= w) {
      line += ` ${word}`;
      used += 1 + ww;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    used = ww;
  }
  if (line || lines.length === 0) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  // Room for the ellipsis: drop whole words from the end of the last line.
  let cut = last;
  while (visibleWidth(cut) + 1 > w && cut.includes(" ")) cut = cut.slice(0, cut.lastIndexOf(" "));
  kept[maxLines - 1] = visibleWidth(cut) + 1 > w ? truncate(cut, w) : `${cut}…`;
  return kept;
}

/** One paragraph of a cell: its text and the style of each of its lines. */
export interface Paragraph {
  text: string;
  style?: Style;
}

export type Cell = string | Paragraph | Paragraph[];

function paragraphs(cell: Cell): Paragraph[] {
  if (typeof cell === "string") return [{ text: cell }];
  return Array.isArray(cell) ? cell : [cell];
}

/** The lines of a cell wrapped to `width`, each styled and padded to exactly `width` columns. */
export function cellLines(
  cell: Cell,
  width: number,
  align: "left" | "right" = "left",
  maxLines = Infinity,
): string[] {
  const out: string[] = [];
  for (const p of paragraphs(cell)) {
    if (!p.text) continue;
    const style = p.style ?? plain;
    for (const line of wrap(p.text, width, maxLines)) {
      const pad = " ".repeat(Math.max(0, width - visibleWidth(line)));
      out.push(align === "right" ? pad + style(line) : style(line) + pad);
    }
  }
  return out.length ? out : [" ".repeat(width)];
}

export interface Column {
  header: string;
  /** Fewest columns it may shrink to (its longest word still shows whole above this). */
  min: number;
  /** Most columns it may take. */
  max: number;
  align?: "left" | "right";
  /** Shrinks before the others when the table is too wide (largest `flex` first). */
  flex?: number;
  /** Most lines a cell of this column takes (the last one ends with "…" when cut). */
  maxLines?: number;
}

/** Widest paragraph, and longest word, of a cell. */
function measure(cell: Cell): { natural: number; word: number } {
  let natural = 0;
  let word = 0;
  for (const p of paragraphs(cell)) {
    const flat = flatten(p.text);
    natural = Math.max(natural, visibleWidth(flat));
    for (const w of flat.split(" ")) word = Math.max(word, visibleWidth(w));
  }
  return { natural, word };
}

/**
 * Column widths that fit `width` (with `indent` before the first column and `gap` between
 * columns): each column starts at its widest cell (within min..max), then the most flexible
 * columns give up width, down to the longest word they hold, then down to their min.
 */
export function fitColumns(
  columns: readonly Column[],
  rows: readonly Cell[][],
  width: number,
  indent = 2,
  gap = 2,
): number[] {
  const widths = columns.map((col, i) => {
    const m = [measure(col.header), ...rows.map((r) => measure(r[i] ?? ""))];
    const natural = Math.max(...m.map((x) => x.natural));
    return Math.max(col.min, Math.min(col.max, natural));
  });
  const floorOf = columns.map((col, i) => {
    const word = Math.max(visibleWidth(col.header), ...rows.map((r) => measure(r[i] ?? "").word));
    return Math.max(col.min, Math.min(widths[i]!, word));
  });
  const room = width - indent - gap * (columns.length - 1);
  let over = widths.reduce((a, b) => a + b, 0) - room;
  const order = columns
    .map((c, i) => ({ i, flex: c.flex ?? 0 }))
    .filter((x) => x.flex > 0)
    .sort((a, b) => b.flex - a.flex);
  // First down to the longest word, then down to min: words stay whole as long as they can.
  for (const floor of [floorOf, columns.map((c) => c.min)]) {
    for (const { i } of order) {
      if (over <= 0) break;
      const give = Math.min(over, widths[i]! - floor[i]!);
      if (give > 0) {
        widths[i]! -= give;
        over -= give;
      }
    }
  }
  return widths;
}

export interface ColumnsStyle {
  indent?: number;
  gap?: number;
  header?: Style;
  rule?: Style;
}

/**
 * Rows laid out in columns of the given widths (see fitColumns): the header line, the rule
 * under it, and each row's lines (a row may take several).
 */
export function layoutColumns(
  columns: readonly Column[],
  widths: readonly number[],
  rows: readonly Cell[][],
  opts: ColumnsStyle = {},
): { header: string[]; rows: string[][] } {
  const lead = " ".repeat(opts.indent ?? 2);
  const gap = " ".repeat(opts.gap ?? 2);
  const join = (cells: string[]) => `${lead}${cells.join(gap)}`.trimEnd();
  const head = opts.header ?? plain;
  const total = widths.reduce((a, b) => a + b, 0) + gap.length * (columns.length - 1);
  const header = [
    join(
      columns.map((c, i) => cellLines({ text: c.header, style: head }, widths[i]!, c.align, 1)[0]!),
    ),
    lead + (opts.rule ?? plain)("─".repeat(total)),
  ];
  const lines = rows.map((row) => {
    const cells = columns.map((c, i) => cellLines(row[i] ?? "", widths[i]!, c.align, c.maxLines));
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++)
      out.push(join(cells.map((c, i) => c[k] ?? " ".repeat(widths[i]!))));
    return out;
  });
  return { header, rows: lines };
}

/** Rows laid out in columns that fit `width`: header, rule, then each row's lines. */
export function renderColumns(
  columns: readonly Column[],
  rows: readonly Cell[][],
  width: number,
  opts: ColumnsStyle = {},
): string[] {
  const widths = fitColumns(columns, rows, width, opts.indent ?? 2, opts.gap ?? 2);
  const laid = layoutColumns(columns, widths, rows, opts);
  return [...laid.header, ...laid.rows.flat()];
}
