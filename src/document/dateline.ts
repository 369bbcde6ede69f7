// The publication date of a text: front matter first, else a dateline near the top.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

// "Mar 14, 2024", "March 14 2024", "14 March 2024", "2024-03-14"
const MDY = new RegExp(String.raw`\b${MONTH} (\d{1,2}),? (\d{4})\b`, "i");
const DMY = new RegExp(String.raw`\b(\d{1,2}) ${MONTH},? (\d{4})\b`, "i");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export interface Dateline {
  date: string;
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

function valid(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A full date in a text span, with its offsets relative to the span. */
export function findFullDate(line: string): Dateline | null {
  let m = MDY.exec(line);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase().replace(".", "")]!;
    const d = Number(m[2]);
    const y = Number(m[3]);
    if (valid(y, mo, d))
      return { date: `${y}-${pad(mo)}-${pad(d)}`, start: m.index, end: m.index + m[0].length };
  }
  m = DMY.exec(line);
  if (m) {
    const d = Number(m[1]);
    const mo = MONTHS[m[2]!.toLowerCase().replace(".", "")]!;
    const y = Number(m[3]);
    if (valid(y, mo, d))
      return { date: `${y}-${pad(mo)}-${pad(d)}`, start: m.index, end: m.index + m[0].length };
  }
  m = ISO.exec(line);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(y, mo, d))
      return { date: `${y}-${pad(mo)}-${pad(d)}`, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** Lines of the top of a text searched for a dateline, and the longest such line. */
const DATELINE_LINES = 8;
const DATELINE_MAX_LENGTH = 120;

/**
 * A dateline: a short line among the first few non-empty lines of the body that holds a
 * full date (day, month and year), such as "Thursday, Mar 14, 2024 9:10 am ET". Offsets are
 * into `text`. Dates inside long lines are article prose, not datelines.
 */
export function findDateline(text: string, bodyStart: number): Dateline | null {
  let seen = 0;
  const re = /[^\r\n]{1,2000}/g; // a long line is read in pieces, never copied whole
  re.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && seen < DATELINE_LINES) {
    const line = m[0];
    if (!line.trim()) continue;
    seen++;
    if (line.length > DATELINE_MAX_LENGTH) continue;
    const found = findFullDate(line);
    if (found) return { date: found.date, start: m.index + found.start, end: m.index + found.end };
  }
  return null;
}

/** A front matter date value as YYYY-MM-DD (or YYYY-MM, YYYY), or null. */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const v = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(v);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join("-");
  return findFullDate(v)?.date ?? null;
}
