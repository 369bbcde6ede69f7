// Memory that stays flat over a stream of documents. V8 lets the old generation grow long
// before a full collection (a run over 20,000 small files reached 200 MB of resident memory,
// 40 MB of it live), so a long stream collects now and then: whenever the heap has grown by
// GROWTH since the last collection. The collector is exposed at run time (no node flag).
import v8 from "node:v8";
import vm from "node:vm";

const GROWTH = 24 * 1024 * 1024;

let collect: (() => void) | null | undefined;
let live = 0;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      collect = vm.runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Collect garbage when the heap has grown by GROWTH since the last collection. */
export function collectIfGrown(): void {
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
