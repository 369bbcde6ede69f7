// An extraction worker: reads its files, runs the pipeline on each, and posts the results back
// (a document record, or in ndjson mode the rendered line and the slim record incidents need).
import { parentPort } from "node:worker_threads";
import { extractRead } from "../pipeline.js";
import { readSource, type ReadResult } from "../read/index.js";
import { parseLine } from "../read/ndjson.js";
import { collectIfGrown } from "../gc.js";
import type { Done, FromWorker, Mode, Task, ToWorker } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("worker/thread.js runs as a worker thread");

let mode: Mode = "record";
let incidents = true;
let maxFileBytes: number | undefined;

function finish(task: Task, read: ReadResult): Done {
  try {
    const outcome = extractRead(read, mode, incidents, true);
    // A large document's line goes back as its chunks (render/json.ts ndjsonDocumentChunks):
    // one string of it could outgrow V8's longest string (a 64 MB file's line would).
    if (outcome.ok && "line" in outcome) {
      const { more, ...rest } = outcome;
      return more ? { seq: task.seq, ...rest, more: [...more] } : { seq: task.seq, ...rest };
    }
    return { seq: task.seq, ...outcome };
  } catch (err) {
    return {
      seq: task.seq,
      crash: err instanceof Error ? (err.stack ?? err.message) : String(err),
    };
  }
}

// Batches are handled one after another; within one, every file is read at once and each is
// extracted as soon as its bytes are in (reading overlaps extraction).
let queue: Promise<void> = Promise.resolve();

async function runBatch(tasks: Task[]): Promise<void> {
  const reads = tasks.map((t) =>
    t.file
      ? Promise.resolve<ReadResult>({ ok: true, file: t.file })
      : t.line
        ? Promise.resolve<ReadResult>(parseLine(t.line.bytes, t.line.n, t.shown))
        : readSource(t.path, t.shown, undefined, maxFileBytes),
  );
  const results: Done[] = [];
  for (let k = 0; k < tasks.length; k++) {
    const task = tasks[k]!;
    try {
      results.push(finish(task, await reads[k]!));
    } catch (err) {
      results.push({
        seq: task.seq,
        crash: err instanceof Error ? (err.stack ?? err.message) : String(err),
      });
    }
  }
  const msg: FromWorker = { type: "done", results };
  port!.postMessage(msg);
  collectIfGrown();
}

port.on("message", (msg: ToWorker) => {
  if (msg.type === "init") {
    mode = msg.mode;
    incidents = msg.incidents;
    maxFileBytes = msg.maxFileBytes;
    return;
  }
  queue = queue.then(() => runBatch(msg.tasks));
});
