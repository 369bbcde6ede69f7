// When two values of one field agree: counts by their bounds, dates by containment.
import type { Bound, Grain } from "../contract/index.js";

/** How far "about N" may stray, and how far past N "over N" / "nearly N" may reach. */
const APPROX = 0.1;

/** Half a unit of the last significant digit: 1,250,000 → 5,000; 1,300,000 → 50,000. */
function roundingHalfUnit(count: number): number {
  let unit = 1;
  while (count % (unit * 10) === 0 && unit * 10 <= count) unit *= 10;
  return unit / 2;
}

/** The interval a count with a bound stands for. */
export function countInterval(count: number, bound: Bound): [number, number] {
  switch (bound) {
    case "exact": {
      const half = roundingHalfUnit(count);
      return [count - half, count + half];
    }
    case "approx":
      return [count * (1 - APPROX), count * (1 + APPROX)];
    case "at_least":
      return [count, count * (1 + APPROX)];
    case "at_most":
      return [count * (1 - APPROX), count];
  }
}

export function countsAgree(
  a: { count: number; bound: Bound },
  b: { count: number; bound: Bound },
): boolean {
  const [a0, a1] = countInterval(a.count, a.bound);
  const [b0, b1] = countInterval(b.count, b.bound);
  return a0 <= b1 && b0 <= a1;
}

/** "2025-06" contains "2025-06-24"; "2025" contains both. */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function grainOf(date: string): Grain {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** The earliest day a date at its grain may stand for. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The latest day a date at its grain may stand for. */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  const [y, m] = date.split("-").map(Number) as [number, number?];
  if (m === undefined) return `${y}-12-31`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, "0")}`;
}

/** Add an ISO 8601 duration (years, months, weeks, days) to a day. */
export function addDuration(day: string, iso: string): string | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = firstDay(day).split("-").map(Number) as [number, number, number];
  const dt = new Date(
    Date.UTC(
      y + Number(m[1] ?? 0),
      mo - 1 + Number(m[2] ?? 0),
      d + 7 * Number(m[3] ?? 0) + Number(m[4] ?? 0),
    ),
  );
  return dt.toISOString().slice(0, 10);
}
