// A pool of extraction workers (node:worker_threads) that hands results back in sequence order.
//
// Tasks go out in small batches to the least-busy worker; results come back in any order and
// wait in a reorder buffer until every earlier one is out. At most WINDOW tasks are in flight
// (sent but not yet yielded), so memory does not grow with the number of files.
import { Worker } from "node:worker_threads";
import type { FileError } from "../contract/index.js";
import type { Done, FromWorker, Mode, Task, ToWorker } from "./protocol.js";

export interface PoolOptions {
  workers: number;
  mode: Mode;
  incidents: boolean;
  /** Files larger than this are TOO_LARGE warnings (--max-file-size). */
  maxFileBytes?: number;
}

/** Tasks per message to a worker. */
const BATCH = 8;
/** Tasks queued per worker before it gets more: enough that it never waits for the next batch. */
const PER_WORKER = 3 * BATCH;
/** Tasks in flight overall, per worker. */
const WINDOW_PER_WORKER = 64;

/**
 * Young generation of each worker's heap, in megabytes. V8's default (tens of megabytes per
 * isolate) is what makes a parallel run's resident memory large; a small one costs little time
 * here (documents are small, their garbage short-lived).
 */
const YOUNG_GENERATION_MB = 4;

/** The compiled worker script: next to this file in dist/, or dist/ when run from src/ (tests). */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts")
    ? new URL("../../dist/worker/thread.js", here)
    : new URL("./thread.js", here);
}

/** An item this thread works out itself (a large file: plan.ts LARGE_FILE_BYTES). */
export interface Local {
  seq: number;
  local: () => Promise<Done>;
}

export type Item = Task | { seq: number; error: FileError } | Local;

/**
 * Where a pool's items come from: item `seq` when it is ready, null while it is not (the
 * source then calls the pool's `wake` when one is), undefined once there are no more.
 */
export type Feed = (seq: number) => Item | null | undefined;

/** Run items 0 … count-1 (each made when dispatched) and yield their results in that order. */
export function runPool(
  count: number,
  itemAt: (seq: number) => Item,
  opts: PoolOptions,
): AsyncGenerator<Done> {
  return runFeed(() => (seq) => (seq < count ? itemAt(seq) : undefined), opts);
}

/**
 * Run the items a feed gives, however many, and yield their results in sequence order: the
 * feed is made with the pool's `wake`, for a source that is read as the pool goes (a stream).
 */
export async function* runFeed(
  feedOf: (wake: () => void) => Feed,
  opts: PoolOptions,
): AsyncGenerator<Done> {
  const results = new Map<number, Done>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const workers = Array.from({ length: opts.workers }, () => {
    const worker = new Worker(workerUrl(), {
      stdout: false,
      stderr: false,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const state = { worker, busy: 0, exited: false };
    worker.on("message", (msg: FromWorker) => {
      for (const done of msg.results) results.set(done.seq, done);
      state.busy -= msg.results.length;
      signal();
    });
    worker.on("error", (err) => {
      failure ??= err;
      signal();
    });
    worker.on("exit", (code) => {
      state.exited = true;
      if (state.busy > 0) failure ??= new Error(`a worker exited (code ${code}) with work to do`);
      signal();
    });
    const init: ToWorker = {
      type: "init",
      mode: opts.mode,
      incidents: opts.incidents,
      maxFileBytes: opts.maxFileBytes,
    };
    worker.postMessage(init);
    return state;
  });

  const feed = feedOf(signal);
  const window = WINDOW_PER_WORKER * opts.workers;
  /** How many items there are, once the feed has said it has no more. */
  let count = Infinity;
  let sent = 0;
  let next = 0;
  /** An item made but not sent yet (the next one to send). */
  let pending: Item | null = null;

  const dispatch = () => {
    while (sent < count && sent - next < window) {
      // Errors from the walk need no worker.
      const item = pending ?? feed(sent);
      pending = null;
      if (item === null) return;
      if (item === undefined) {
        count = sent;
        return;
      }
      if ("error" in item) {
        results.set(item.seq, { seq: item.seq, ok: false, error: item.error });
        sent++;
        continue;
      }
      if ("local" in item) {
        sent++;
        item.local().then(
          (done) => {
            results.set(item.seq, done);
            signal();
          },
          (err: unknown) => {
            failure ??= err instanceof Error ? err : new Error(String(err));
            signal();
          },
        );
        continue;
      }
      let target = workers[0]!;
      for (const w of workers) if (w.busy < target.busy) target = w;
      if (target.busy >= PER_WORKER) {
        pending = item;
        return;
      }
      const batch: Task[] = [item];
      sent++;
      while (batch.length < BATCH && sent < count && sent - next < window) {
        const it = feed(sent);
        if (it === null) break;
        if (it === undefined) {
          count = sent;
          break;
        }
        if ("error" in it || "local" in it) {
          pending = it;
          break;
        }
        batch.push(it);
        sent++;
      }
      target.busy += batch.length;
      const msg: ToWorker = { type: "tasks", tasks: batch };
      target.worker.postMessage(msg);
    }
  };

  try {
    while (next < count) {
      dispatch();
      const done = results.get(next);
      if (done) {
        results.delete(next);
        next++;
        yield done;
        continue;
      }
      if (failure) throw failure;
      if (next >= count) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => (w.exited ? undefined : w.worker.terminate())));
  }
}
