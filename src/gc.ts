// Memory that stays flat over a stream of documents. V8 lets the old generation grow long
// before a full collection (a run over 20,000 small files reached 200 MB of resident memory,
// 40 MB of it live), so a long stream collects now and then: whenever the heap has grown by
// GROWTH since the last collection; so does one long document between the stages of its
// pipeline (pipeline.ts). The collector is the global `gc`, which the process entry
// (bin/breach.js) exposes; without it, nothing is collected early.
import v8 from "node:v8";

const GROWTH = 24 * 1024 * 1024;

let live = 0;

const collector = (): (() => void) | undefined => (globalThis as { gc?: () => void }).gc;

/**
 * How much work passes between two looks at the heap: reading its size costs about 3 µs
 * (v8.getHeapStatistics builds an object of 14 fields), as much as extracting a short
 * paragraph takes a tenth of. A unit is a document, plus one per 64 KB of its text.
 */
const CHECK_EVERY = 8;
let work = 0;

/** The weight of a document of `chars` characters for collectIfGrown. */
export const workOf = (chars: number): number => 1 + (chars >> 16);

/**
 * Collect garbage when the heap has grown by GROWTH since the last collection; the heap is
 * looked at once about CHECK_EVERY units of work are done (`units`: what was done since the
 * last call, see workOf).
 */
export function collectIfGrown(units = CHECK_EVERY): void {
  work += units;
  if (work < CHECK_EVERY) return;
  work = 0;
  const used = v8.getHeapStatistics().used_heap_size;
  if (used < live + GROWTH) return;
  const gc = collector();
  if (!gc) {
    live = used;
    return;
  }
  gc();
  live = v8.getHeapStatistics().used_heap_size;
}
