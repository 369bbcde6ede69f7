// The dated events of an incident in order, derived points marked as derived.
import type { TimelineEvent } from "../contract/index.js";
import { addDuration, firstDay, grainOf } from "./agree.js";
import { evidenceOf, ofKind, type Sourced } from "./facts.js";

/** Background (certifications, earlier history) is not part of the incident's own timeline. */
const LEFT_OUT = new Set(["certified", "other"]);
const EVENT_ORDER = [
  "breach_start",
  "breach",
  "breach_end",
  "detected",
  "disclosed",
  "published",
  "raid",
  "resignation",
  "penalty",
];

function compare(a: TimelineEvent, b: TimelineEvent): number {
  const da = firstDay(a.date);
  const db = firstDay(b.date);
  if (da !== db) return da < db ? -1 : 1;
  return EVENT_ORDER.indexOf(a.event) - EVENT_ORDER.indexOf(b.event);
}

/**
 * `own` are the claims about this incident's victim; `published` the publication-date
 * claims of its documents (they date the articles, not the breach).
 */
export function buildTimeline(
  own: readonly Sourced[],
  published: readonly Sourced[],
): TimelineEvent[] {
  const events = new Map<string, TimelineEvent>();
  for (const s of [...ofKind(own, "date"), ...ofKind(published, "date")]) {
    const v = s.claim.value;
    if (LEFT_OUT.has(v.event)) continue;
    const key = `${v.date} ${v.event}`;
    const existing = events.get(key);
    if (existing) existing.sources.push(evidenceOf(s));
    else
      events.set(key, {
        date: v.date,
        grain: v.grain,
        event: v.event,
        yearInferred: v.yearInferred,
        derived: false,
        note: null,
        sources: [evidenceOf(s)],
      });
  }
  const timeline = [...events.values()];

  // Detection ≈ start + how long it went undetected, when no source dates the detection.
  if (!timeline.some((e) => e.event === "detected")) {
    const start = timeline
      .filter((e) => e.event === "breach_start" || e.event === "breach")
      .sort(compare)[0];
    const undetected = ofKind(own, "duration").find((s) => s.claim.value.event === "undetected");
    const date = start && undetected ? addDuration(start.date, undetected.claim.value.iso) : null;
    if (start && undetected && date) {
      const grain = start.grain;
      timeline.push({
        date: grain === "day" ? date : date.slice(0, grain === "month" ? 7 : 4),
        grain: grainOf(grain === "day" ? date : date.slice(0, grain === "month" ? 7 : 4)),
        event: "detected",
        yearInferred: start.yearInferred,
        derived: true,
        note: `derived: ${start.event} ${start.date} + ${undetected.claim.value.iso} undetected; no source dates the detection`,
        sources: [...start.sources, evidenceOf(undetected)],
      });
    }
  }
  return timeline.sort(compare);
}
