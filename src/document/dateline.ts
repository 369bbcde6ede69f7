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
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** "2024.03.14", "2024/03/14": year first with dots or slashes. */
const YMD = /(?<![\d./])(\d{4})([./])(\d{2})\2(\d{2})(?![\d./])/;
/** "14/03/2024", "14.03.2024": day first, read only when the day cannot be a month. */
const DMY_NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d./])/;

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
  m = YMD.exec(line);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (valid(y, mo, d))
      return { date: `${y}-${pad(mo)}-${pad(d)}`, start: m.index, end: m.index + m[0].length };
  }
  m = DMY_NUMERIC.exec(line);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // Month first where the second number cannot be a month ("03/14/2024"); day first where
    // the first cannot ("14/03/2024"); neither when both could be.
    const [mo, d] = a > 12 ? [b, a] : b > 12 ? [a, b] : [0, 0];
    if (mo && valid(y, mo, d))
      return { date: `${y}-${pad(mo)}-${pad(d)}`, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** Lines of the top of a text searched for a dateline, and the longest such line. */
const DATELINE_LINES = 8;
const DATELINE_MAX_LENGTH = 120;
/** How much of a long line's head a wire dateline ("LONDON, 12 October 2022 —") may take. */
const WIRE_HEAD = 120;

/**
 * A wire or agency dateline at the head of a paragraph: a place in capitals or title case, a
 * comma, a date, an optional agency in brackets, then a dash: "LONDON, 12 October 2022 — …",
 * "WASHINGTON, Feb. 2, 2025 (AP) -- …", "SEOUL, South Korea, Nov. 30, 2024 (Reuters) - …", "SAN FRANCISCO, March 5, 2023
 * /PRNewswire/ — …".
 */
const WIRE_PLACE =
  /^[\s*_>#-]{0,4}([A-Z][A-Za-z.'’/ -]{0,40}),\s{1,3}(?:[A-Z][A-Za-z. ]{1,30},\s{1,3})?/;
const WIRE_AFTER =
  /^,?\s{0,3}(?:\([a-z .&-]{1,30}\)\s{0,3}|\/[a-z .&-]{1,30}\/\s{0,3})?(?:[—–]|-{1,2})\s/i;
/** A place is a word or a few, not a clause ("However, on 2 May 2019 — …" is prose). */
const PLACE_WORDS = /^[A-Z][\w.'’]{0,30}(?:[ /-][A-Z][\w.'’]{0,30}){0,3}$/;
const NOT_PLACE =
  /^(?:However|But|And|Also|Then|Meanwhile|Since|On|In|By|As|When|Yesterday|Today|Updated|Published|Posted|Date)\b/i;
const LEADING = [MDY, DMY, ISO].map((re) => new RegExp(`^(?:${re.source})`, "i"));

/** The date of a wire dateline at the head of `line`, offsets into `line`, or null. */
export function findWireDateline(line: string): Dateline | null {
  const head = line.slice(0, WIRE_HEAD);
  const place = WIRE_PLACE.exec(head);
  if (!place) return null;
  const name = place[1]!.trim();
  if (!PLACE_WORDS.test(name) || NOT_PLACE.test(name)) return null;
  const rest = head.slice(place[0].length);
  for (const re of LEADING) {
    if (!re.test(rest)) continue;
    const found = findFullDate(rest);
    if (!found || found.start !== 0 || !WIRE_AFTER.test(rest.slice(found.end))) return null;
    const at = place[0].length;
    return { date: found.date, start: at + found.start, end: at + found.end };
  }
  return null;
}

/** A labelled date line: "Published: 2024-03-14", "Posted on 14 March 2024", "Updated …". */
const LABEL =
  /^[\s*_>#-]{0,4}(first\s{1,3})?(published|posted|updated|last updated|modified|date)\b/i;

/** Lower-case words that may stand before the date of a date line ("Posted on", "Updated at"). */
const LABEL_WORDS = new Set([
  "on",
  "at",
  "by",
  "published",
  "posted",
  "updated",
  "last",
  "first",
  "modified",
  "date",
  "dated",
  "released",
  "issued",
]);
/** How many words (a label, a weekday, a byline) may stand before the date of a date line. */
const DATE_LINE_WORDS_BEFORE = 6;

/**
 * The date of a short line that is a date line, not prose: "Thursday, Mar 14, 2024 9:10 am
 * ET", "By Jane Smith | March 14, 2024", "Posted on 14 March 2024". A sentence with a date in
 * it ("The breach occurred between 6 May 2016 and …") is prose: lower-case words that are no
 * label stand before its date.
 */
function findShortDateline(line: string): Dateline | null {
  if (line.length > DATELINE_MAX_LENGTH) return null;
  const found = findFullDate(line);
  if (!found) return null;
  const words = line.slice(0, found.start).match(/[a-z][\w'’.-]{0,40}/gi) ?? [];
  if (words.length > DATE_LINE_WORDS_BEFORE) return null;
  if (words.some((w) => /^[a-z]/.test(w) && !LABEL_WORDS.has(w.replace(/\.$/, "")))) return null;
  return found;
}

/**
 * A dateline: among the first few non-empty lines of the body, a short line that holds a full
 * date (day, month and year), such as "Thursday, Mar 14, 2024 9:10 am ET" or "Published:
 * 2024-03-14", or a wire dateline opening a paragraph ("LONDON, 12 October 2022 — The …").
 * A line labelled as the publication date wins over one labelled as an update. Offsets are
 * into `text`. Other dates inside long lines are article prose, not datelines; a dateline
 * without a year ("SEOUL, Nov. 30 (Reuters) -") gives no date.
 */
export function findDateline(text: string, bodyStart: number): Dateline | null {
  let seen = 0;
  const re = /[^\r\n]{1,2000}/g; // a long line is read in pieces, never copied whole
  re.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  let first: Dateline | null = null;
  while ((m = re.exec(text)) && seen < DATELINE_LINES) {
    const line = m[0];
    if (!line.trim()) continue;
    seen++;
    const found = findWireDateline(line) ?? findShortDateline(line);
    if (!found) continue;
    const at = { date: found.date, start: m.index + found.start, end: m.index + found.end };
    const label = LABEL.exec(line);
    const updated = label !== null && /updated|modified/i.test(label[2]!);
    if (!updated) return at;
    first ??= at;
  }
  return first;
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
